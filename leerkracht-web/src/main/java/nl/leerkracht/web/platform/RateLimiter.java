package nl.leerkracht.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How often one client may send a public form that costs someone else work or mail: a complaint,
 * an enrolment request, a password reset link; and how often it may ask the public quote API
 * (OWASP ASVS 11.1.4). Counted over a sliding window
 * per logged-in person, or else per client address ({@link ClientAddress}; an IPv6 client by its
 * /64 network, which one household or school gets as a whole), in the data grid when there is one,
 * so the nodes of a cluster count together. A person who fills a form normally never meets the
 * limit; a script that floods it is told to try again in a few minutes, and nothing it sent is
 * stored. Refused attempts count too: a flood does not end by being refused.
 */
@ApplicationScoped
public class RateLimiter {

    /** What is limited, with how many per window. */
    public enum Form {
        COMPLAINT(5, Duration.ofMinutes(10)),
        ENROLMENT(10, Duration.ofMinutes(10)),
        PASSWORD_RESET(10, Duration.ofMinutes(10)),
        /** The public fee quote API: a web page or program that shows quotes asks a few times a minute. */
        QUOTE(600, Duration.ofMinutes(10));

        private final int maximum;
        private final Duration window;

        Form(int maximum, Duration window) {
            this.maximum = maximum;
            this.window = window;
        }
    }

    private static final Logger LOG = Logger.getLogger(RateLimiter.class.getName());
    /** Counters outlive two windows of the longest kind, which is all the sliding window reads. */
    private static final long KEEP_SECONDS = Duration.ofHours(1).toSeconds();
    /** After the grid failed, this node counts for itself for a while instead of waiting on it each time. */
    private static final long GRID_PAUSE_MILLIS = Duration.ofMinutes(5).toMillis();

    @Inject
    private Clock clock;

    @Inject
    private ClientAddress clients;

    @Inject
    private HttpServletRequest request;

    private Counters grid;
    private Counters local;
    private final AtomicLong gridPausedUntil = new AtomicLong();

    @PostConstruct
    void chooseCounters() {
        local = new LocalCounters(clock, KEEP_SECONDS * 1000);
        grid = GridCounters.find(KEEP_SECONDS).orElse(null);
    }

    /** Counts this request's sender sending this form; false when over the limit: then do nothing. */
    public boolean allows(Form form) {
        long now = clock.millis();
        String key = key(form);
        Counters counters = counters(now);
        try {
            return withinLimit(form, now, key, counters);
        } catch (RuntimeException gridFailed) {
            if (counters == local) {
                throw gridFailed;
            }
            gridPausedUntil.set(now + GRID_PAUSE_MILLIS);
            LOG.log(Level.WARNING, "The data grid failed a rate limit; this node counts for itself for 5 minutes", gridFailed);
            return withinLimit(form, now, key, local);
        }
    }

    /**
     * How long this request's sender, refused just now, has to wait without asking again before
     * the form is allowed once more: what a {@code Retry-After} header tells a program.
     */
    public Duration waitFor(Form form) {
        long now = clock.millis();
        String key = key(form);
        long windowMillis = form.window.toMillis();
        long window = now / windowMillis;
        try {
            Counters counters = counters(now);
            return Duration.ofMillis(untilAllowed(form.maximum, windowMillis, now, counters.get(key + window),
                    counters.get(key + (window - 1))));
        } catch (RuntimeException gridFailed) {
            // Not worth a second try: a full window always suffices.
            return form.window;
        }
    }

    private String key(Form form) {
        Principal user = request.getUserPrincipal();
        String sender = user != null ? "user:" + user.getName() : network(clients.of(request));
        return form.name() + '|' + sender + '|';
    }

    private Counters counters(long now) {
        return grid != null && now >= gridPausedUntil.get() ? grid : local;
    }

    private static boolean withinLimit(Form form, long now, String key, Counters counters) {
        return withinLimit(form.maximum, form.window.toMillis(), now, key, counters::increment, counters::get);
    }

    /**
     * The sliding-window counter: this window's count plus the last window's, weighed by how much
     * of it still lies within one window from now.
     */
    static boolean withinLimit(int maximum, long windowMillis, long now, String key,
            ToLongFunction<String> increment, ToLongFunction<String> get) {
        long window = now / windowMillis;
        long current = increment.applyAsLong(key + window);
        long previous = get.applyAsLong(key + (window - 1));
        double elapsed = (now % windowMillis) / (double) windowMillis;
        return previous * (1 - elapsed) + current <= maximum;
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

    /** An IPv4 address as it is; an IPv6 address by its /64 network, of which a client may use any address. */
    static String network(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address.startsWith("[") ? address.substring(1, address.length() - 1) : address)
                    .getAddress();
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : address;
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }
}
