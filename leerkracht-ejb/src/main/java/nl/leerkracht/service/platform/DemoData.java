package nl.leerkracht.service.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * A realistic demo data set: boards, twenty schools over PO/VO/MBO/HBO with locations and teams,
 * clusters with Expertcoaches, running trajectories with their team boards in every sector, a
 * directieteam, meetings, session documents, complaints in each state, and a demo user for every
 * role (README lists the logins). Loaded once into an empty database, never when it holds data.
 */
@Stateless
@PermitAll // called at start-up by DatabaseSetup, when there is no caller
public class DemoData {

    /** The password of every demo account; README.md says so. */
    public static final String PASSWORD = "leerkracht-demo";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void loadIfEmpty() {
        if (em.createQuery("SELECT COUNT(b) FROM Bestuur b", Long.class).getSingleResult() > 0) {
            return;
        }
        DemoRegister register = new DemoRegister(em);
        register.laad();
        new DemoTrajecten(em, clock, register).laad();
        new DemoDirectieteam(em, clock, register).laad();
        new DemoAgenda(em, clock, register).agenda();
        new DemoKlachten(em, clock).klachten();
        LOG.info(() -> "Demo data loaded: " + register.samenvatting());
    }
}
