package nl.leerkracht.service.inschrijving;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Logger;

/**
 * Every night, approved enrolments whose trajectory start (1 September) has come become active. A
 * non-persistent timer that scans the database: a restart loses nothing, and running twice starts
 * nothing twice (the status has moved on).
 */
@Singleton
@PermitAll
public class TrajectStart {

    private static final Logger LOG = Logger.getLogger(TrajectStart.class.getName());

    @EJB
    private InschrijvingService inschrijvingen;

    @Schedule(hour = "2", minute = "15", persistent = false, info = "start trajectories")
    void startTrajecten() {
        int gestart = inschrijvingen.startTrajecten();
        if (gestart > 0) {
            LOG.info(() -> gestart + " trajectories started");
        }
    }
}
