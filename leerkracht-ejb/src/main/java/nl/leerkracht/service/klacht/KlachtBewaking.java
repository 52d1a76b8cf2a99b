package nl.leerkracht.service.klacht;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.leerkracht.service.platform.MailService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The complaint job: every interval (default 60 s, {@code LEERKRACHT_JOBS_INTERVAL_SECONDS}) it
 * sends the warnings that are due, purges complaints past retention and empties the mail outbox.
 * A non-persistent timer that scans the database, so a restart loses nothing; the scan is safe to
 * run on several nodes at once (see {@link KlachtTermijnen} and {@link MailService}). The interval
 * is configuration rather than a fixed {@code @Schedule}, so the tests can run it every few seconds.
 */
@Singleton
@Startup
@DependsOn("DatabaseSetup")
@PermitAll
public class KlachtBewaking {

    private static final Logger LOG = Logger.getLogger(KlachtBewaking.class.getName());

    @Resource
    private TimerService timers;

    @EJB
    private KlachtTermijnen termijnen;

    @EJB
    private MailService mail;

    @Inject
    @ConfigProperty(name = "leerkracht.jobs.interval-seconds", defaultValue = "60")
    private long intervalSeconden;

    @PostConstruct
    void start() {
        long interval = Math.max(1, intervalSeconden) * 1000;
        timers.createIntervalTimer(interval, interval, new TimerConfig("complaint clocks, retention and mail", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void scan() {
        try {
            termijnen.bewaak();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Complaint deadline scan failed; the next round tries again", e);
        }
        try {
            termijnen.ruimOp();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Complaint retention purge failed; the next round tries again", e);
        }
        try {
            mail.verzendOpenstaande();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending the mail outbox failed; the next round tries again", e);
        }
    }
}
