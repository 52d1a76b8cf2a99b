package nl.leerkracht.service.publiek;

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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reminder job of information meetings: every interval (default 60 s,
 * {@code LEERKRACHT_JOBS_INTERVAL_SECONDS}) it queues the reminder of each meeting of tomorrow that
 * has none yet, deletes the registrations of meetings more than a year past, and deletes the
 * newsletter subscriptions left unconfirmed for a week. A non-persistent timer that reads the state from the database, so a restart loses
 * nothing; each meeting is claimed under its row lock, so with several nodes it goes out once.
 */
@Singleton
@Startup
@DependsOn("DatabaseSetup")
@PermitAll
public class BijeenkomstHerinnering {

    private static final Logger LOG = Logger.getLogger(BijeenkomstHerinnering.class.getName());

    @Resource
    private TimerService timers;

    @EJB
    private InformatiebijeenkomstService bijeenkomsten;

    @EJB
    private NieuwsbriefService nieuwsbrief;

    @Inject
    @ConfigProperty(name = "leerkracht.jobs.interval-seconds", defaultValue = "60")
    private long intervalSeconden;

    @PostConstruct
    void start() {
        long interval = Math.max(1, intervalSeconden) * 1000;
        timers.createIntervalTimer(interval, interval, new TimerConfig("information meeting reminders", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void scan() {
        try {
            bijeenkomsten.ruimOp();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Deleting old registrations failed; the next round tries again", e);
        }
        try {
            nieuwsbrief.ruimOp();
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Deleting unconfirmed newsletter subscriptions failed; the next round tries again",
                    e);
        }
        for (Long id : bijeenkomsten.teHerinneren()) {
            try {
                bijeenkomsten.herinner(id);
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "Reminder of information meeting " + id + " failed; the next round tries again",
                        e);
            }
        }
    }
}
