package nl.leerkracht.service.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The platform's one rate limiter (OWASP ASVS 2.2.1, 11.1.4): how often a sender may do something
 * that costs someone else work, mail or a password hash. Counted over a sliding window per sender,
 * in the data grid when there is one, so the nodes of a cluster count together; in this node's
 * memory otherwise. A person who uses the platform normally never meets a limit.
 * <ul>
 * <li>A public form or API ({@link #allows}): every request counts, refused ones too, so a flood
 * does not end by being refused.</li>
 * <li>A password check ({@link #isOver}, {@link #count}, {@link #forget}): only failures count, per
 * user name (or account) from one client and per client across all names; a sender over the limit
 * is refused before the password is hashed; a success forgets the failures of that name.</li>
 * </ul>
 */
@ApplicationScoped
public class RateLimits {

    /** What is limited, with how many per window. */
    public enum Limit {
        COMPLAINT(5, Duration.ofMinutes(10)),
        ENROLMENT(10, Duration.ofMinutes(10)),
        /** Registrations for information meetings: someone may register a few colleagues too. */
        MEETING_REGISTRATION(10, Duration.ofMinutes(10)),
        /** Newsletter subscriptions: someone may subscribe a colleague or two as well. */
        NEWSLETTER(5, Duration.ofMinutes(10)),
        PASSWORD_RESET(10, Duration.ofMinutes(10)),
        /** The public fee quote API: a web page or program that shows quotes asks a few times a minute. */
        QUOTE(600, Duration.ofMinutes(10)),
        /**
         * Unknown certificate codes checked from one client: a registry checks a handful, someone
         * guessing codes (80 random bits each) is stopped long before a guess could be right.
         */
        VERIFICATION(20, Duration.ofMinutes(10)),
        /** Failed logins with one user name (or for one account) from one client. */
        LOGIN_NAME(10, Duration.ofMinutes(15)),
        /** Failed logins from one client, whatever the name: a school behind one address included. */
        LOGIN_CLIENT(100, Duration.ofMinutes(15)),
        /** Wrong current passwords when changing one's own password or address. */
        CURRENT_PASSWORD(5, Duration.ofMinutes(15));

        private final int maximum;
        private final Duration window;

        Limit(int maximum, Duration window) {
            this.maximum = maximum;
            this.window = window;
        }

        public int getMaximum() {
            return maximum;
        }
    }

    private static final Logger LOG = Logger.getLogger(RateLimits.class.getName());
    /** Counters outlive two windows of the longest kind, which is all the sliding window reads. */
    private static final long KEEP_SECONDS = Duration.ofHours(1).toSeconds();
    /** After the grid failed, this node counts for itself for a while instead of waiting on it each time. */
    private static final long GRID_PAUSE_MILLIS = Duration.ofMinutes(5).toMillis();
    /** A sender's part of a key is cut to this length: the key of a made-up name stays small. */
    private static final int SENDER_LENGTH = 300;

    @Inject
    private Clock clock;

    private Counters grid;
    private Counters local;
    private final AtomicLong gridPausedUntil = new AtomicLong();

    /** For CDI. */
    public RateLimits() {
        // counters are chosen after injection
    }

    /** Limits counted in this node's memory only, on this clock: for tests. */
    RateLimits(Clock clock) {
        this.clock = clock;
        this.local = new LocalCounters(clock, KEEP_SECONDS * 1000);
    }

    @PostConstruct
    void chooseCounters() {
        local = new LocalCounters(clock, KEEP_SECONDS * 1000);
        grid = GridCounters.find(KEEP_SECONDS).orElse(null);
    }

    /** Counts the sender doing this; false when over the limit: then do nothing. */
    public boolean allows(Limit limit, String sender) {
        long now = clock.millis();
        String key = key(limit, sender);
        return withCounters(now, counters -> withinLimit(limit.maximum, limit.window.toMillis(), now, key, counters));
    }

    /** Whether the sender already reached the limit: the next attempt must be refused unseen. */
    public boolean isOver(Limit limit, String sender) {
        long now = clock.millis();
        Windows windows = Windows.of(limit, sender, now);
        return withCounters(
                now,
                counters -> weighted(
                                limit.window.toMillis(),
                                now,
                                counters.get(windows.current),
                                counters.get(windows.previous))
                        >= limit.maximum);
    }

    /** Counts one (failed) attempt of the sender. */
    public void count(Limit limit, String sender) {
        long now = clock.millis();
        Windows windows = Windows.of(limit, sender, now);
        withCounters(now, counters -> counters.increment(windows.current));
    }

    /** Forgets what the sender did, e.g. the failed logins of a name after it logged in. */
    public void forget(Limit limit, String sender) {
        Windows windows = Windows.of(limit, sender, clock.millis());
        // From both: what this node counted while the grid was away would otherwise count on.
        local.remove(windows.current);
        local.remove(windows.previous);
        if (grid != null) {
            try {
                grid.remove(windows.current);
                grid.remove(windows.previous);
            } catch (RuntimeException gridFailed) {
                LOG.log(
                        Level.FINE,
                        "The data grid could not forget a sender's counts; they run out with their window",
                        gridFailed);
            }
        }
    }

    /**
     * How long the sender, refused just now, has to wait without trying again before it is
     * allowed once more: what a {@code Retry-After} header tells a program.
     */
    public Duration waitFor(Limit limit, String sender) {
        long now = clock.millis();
        Windows windows = Windows.of(limit, sender, now);
        try {
            Counters counters = counters(now);
            return Duration.ofMillis(untilAllowed(
                    limit.maximum,
                    limit.window.toMillis(),
                    now,
                    counters.get(windows.current),
                    counters.get(windows.previous)));
        } catch (RuntimeException gridFailed) {
            // Not worth a second try: a full window always suffices.
            return limit.window;
        }
    }

    /** The counter keys of the sender's current and previous window of the limit. */
    private record Windows(String current, String previous) {
        static Windows of(Limit limit, String sender, long now) {
            String key = key(limit, sender);
            long window = now / limit.window.toMillis();
            return new Windows(key + window, key + (window - 1));
        }
    }

    private static String key(Limit limit, String sender) {
        String who = sender == null ? "?" : sender;
        return limit.name() + '|' + (who.length() > SENDER_LENGTH ? who.substring(0, SENDER_LENGTH) : who) + '|';
    }

    private Counters counters(long now) {
        return grid != null && now >= gridPausedUntil.get() ? grid : local;
    }

    /** Runs on the grid's counters, or on this node's while the grid is away or when it fails now. */
    private <T> T withCounters(long now, Function<Counters, T> work) {
        Counters counters = counters(now);
        try {
            return work.apply(counters);
        } catch (RuntimeException gridFailed) {
            if (counters == local) {
                throw gridFailed;
            }
            gridPausedUntil.set(now + GRID_PAUSE_MILLIS);
            LOG.log(
                    Level.WARNING,
                    "The data grid failed a rate limit; this node counts for itself for 5 minutes",
                    gridFailed);
            return work.apply(local);
        }
    }

    /**
     * The sliding-window counter: this window's count plus the last window's, weighed by how much
     * of it still lies within one window from now.
     */
    static boolean withinLimit(int maximum, long windowMillis, long now, String key, Counters counters) {
        long window = now / windowMillis;
        long current = counters.increment(key + window);
        long previous = counters.get(key + (window - 1));
        return weighted(windowMillis, now, current, previous) <= maximum;
    }

    private static double weighted(long windowMillis, long now, long current, long previous) {
        double elapsed = (now % windowMillis) / (double) windowMillis;
        return previous * (1 - elapsed) + current;
    }

    /**
     * The milliseconds from now until one more would be within the limit of the sliding window,
     * if nothing more is sent meanwhile: later in this window, as the last window's count weighs
     * less; or else in the next one, when this window's count is the last one's.
     */
    static long untilAllowed(int maximum, long windowMillis, long now, long current, long previous) {
        long windowStart = now - now % windowMillis;
        double elapsedNeeded;
        long start;
        if (current + 1 <= maximum) {
            // previous * (1 - elapsed) + current + 1 <= maximum
            elapsedNeeded = previous == 0 ? 0 : 1 - (maximum - current - 1) / (double) previous;
            start = windowStart;
        } else {
            // current * (1 - elapsed) + 1 <= maximum, in the next window
            elapsedNeeded = 1 - (maximum - 1) / (double) current;
            start = windowStart + windowMillis;
        }
        long allowedAt = start + (long) Math.ceil(Math.max(0, elapsedNeeded) * windowMillis);
        return Math.max(0, allowedAt - now);
    }

    /**
     * A client's address as a sender: an IPv4 address as it is; an IPv6 address by its /64 network,
     * of which one household or school may use any address.
     */
    public static String network(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(
                            address.startsWith("[") ? address.substring(1, address.length() - 1) : address)
                    .getAddress();
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : address;
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }
}
