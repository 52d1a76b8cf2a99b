package nl.leerkracht.service.inschrijving;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import nl.leerkracht.domain.inschrijving.Factuurreeks;

/**
 * Hands out invoice numbers. The series row is locked until the caller's transaction ends, so the
 * number and its invoice are committed together or not at all: no gaps, no duplicates.
 */
@Stateless
@PermitAll // only reachable through FactuurService, whose methods carry the roles
public class Factuurnummers {

    @PersistenceContext
    private EntityManager em;

    /** The next number of the year's series, within the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String volgende(int jaar) {
        Factuurreeks reeks = em.find(Factuurreeks.class, jaar, LockModeType.PESSIMISTIC_WRITE);
        if (reeks == null) {
            throw new IllegalStateException("No invoice series for " + jaar + "; call zorgVoorReeks first");
        }
        return reeks.volgende();
    }

    /**
     * Creates the year's series if it does not exist yet, in a transaction of its own. When two
     * callers race, one insert fails on the primary key; the caller ignores that: the series exists.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void maakReeks(int jaar) {
        if (em.find(Factuurreeks.class, jaar) == null) {
            em.persist(new Factuurreeks(jaar));
            em.flush();
        }
    }
}
