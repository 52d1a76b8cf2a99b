package nl.leerkracht.service.traject;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every night, approved enrolments whose trajectory start (1 September) has come become active. A
 * non-persistent timer that scans the database: a restart loses nothing, and running twice starts
 * nothing twice (the status has moved on). Each school starts in a transaction of its own: one that
 * fails is logged and tried again the next night, and the others start all the same.
 */
@Singleton
@PermitAll
public class TrajectStart {

    private static final Logger LOG = Logger.getLogger(TrajectStart.class.getName());

    @EJB
    private TrajectOpening opening;

    @Schedule(hour = "2", minute = "15", persistent = false, info = "start trajectories")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void startTrajecten() {
        int gestart = 0;
        java.util.List<Long> klaar;
        try {
            klaar = opening.klaarVoorStart();
        } catch (RuntimeException e) {
            // Logged here: the container's own warning about a failed call is turned off (ContainerLogLevels, in the
            // web module).
            LOG.log(Level.WARNING, "Finding the enrolments to start failed; tried again tomorrow", e);
            return;
        }
        for (Long id : klaar) {
            try {
                if (opening.start(id)) {
                    gestart++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "enrolment " + id + " did not start; tried again tomorrow");
            }
        }
        int aantal = gestart;
        if (aantal > 0) {
            LOG.info(() -> aantal + " trajectories started");
        }
    }
}
