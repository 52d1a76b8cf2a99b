package nl.leerkracht.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How often one client may send a public form that costs someone else work or mail: a complaint,
 * an enrolment request, a password reset link (OWASP ASVS 11.1.4). Counted per client address
 * ({@link ClientAddress}) over a sliding window, in the data grid when there is one, so the nodes
 * of a cluster count together. A person who fills a form normally never meets the limit; a script
 * that floods it is told to try again in a few minutes, and nothing it sent is stored.
 */
@ApplicationScoped
public class Verzoeklimiet {

    /** What is limited, with how many per window. */
    public enum Soort {
        KLACHT(5, Duration.ofMinutes(10)),
        INSCHRIJVING(10, Duration.ofMinutes(10)),
        WACHTWOORD_HERSTEL(10, Duration.ofMinutes(10));

        private final int maximum;
        private final Duration venster;

        Soort(int maximum, Duration venster) {
            this.maximum = maximum;
            this.venster = venster;
        }

        public int getMaximum() {
            return maximum;
        }
    }

    private static final Logger LOG = Logger.getLogger(Verzoeklimiet.class.getName());
    /** Counters outlive two windows of the longest kind, which is all the sliding window reads. */
    private static final long BEWAAR_SECONDEN = Duration.ofHours(1).toSeconds();

    @Inject
    private Clock clock;

    @Inject
    private ClientAddress clients;

    @Inject
    private HttpServletRequest request;

    private Tellers tellers;
    private Tellers lokaal;
    private final AtomicBoolean gridGefaald = new AtomicBoolean();

    @PostConstruct
    void kiesTellers() {
        lokaal = new LokaleTellers(clock, BEWAAR_SECONDEN * 1000);
        tellers = GedeeldeTellers.zoek(BEWAAR_SECONDEN).orElse(lokaal);
    }

    /** Counts this request's client sending this form; false when it is over the limit: then do nothing. */
    public boolean mag(Soort soort) {
        return mag(soort, clients.of(request));
    }

    boolean mag(Soort soort, String client) {
        return binnenLimiet(soort.maximum, soort.venster.toMillis(), clock.millis(), soort.name() + '|' + client + '|',
                this::verhoog, this::lees);
    }

    /**
     * The sliding-window counter: this window's count plus the last window's, weighed by how much
     * of it still lies within one window from now.
     */
    static boolean binnenLimiet(int maximum, long vensterMillis, long nu, String sleutel,
            java.util.function.ToLongFunction<String> verhoog, java.util.function.ToLongFunction<String> lees) {
        long venster = nu / vensterMillis;
        long huidig = verhoog.applyAsLong(sleutel + venster);
        long vorig = lees.applyAsLong(sleutel + (venster - 1));
        double verstreken = (nu % vensterMillis) / (double) vensterMillis;
        return vorig * (1 - verstreken) + huidig <= maximum;
    }

    private long verhoog(String sleutel) {
        try {
            return tellers.verhoog(sleutel);
        } catch (RuntimeException gridFout) {
            meldGridFout(gridFout);
            return lokaal.verhoog(sleutel);
        }
    }

    private long lees(String sleutel) {
        try {
            return tellers.lees(sleutel);
        } catch (RuntimeException gridFout) {
            meldGridFout(gridFout);
            return lokaal.lees(sleutel);
        }
    }

    private void meldGridFout(RuntimeException gridFout) {
        if (gridGefaald.compareAndSet(false, true)) {
            LOG.log(Level.WARNING, "The data grid failed a request limit; this node counts for itself when it does", gridFout);
        }
    }
}
