package nl.leerkracht.service.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

    private static final long TEN_MINUTES = Duration.ofMinutes(10).toMillis();
    /** The start of a window. */
    private static final long START = 1_000 * TEN_MINUTES;

    private final MutableClock clock = new MutableClock(START);
    private final LocalCounters counters =
            new LocalCounters(clock, Duration.ofHours(1).toMillis());

    private boolean send(String client) {
        return RateLimits.withinLimit(5, TEN_MINUTES, clock.millis(), "COMPLAINT|" + client + "|", counters);
    }

    @Test
    void fiveComplaintsInTenMinutesAreFineAndTheSixthIsRefused() {
        for (int i = 1; i <= 5; i++) {
            assertTrue(send("10.0.0.1"), "complaint " + i);
            clock.advance(Duration.ofSeconds(30));
        }
        assertFalse(send("10.0.0.1"));
    }

    @Test
    void anotherClientHasItsOwnCount() {
        for (int i = 1; i <= 6; i++) {
            send("10.0.0.1");
        }
        assertTrue(send("10.0.0.2"));
    }

    @Test
    void theLimitSlidesAcrossTheWindowEdgeAndLiftsAfterAWhile() {
        clock.advance(Duration.ofMinutes(9));
        for (int i = 1; i <= 5; i++) {
            assertTrue(send("10.0.0.1"));
        }
        // Two minutes later the window has turned, but the five of a minute ago still count almost fully.
        clock.advance(Duration.ofMinutes(2));
        assertFalse(send("10.0.0.1"), "no fresh start at the window's edge");
        // Near the end of the next window the last one's count has nearly faded.
        clock.advance(Duration.ofMinutes(8));
        assertTrue(send("10.0.0.1"));
    }

    @Test
    void aRefusedClientIsToldHowLongToWaitAndIsLetInAfterExactlyThat() {
        clock.advance(Duration.ofMinutes(9));
        for (int i = 1; i <= 8; i++) {
            send("10.0.0.1");
        }
        long wait = RateLimits.untilAllowed(
                5,
                TEN_MINUTES,
                clock.millis(),
                counters.get("COMPLAINT|10.0.0.1|" + 1_000),
                counters.get("COMPLAINT|10.0.0.1|" + 999));
        // Eight (three refused) in this window: in the next, 8 * (1 - elapsed) + 1 <= 5 from half-way.
        assertEquals(Duration.ofMinutes(6).toMillis(), wait);
        clock.advance(Duration.ofMillis(wait - 1_000));
        assertFalse(send("10.0.0.1"), "a second too early");
        // That refusal counted in the new window: the wait starts over from there.
        long again = RateLimits.untilAllowed(
                5,
                TEN_MINUTES,
                clock.millis(),
                counters.get("COMPLAINT|10.0.0.1|" + 1_001),
                counters.get("COMPLAINT|10.0.0.1|" + 1_000));
        clock.advance(Duration.ofMillis(again));
        assertTrue(send("10.0.0.1"), "let in when told");
    }

    @Test
    void aClientWithinTheLimitNeedNotWait() {
        assertEquals(0, RateLimits.untilAllowed(5, TEN_MINUTES, START + 1_000, 3, 0));
        // Four of the last window still weigh 4 * 0.5 at half-way: 2 + 3 + 1 > 5 until 3/4 of the way.
        assertEquals(
                Duration.ofMinutes(2).plusSeconds(30).toMillis(),
                RateLimits.untilAllowed(
                        5, TEN_MINUTES, START + Duration.ofMinutes(5).toMillis(), 3, 4));
    }

    @Test
    void countersAreForgottenAfterTheirTimeAndSwept() {
        counters.increment("x");
        assertEquals(1, counters.get("x"));
        clock.advance(Duration.ofMinutes(61));
        assertEquals(0, counters.get("x"));
        counters.increment("y");
        assertEquals(1, counters.size(), "the expired counter is swept");
        assertEquals(1, counters.increment("x"), "a new count starts");
    }

    @Test
    void anIpv6ClientCountsByItsNetworkAndAnIpv4ClientByItsAddress() {
        assertEquals(RateLimits.network("2001:db8:1:2:aaaa::1"), RateLimits.network("2001:db8:1:2:bbbb::99"));
        assertFalse(RateLimits.network("2001:db8:1:2::1").equals(RateLimits.network("2001:db8:1:3::1")));
        assertEquals("192.0.2.7", RateLimits.network("192.0.2.7"));
    }

    @Test
    void tenFailedLoginsOfANameMakeItWaitButNotTheSameNameElsewhereAndASuccessForgetsThem() {
        RateLimits limits = new RateLimits(clock);
        String name = "account:7@10.0.0.1";
        for (int i = 1; i <= 10; i++) {
            assertFalse(limits.isOver(RateLimits.Limit.LOGIN_NAME, name), "failure " + i + " is still looked at");
            limits.count(RateLimits.Limit.LOGIN_NAME, name);
            clock.advance(Duration.ofSeconds(5));
        }
        assertTrue(limits.isOver(RateLimits.Limit.LOGIN_NAME, name), "the eleventh is refused unseen");
        assertFalse(
                limits.isOver(RateLimits.Limit.LOGIN_NAME, "account:7@10.0.0.2"),
                "the owner elsewhere is not kept out");
        Duration wait = limits.waitFor(RateLimits.Limit.LOGIN_NAME, name);
        assertTrue(
                wait.compareTo(Duration.ofMinutes(1)) > 0 && wait.compareTo(Duration.ofMinutes(30)) <= 0,
                wait.toString());
        clock.advance(wait);
        assertFalse(limits.isOver(RateLimits.Limit.LOGIN_NAME, name), "after the wait it may try again");

        limits.count(RateLimits.Limit.LOGIN_NAME, name);
        limits.forget(RateLimits.Limit.LOGIN_NAME, name);
        for (int i = 1; i <= 9; i++) {
            limits.count(RateLimits.Limit.LOGIN_NAME, name);
        }
        assertFalse(limits.isOver(RateLimits.Limit.LOGIN_NAME, name), "a success forgot what came before it");
    }

    @Test
    void aFormCountsEveryRequestAndEachLimitCountsForItself() {
        RateLimits limits = new RateLimits(clock);
        for (int i = 1; i <= 5; i++) {
            assertTrue(limits.allows(RateLimits.Limit.COMPLAINT, "10.0.0.9"));
        }
        assertFalse(limits.allows(RateLimits.Limit.COMPLAINT, "10.0.0.9"));
        assertFalse(limits.isOver(RateLimits.Limit.LOGIN_CLIENT, "10.0.0.9"), "each limit counts for itself");
        assertTrue(limits.waitFor(RateLimits.Limit.COMPLAINT, "10.0.0.9").toMillis() > 0);
    }

    private static final class MutableClock extends Clock {
        private long millis;

        MutableClock(long millis) {
            this.millis = millis;
        }

        void advance(Duration duration) {
            millis += duration.toMillis();
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
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
