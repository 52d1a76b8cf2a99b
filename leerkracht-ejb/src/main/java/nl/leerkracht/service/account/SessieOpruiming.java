package nl.leerkracht.service.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.leerkracht.domain.account.Sessie;

/**
 * Every night, the records of sessions last used more than {@link Sessie#BEWAREN} ago are deleted:
 * they hold a person's address and browser, which are not kept longer than they serve "where am I
 * logged in". One delete statement, so it is done once even when two nodes run it.
 */
@Singleton
@PermitAll
public class SessieOpruiming {

    private static final Logger LOG = Logger.getLogger(SessieOpruiming.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Schedule(hour = "3", minute = "40", persistent = false, info = "delete old session records")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void ruimOp() {
        try {
            int weg = context.getBusinessObject(SessieOpruiming.class).verwijderOude();
            if (weg > 0) {
                LOG.info(() -> weg + " session records older than " + Sessie.BEWAREN.toDays() + " days deleted");
            }
        } catch (RuntimeException e) {
            // Logged here, commit included: the container's own warning about a failed call is turned off
            // (ContainerLogLevels, in the web module).
            LOG.log(Level.WARNING, "Deleting old session records failed; tried again tomorrow", e);
        }
    }

    /** Deletes the old records in a transaction of its own, committed before the nightly run says how it went. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int verwijderOude() {
        return em.createQuery("DELETE FROM Sessie s WHERE s.laatstGezien < :grens")
                .setParameter("grens", clock.instant().minus(Sessie.BEWAREN))
                .executeUpdate();
    }
}
