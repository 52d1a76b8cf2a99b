package nl.leerkracht.service.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.account.SchoolAccess;

/**
 * Who may see and change what (domain.md §1), for the caller: one place that services ask, so the
 * rule (own school, board, clusters) is written once.
 */
@Stateless
@PermitAll // callers are services, which check roles themselves; this only answers for the caller
public class Scope {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccountService accounts;

    /** The caller's access to schools. */
    public SchoolAccess schools() {
        Account caller = accounts.getCaller();
        return SchoolAccess.of(caller, clusterSchoolIds(caller));
    }

    /** For an Expertcoach, the ids of the schools in the clusters they guide; empty for anyone else. */
    public Set<Long> clusterSchoolIds(Account account) {
        if (account.getRol() != Rol.EXPERTCOACH) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT s.id FROM Cluster c JOIN c.scholen s JOIN c.expertcoaches e"
                        + " WHERE e = :account", Long.class)
                .setParameter("account", account)
                .getResultList());
    }
}
