package nl.leerkracht.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VerzoeklimietTest {

    private static final long TIEN_MINUTEN = Duration.ofMinutes(10).toMillis();
    /** The start of a window. */
    private static final long BEGIN = 1_000 * TIEN_MINUTEN;

    private final MutableClock clock = new MutableClock(BEGIN);
    private final LokaleTellers tellers = new LokaleTellers(clock, Duration.ofHours(1).toMillis());

    private boolean stuur(String client) {
        return Verzoeklimiet.binnenLimiet(5, TIEN_MINUTEN, clock.millis(), "KLACHT|" + client + "|", tellers::verhoog, tellers::lees);
    }

    @Test
    void fiveComplaintsInTenMinutesAreFineAndTheSixthIsRefused() {
        for (int i = 1; i <= 5; i++) {
            assertTrue(stuur("10.0.0.1"), "complaint " + i);
            clock.verder(Duration.ofSeconds(30));
        }
        assertFalse(stuur("10.0.0.1"));
    }

    @Test
    void anotherClientHasItsOwnCount() {
        for (int i = 1; i <= 6; i++) {
            stuur("10.0.0.1");
        }
        assertTrue(stuur("10.0.0.2"));
    }

    @Test
    void theLimitSlidesAcrossTheWindowEdgeAndLiftsAfterAWhile() {
        clock.verder(Duration.ofMinutes(9));
        for (int i = 1; i <= 5; i++) {
            assertTrue(stuur("10.0.0.1"));
        }
        // Two minutes later the window has turned, but the five of a minute ago still count almost fully.
        clock.verder(Duration.ofMinutes(2));
        assertFalse(stuur("10.0.0.1"), "no fresh start at the window's edge");
        // Near the end of the next window the last one's count has nearly faded.
        clock.verder(Duration.ofMinutes(8));
        assertTrue(stuur("10.0.0.1"));
    }

    @Test
    void countersAreForgottenAfterTheirTime() {
        tellers.verhoog("x");
        assertEquals(1, tellers.lees("x"));
        clock.verder(Duration.ofMinutes(61));
        assertEquals(0, tellers.lees("x"));
        assertEquals(1, tellers.verhoog("x"), "a new count starts");
    }

    private static final class MutableClock extends Clock {
        private long millis;

        MutableClock(long millis) {
            this.millis = millis;
        }

        void verder(Duration duur) {
            millis += duur.toMillis();
        }

        @Override
        public long millis() {
            return millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
