package nl.leerkracht.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final String PASSWORD = "juist-wachtwoord";
    private static final String HASH = PasswordHash.create(PASSWORD);
    private final Instant now = Instant.parse("2027-09-01T08:00:00Z");

    private Account account() {
        return Account.ofFoundation("Centraal", "Carla Centraal", "carla@stichting-leerkracht.nl",
                Rol.CENTRAAL_TEAM, HASH);
    }

    @Test
    void storesUserNamesInLowerCase() {
        assertEquals("centraal", account().getUsername());
    }

    @Test
    void locksAfterTheFifthFailedLoginInARow() {
        Account account = account();
        for (int i = 0; i < 4; i++) {
            assertEquals(LoginOutcome.INVALID, account.attemptLogin("fout", now));
        }
        assertEquals(LoginOutcome.LOCKED, account.attemptLogin("fout", now));
        assertTrue(account.isLocked(now));
    }

    @Test
    void refusesTheRightPasswordWhileLocked() {
        Account account = account();
        for (int i = 0; i < 5; i++) {
            account.attemptLogin("fout", now);
        }
        assertEquals(LoginOutcome.LOCKED, account.attemptLogin(PASSWORD, now.plusSeconds(60)));
    }

    @Test
    void acceptsTheRightPasswordAfterTheLockExpires() {
        Account account = account();
        for (int i = 0; i < 5; i++) {
            account.attemptLogin("fout", now);
        }
        Instant later = now.plus(Account.LOCK_DURATION).plusSeconds(1);
        assertEquals(LoginOutcome.SUCCESS, account.attemptLogin(PASSWORD, later));
        assertFalse(account.isLocked(later));
    }

    @Test
    void successResetsTheCountOfFailures() {
        Account account = account();
        for (int i = 0; i < 4; i++) {
            account.attemptLogin("fout", now);
        }
        account.attemptLogin(PASSWORD, now);
        assertEquals(LoginOutcome.INVALID, account.attemptLogin("fout", now));
        assertEquals(1, account.getFailedLogins());
    }

    @Test
    void aSchoolRoleCannotBeCreatedWithoutASchool() {
        assertThrows(IllegalArgumentException.class,
                () -> Account.ofFoundation("leraar", "L", "l@school.nl", Rol.LERAAR, HASH));
    }

    @Test
    void refusesUserNamesWithMarkup() {
        assertThrows(IllegalArgumentException.class,
                () -> Account.ofFoundation("<script>", "X", "x@y.nl", Rol.CENTRAAL_TEAM, HASH));
    }
}
