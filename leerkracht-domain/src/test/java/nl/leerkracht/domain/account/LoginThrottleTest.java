package nl.leerkracht.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final Instant now = Instant.parse("2027-09-01T08:00:00Z");

    @Test
    void theFreeFailuresDoNotWait() {
        LoginThrottle throttle = new LoginThrottle("account:1@198.51.100.7", now);
        for (int i = 0; i < 5; i++) {
            assertEquals(Duration.ZERO, throttle.fail(now, 5));
        }
        assertFalse(throttle.isWaiting(now));
    }

    @Test
    void eachFailureBeyondTheFreeOnesWaitsTwiceAsLongUpTo15Minutes() {
        assertEquals(Duration.ofSeconds(30), LoginThrottle.waitAfter(1));
        assertEquals(Duration.ofSeconds(60), LoginThrottle.waitAfter(2));
        assertEquals(Duration.ofSeconds(120), LoginThrottle.waitAfter(3));
        assertEquals(Duration.ofMinutes(15), LoginThrottle.waitAfter(6));
        assertEquals(Duration.ofMinutes(15), LoginThrottle.waitAfter(1000));
    }

    @Test
    void waitsUntilJustBeforeItsEnd() {
        LoginThrottle throttle = new LoginThrottle("client:198.51.100.7", now);
        for (int i = 0; i < 6; i++) {
            throttle.fail(now, 5);
        }
        assertTrue(throttle.isWaiting(now.plusSeconds(29)));
        assertFalse(throttle.isWaiting(now.plusSeconds(30)));
    }

    @Test
    void aSuccessClearsTheFailures() {
        LoginThrottle throttle = new LoginThrottle("account:1@198.51.100.7", now);
        for (int i = 0; i < 7; i++) {
            throttle.fail(now, 5);
        }
        throttle.succeed(now.plusSeconds(600));
        assertFalse(throttle.isWaiting(now.plusSeconds(600)));
        assertEquals(Duration.ZERO, throttle.fail(now.plusSeconds(601), 5));
    }

    @Test
    void anHourWithoutAttemptsForgetsTheFailures() {
        LoginThrottle throttle = new LoginThrottle("account:1@198.51.100.7", now);
        for (int i = 0; i < 5; i++) {
            throttle.fail(now, 5);
        }
        assertEquals(Duration.ZERO, throttle.fail(now.plus(Duration.ofMinutes(61)), 5));
        assertEquals(1, throttle.getFailures());
    }

    @Test
    void anAccountFromOneClientIsAnotherKeyThanFromAnother() {
        assertNotEquals(LoginThrottle.forAccount(1, "198.51.100.7"), LoginThrottle.forAccount(1, "203.0.113.9"));
        assertNotEquals(LoginThrottle.forAccount(1, "198.51.100.7"), LoginThrottle.forClient("198.51.100.7"));
    }
}
