package nl.leerkracht.service.coaching;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import nl.leerkracht.domain.coaching.Cluster;
import nl.leerkracht.service.account.AccountService;
import nl.leerkracht.service.account.Roles;

/** The clusters of schools: all of them for the central team, their own for an Expertcoach. */
@Stateless
public class ClusterService {

    /** EclipseLink's query hints, by name: the JPA API has no batch reading. */
    private static final String BATCH = "eclipselink.batch";
    private static final String BATCH_TYPE = "eclipselink.batch.type";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public List<ClusterOverzicht> findAll() {
        return overviews(em.createQuery("SELECT c FROM Cluster c ORDER BY c.naam", Cluster.class));
    }

    /** The clusters the calling Expertcoach guides. */
    @RolesAllowed(Roles.EXPERTCOACH)
    public List<ClusterOverzicht> findMine() {
        return overviews(em.createQuery(
                        "SELECT c FROM Cluster c JOIN c.expertcoaches e WHERE e = :caller ORDER BY c.naam", Cluster.class)
                .setParameter("caller", accounts.getCaller()));
    }

    /**
     * Reads the clusters with their schools, the schools' boards and the coaches in one query each
     * (EclipseLink batch reading), instead of one query per cluster and per school.
     */
    private List<ClusterOverzicht> overviews(TypedQuery<Cluster> query) {
        return query.setHint(BATCH, "c.scholen")
                .setHint(BATCH, "c.scholen.bestuur")
                .setHint(BATCH, "c.expertcoaches")
                .setHint(BATCH_TYPE, "IN")
                .getResultStream()
                .map(ClusterOverzicht::new)
                .toList();
    }
}
