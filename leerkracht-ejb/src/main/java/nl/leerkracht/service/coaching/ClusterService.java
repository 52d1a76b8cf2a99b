package nl.leerkracht.service.coaching;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.coaching.Cluster;
import nl.leerkracht.service.account.AccountService;
import nl.leerkracht.service.account.Roles;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.Keuze;
import nl.leerkracht.service.platform.NotFoundException;

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
    public List<ClusterView> findAll() {
        return overviews(em.createQuery("SELECT c FROM Cluster c ORDER BY c.naam", Cluster.class));
    }

    /** The clusters the calling Expertcoach guides. */
    @RolesAllowed(Roles.EXPERTCOACH)
    public List<ClusterView> findMine() {
        return overviews(em.createQuery(
                        "SELECT c FROM Cluster c JOIN c.expertcoaches e WHERE e = :caller ORDER BY c.naam",
                        Cluster.class)
                .setParameter("caller", accounts.getCaller()));
    }

    /**
     * Reads the clusters with their schools, the schools' boards and the coaches in one query each
     * (EclipseLink batch reading), instead of one query per cluster and per school.
     */
    private List<ClusterView> overviews(TypedQuery<Cluster> query) {
        return query.setHint(BATCH, "c.scholen")
                .setHint(BATCH, "c.scholen.bestuur")
                .setHint(BATCH, "c.expertcoaches")
                .setHint(BATCH_TYPE, "IN")
                .getResultStream()
                .map(ClusterView::new)
                .toList();
    }

    /** The Expertcoaches the central team can assign, by name. */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public List<Keuze> expertcoaches() {
        return em.createQuery(
                        "SELECT DISTINCT a FROM Lidmaatschap l JOIN l.account a WHERE l.rol = :rol ORDER BY a.naam",
                        Account.class)
                .setParameter("rol", Rol.EXPERTCOACH)
                .getResultStream()
                .map(a -> new Keuze(a.getId(), a.getNaam()))
                .toList();
    }

    /** The ids of the Expertcoaches of a cluster, to prefill the assignment form. */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public List<Long> expertcoachesVan(long clusterId) {
        return cluster(clusterId).getExpertcoaches().stream()
                .map(Account::getId)
                .toList();
    }

    /**
     * The central team assigns the Expertcoaches who guide a cluster (one or more).
     *
     * @throws BusinessException for none, or for an account that is no Expertcoach
     */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public void wijsExpertcoachesToe(
            long clusterId, @jakarta.validation.constraints.NotNull java.util.Set<Long> coachIds) {
        Cluster cluster = em.find(Cluster.class, clusterId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (cluster == null) {
            throw new NotFoundException("No cluster " + clusterId);
        }
        List<Account> coaches = coachIds.isEmpty()
                ? List.of()
                : em.createQuery(
                                "SELECT DISTINCT a FROM Lidmaatschap l JOIN l.account a WHERE a.id IN :ids AND l.rol = :rol",
                                Account.class)
                        .setParameter("ids", coachIds)
                        .setParameter("rol", Rol.EXPERTCOACH)
                        .getResultList();
        if (coaches.size() != coachIds.size()) {
            throw new BusinessException("cluster.fout.geenExpertcoach", "not all Expertcoaches: " + coachIds);
        }
        BusinessException.bijRegel(() -> cluster.wijsExpertcoachesToe(coaches));
    }

    private Cluster cluster(long id) {
        Cluster cluster = em.find(Cluster.class, id);
        if (cluster == null) {
            throw new NotFoundException("No cluster " + id);
        }
        return cluster;
    }
}
