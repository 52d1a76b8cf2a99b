package nl.leerkracht.service.coaching;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.leerkracht.domain.coaching.Cluster;
import nl.leerkracht.service.account.AccountService;
import nl.leerkracht.service.account.Roles;

/** The clusters of schools: all of them for the central team, their own for an Expertcoach. */
@Stateless
public class ClusterService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public List<ClusterOverzicht> findAll() {
        return em.createQuery("SELECT c FROM Cluster c ORDER BY c.naam", Cluster.class)
                .getResultStream()
                .map(ClusterOverzicht::new)
                .toList();
    }

    /** The clusters the calling Expertcoach guides. */
    @RolesAllowed(Roles.EXPERTCOACH)
    public List<ClusterOverzicht> findMine() {
        return em.createQuery("SELECT c FROM Cluster c JOIN c.expertcoaches e WHERE e = :caller ORDER BY c.naam",
                        Cluster.class)
                .setParameter("caller", accounts.getCaller())
                .getResultStream()
                .map(ClusterOverzicht::new)
                .toList();
    }
}
