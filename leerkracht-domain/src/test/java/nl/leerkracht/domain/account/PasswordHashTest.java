package nl.leerkracht.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    private static final String PASSWORD = "elke dag beter 2027";

    @Test
    void matchesTheRightPasswordOnly() {
        String stored = PasswordHash.create(PASSWORD);
        assertTrue(PasswordHash.matches(PASSWORD, stored));
        assertFalse(PasswordHash.matches("elke dag beter 2028", stored));
    }

    @Test
    void usesAtLeastTheAdvisedIterationCount() {
        assertEquals(210_000, PasswordHash.iterationsOf(PasswordHash.create(PASSWORD)));
    }

    @Test
    void saltsEveryHashAfresh() {
        assertNotEquals(PasswordHash.create(PASSWORD), PasswordHash.create(PASSWORD));
    }

    @Test
    void neverMatchesAWeakOrMalformedHash() {
        String stored = PasswordHash.create(PASSWORD);
        assertFalse(PasswordHash.matches(PASSWORD, stored.replace("$210000$", "$2048$")));
        assertFalse(PasswordHash.matches(PASSWORD, "plain-text"));
        assertFalse(PasswordHash.matches(PASSWORD, null));
    }

    @Test
    void refusesPasswordsThatAreTooShort() {
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.create("kort"));
    }
}
