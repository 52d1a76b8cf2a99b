package nl.leerkracht.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import nl.leerkracht.domain.shared.Regelfout;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final String PASSWORD = "juist-wachtwoord";
    private static final String HASH = PasswordHash.create(PASSWORD);
    private final Instant now = Instant.parse("2027-09-01T08:00:00Z");

    private Account account() {
        return Account.ofFoundation(
                "Centraal", "Carla Centraal", "carla@stichting-leerkracht.nl", Rol.CENTRAAL_TEAM, HASH);
    }

    @Test
    void storesUserNamesInLowerCase() {
        assertEquals("centraal", account().getUsername());
    }

    @Test
    void manyWrongPasswordsNeverKeepTheOwnerOut() {
        Account account = account();
        for (int i = 0; i < 30; i++) {
            assertEquals(LoginOutcome.INVALID, account.attemptLogin("fout", now));
        }
        assertEquals(LoginOutcome.SUCCESS, account.attemptLogin(PASSWORD, now));
    }

    @Test
    void warnsTheOwnerOnceAtTheTenthFailureInARow() {
        Account account = account();
        int warnings = 0;
        for (int i = 0; i < 25; i++) {
            account.attemptLogin("fout", now);
            warnings += account.isBeingGuessed() ? 1 : 0;
        }
        assertEquals(1, warnings);
        assertEquals(25, account.getFailedLogins());
    }

    @Test
    void attemptsRefusedUnseenCountTowardsTheWarning() {
        Account account = account();
        for (int i = 0; i < 5; i++) {
            account.attemptLogin("fout", now);
        }
        for (int i = 0; i < 4; i++) {
            account.countRefusedAttempt();
        }
        assertFalse(account.isBeingGuessed());
        account.countRefusedAttempt();
        assertTrue(account.isBeingGuessed());
    }

    @Test
    void anInvitedAccountCannotLogIn() {
        Account invitee = Account.nodigUit("nog.niet", "Nog Niet", "nog@niet.nl", Rol.DIRECTEUR, null, null);
        assertEquals(LoginOutcome.INVALID, invitee.attemptLogin("!", now));
    }

    @Test
    void successResetsTheCountOfFailures() {
        Account account = account();
        for (int i = 0; i < 4; i++) {
            account.attemptLogin("fout", now);
        }
        assertEquals(LoginOutcome.SUCCESS, account.attemptLogin(PASSWORD, now));
        assertEquals(LoginOutcome.INVALID, account.attemptLogin("fout", now));
        assertEquals(1, account.getFailedLogins());
    }

    @Test
    void aSchoolRoleCannotBeCreatedWithoutASchool() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Account.ofFoundation("leraar", "L", "l@school.nl", Rol.LERAAR, HASH));
    }

    @Test
    void refusesUserNamesWithMarkup() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Account.ofFoundation("<script>", "X", "x@y.nl", Rol.CENTRAAL_TEAM, HASH));
    }

    @Test
    void anInviteeCannotLogInUntilTheyAcceptAndThenCan() {
        Account invitee = Account.nodigUit(
                "carla", "Carla Centraal", "carla@stichting-leerkracht.nl", Rol.CENTRAAL_TEAM, null, null);
        assertEquals(AccountStatus.UITGENODIGD, invitee.getStatus());
        assertEquals(LoginOutcome.INVALID, invitee.attemptLogin("!", now));
        invitee.aanvaardUitnodiging(HASH);
        assertEquals(AccountStatus.ACTIEF, invitee.getStatus());
        assertEquals(LoginOutcome.SUCCESS, invitee.attemptLogin(PASSWORD, now));
    }

    @Test
    void anInvitationIsAcceptedOnceOnly() {
        Account invitee = Account.nodigUit(
                "carla", "Carla Centraal", "carla@stichting-leerkracht.nl", Rol.CENTRAAL_TEAM, null, null);
        invitee.aanvaardUitnodiging(HASH);
        assertEquals(
                "toegangslink.fout.ongeldig",
                assertThrows(
                                nl.leerkracht.domain.shared.Regelfout.class,
                                () -> invitee.aanvaardUitnodiging(PasswordHash.create("een ander wachtwoord")))
                        .getCode());
        assertEquals(LoginOutcome.SUCCESS, invitee.attemptLogin(PASSWORD, now), "the first password stays");
    }

    @Test
    void anInvitedSchoolRoleNeedsASchoolAndABestuurderABoard() {
        assertEquals(
                "account.fout.school",
                assertThrows(
                                nl.leerkracht.domain.shared.Regelfout.class,
                                () -> Account.nodigUit(
                                        "leraar1", "Lies Leraar", "lies@school.nl", Rol.LERAAR, null, null))
                        .getCode());
        assertEquals(
                "account.fout.bestuur",
                assertThrows(
                                nl.leerkracht.domain.shared.Regelfout.class,
                                () -> Account.nodigUit(
                                        "bestuurder1", "Bob Bestuur", "bob@bestuur.nl", Rol.BESTUURDER, null, null))
                        .getCode());
        assertEquals(
                "account.fout.rol",
                assertThrows(
                                nl.leerkracht.domain.shared.Regelfout.class,
                                () -> Account.nodigUit("niemand", "Nina", "nina@school.nl", null, null, null))
                        .getCode());
    }

    @Test
    void refusesANameWithMarkupOrAnAddressThatIsNone() {
        assertEquals(
                "account.fout.naam.markup",
                assertThrows(
                                nl.leerkracht.domain.shared.Regelfout.class,
                                () -> Account.nodigUit(
                                        "carla", "<b>Carla</b>", "carla@x.nl", Rol.DIRECTEUR, null, null))
                        .getCode());
        assertEquals(
                "account.fout.email",
                assertThrows(
                                nl.leerkracht.domain.shared.Regelfout.class,
                                () -> Account.nodigUit("carla", "Carla", "carla@x", Rol.DIRECTEUR, null, null))
                        .getCode());
    }

    @Test
    void aDeactivatedPersonCannotLogInAndTheirOpenSessionsEnd() {
        Account account = account();
        Instant ingelogd = now.minusSeconds(600);
        assertTrue(account.isSessieGeldig(ingelogd));
        account.deactiveer(now);
        assertEquals(AccountStatus.GEDEACTIVEERD, account.getStatus());
        assertFalse(account.isSessieGeldig(ingelogd));
        assertFalse(account.isSessieGeldig(now.plusSeconds(1)), "no session of a leaver, old or new");
        assertEquals(LoginOutcome.INVALID, account.attemptLogin(PASSWORD, now.plusSeconds(5)));
        assertEquals(
                "account.fout.nietActief",
                assertThrows(Regelfout.class, () -> account.deactiveer(now)).getCode());

        account.heractiveer();
        assertEquals(LoginOutcome.SUCCESS, account.attemptLogin(PASSWORD, now.plusSeconds(10)));
        assertTrue(account.isSessieGeldig(now.plusSeconds(10)));
        assertFalse(account.isSessieGeldig(ingelogd), "the session from before the deactivation stays ended");
        assertEquals(
                "account.fout.nietGedeactiveerd",
                assertThrows(Regelfout.class, account::heractiveer).getCode());
    }

    @Test
    void aPasswordResetEndsEverySessionThatStartedBefore() {
        Account account = account();
        account.herstelWachtwoord(PasswordHash.create("een nieuw wachtwoord"), now);
        assertFalse(account.isSessieGeldig(now.minusMillis(1)));
        assertTrue(account.isSessieGeldig(now), "the session started with the new password goes on");
        assertEquals(LoginOutcome.INVALID, account.attemptLogin(PASSWORD, now));
        assertEquals(LoginOutcome.SUCCESS, account.attemptLogin("een nieuw wachtwoord", now));
    }

    @Test
    void anInviteeCannotResetAPasswordTheyNeverChose() {
        Account invitee = Account.nodigUit("nieuw", "Nina Nieuw", "nina@example.nl", Rol.CENTRAAL_TEAM, null, null);
        assertEquals(
                "toegangslink.fout.ongeldig",
                assertThrows(
                                Regelfout.class,
                                () -> invitee.herstelWachtwoord(PasswordHash.create("een nieuw wachtwoord"), now))
                        .getCode());
        assertEquals(
                "account.fout.nietActief",
                assertThrows(Regelfout.class, () -> invitee.deactiveer(now)).getCode());
    }

    @Test
    void changingOnesPasswordAsksTheCurrentOneAndEndsOtherSessions() {
        Account account = account();
        String nieuw = PasswordHash.create("een nieuw wachtwoord");
        assertEquals(
                "wachtwoord.fout.huidig",
                assertThrows(Regelfout.class, () -> account.wijzigWachtwoord("niet het wachtwoord", nieuw, now))
                        .getCode());
        assertTrue(account.isSessieGeldig(now.minusSeconds(60)), "a wrong current password changes nothing");
        account.wijzigWachtwoord(PASSWORD, nieuw, now);
        assertFalse(account.isSessieGeldig(now.minusSeconds(60)));
        assertEquals(LoginOutcome.SUCCESS, account.attemptLogin("een nieuw wachtwoord", now));
    }

    @Test
    void aNewEmailAddressCountsOnlyOnceConfirmed() {
        Account account = account();
        assertEquals(
                "account.fout.emailZelfde",
                assertThrows(Regelfout.class, () -> account.vraagEmailWijziging("CARLA@stichting-leerkracht.nl"))
                        .getCode());
        assertEquals(
                "account.fout.email",
                assertThrows(Regelfout.class, () -> account.vraagEmailWijziging("carla@"))
                        .getCode());
        assertEquals("carla@example.nl", account.vraagEmailWijziging(" Carla@Example.nl "));
        assertEquals("carla@stichting-leerkracht.nl", account.getEmail(), "the old address holds until confirmed");
        assertEquals("carla@stichting-leerkracht.nl", account.bevestigEmail());
        assertEquals("carla@example.nl", account.getEmail());
        assertEquals(
                "toegangslink.fout.ongeldig",
                assertThrows(Regelfout.class, account::bevestigEmail).getCode());
    }

    @Test
    void aPendingChangeOfAddressIsCancelledFromTheOldMailbox() {
        Account account = account();
        assertEquals(
                "toegangslink.fout.ongeldig",
                assertThrows(Regelfout.class, account::annuleerEmailWijziging).getCode(),
                "nothing pending");
        account.vraagEmailWijziging("indringer@example.nl");
        assertEquals("indringer@example.nl", account.annuleerEmailWijziging());
        assertEquals("carla@stichting-leerkracht.nl", account.getEmail());
        assertEquals(
                "toegangslink.fout.ongeldig",
                assertThrows(Regelfout.class, account::bevestigEmail).getCode(),
                "the confirmation no longer changes anything");
    }

    @Test
    void aNameFollowsTheNameRules() {
        Account account = account();
        account.wijzigNaam("  Carla de Vries ");
        assertEquals("Carla de Vries", account.getNaam());
        assertEquals(
                "account.fout.naam.markup",
                assertThrows(Regelfout.class, () -> account.wijzigNaam("<b>Carla</b>"))
                        .getCode());
        assertEquals(
                "account.fout.naam",
                assertThrows(Regelfout.class, () -> account.wijzigNaam(" ")).getCode());
    }
}
