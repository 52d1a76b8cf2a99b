package nl.leerkracht.service.traject;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.traject.DoelStatus;
import nl.leerkracht.domain.traject.Fase;
import nl.leerkracht.domain.traject.Ritme;
import nl.leerkracht.domain.traject.Traject;
import nl.leerkracht.service.account.AccountService;
import nl.leerkracht.service.account.Roles;
import nl.leerkracht.service.account.Scope;
import nl.leerkracht.service.platform.BusinessException;

/**
 * Reading trajectories within the caller's scope, and the Expertcoach's phase changes
 * (domain.md §3). A trajectory outside the caller's scope is refused (403), also by id.
 */
@Stateless
public class TrajectService {

    /** The people of a school who keep its board and take part in its sessions. */
    static final List<Rol> SCHOOLROLLEN = List.of(Rol.SCHOOLLEIDER, Rol.SCHOOLCOACH, Rol.AANJAGER, Rol.LERAAR);

    private static final Logger LOG = Logger.getLogger(TrajectService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @EJB
    private Scope scope;

    @Inject
    private Clock clock;

    /** The trajectories the caller may see, by school and unit, with their open actions and latest session. */
    @RolesAllowed({
        Roles.CENTRAAL_TEAM,
        Roles.EXPERTCOACH,
        Roles.BESTUURDER,
        Roles.SCHOOLLEIDER,
        Roles.SCHOOLCOACH,
        Roles.AANJAGER,
        Roles.LERAAR
    })
    public List<TrajectRow> trajecten() {
        Scope.Voorwaarde inScope = scope.schoolFilter("s");
        TypedQuery<Traject> query = inScope.bind(em.createQuery(
                "SELECT t FROM Traject t JOIN FETCH t.school s" + " JOIN FETCH t.inschrijving WHERE " + inScope.jpql()
                        + " ORDER BY s.naam, t.eenheidNaam",
                Traject.class));
        return rijen(query.getResultList());
    }

    /**
     * The directieteam trajectories the caller may follow ({@link Scope#directieteamFilter}): the
     * central team all, a bestuurder and the schoolleiders the board's, an Expertcoach those of
     * boards with a school in their clusters.
     */
    @RolesAllowed({
        Roles.CENTRAAL_TEAM,
        Roles.EXPERTCOACH,
        Roles.BESTUURDER,
        Roles.SCHOOLLEIDER,
        Roles.SCHOOLCOACH,
        Roles.AANJAGER,
        Roles.LERAAR
    })
    public List<TrajectRow> directieteams() {
        Scope.Voorwaarde inScope = scope.directieteamFilter("b");
        if (inScope.isNiets()) {
            return List.of();
        }
        return rijen(inScope.bind(em.createQuery(
                        "SELECT t FROM Traject t JOIN FETCH t.bestuur b JOIN FETCH t.directieteam WHERE "
                                + inScope.jpql() + " ORDER BY b.naam, t.gestartOp",
                        Traject.class))
                .getResultList());
    }

    private List<TrajectRow> rijen(List<Traject> trajecten) {
        if (trajecten.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> openActies = new HashMap<>();
        em.createQuery(
                        "SELECT a.traject.id, COUNT(a) FROM Actie a WHERE a.traject IN :t AND a.afgerondOp IS NULL"
                                + " GROUP BY a.traject.id",
                        Object[].class)
                .setParameter("t", trajecten)
                .getResultList()
                .forEach(r -> openActies.put((Long) r[0], ((Number) r[1]).longValue()));
        Map<Long, LocalDate> laatste = new HashMap<>();
        em.createQuery(
                        "SELECT b.traject.id, MAX(b.datum) FROM Bordsessie b WHERE b.traject IN :t GROUP BY b.traject.id",
                        Object[].class)
                .setParameter("t", trajecten)
                .getResultList()
                .forEach(r -> laatste.put((Long) r[0], (LocalDate) r[1]));
        Map<Long, long[]> doelen = new HashMap<>();
        em.createQuery(
                        "SELECT d.traject.id, d.status, COUNT(d) FROM Doel d WHERE d.traject IN :t GROUP BY d.traject.id, d.status",
                        Object[].class)
                .setParameter("t", trajecten)
                .getResultList()
                .forEach(r -> {
                    long[] telling = doelen.computeIfAbsent((Long) r[0], id -> new long[2]);
                    long aantal = ((Number) r[2]).longValue();
                    telling[1] += aantal;
                    if (r[1] == DoelStatus.BEHAALD) {
                        telling[0] += aantal;
                    }
                });
        Map<Long, Object[]> evaluaties = new HashMap<>();
        em.createQuery(
                        "SELECT t.id, f.evaluatie, f.op FROM Traject t JOIN t.fasen f WHERE t.id IN :ids AND f.evaluatie IS NOT NULL",
                        Object[].class)
                .setParameter("ids", trajecten.stream().map(Traject::getId).toList())
                .getResultList()
                .forEach(r ->
                        evaluaties.merge((Long) r[0], r, (a, b) -> ((Instant) a[2]).isAfter((Instant) b[2]) ? a : b));
        Map<Long, Ritme> ritmes = new Ritmes(em, clock).van(trajecten);
        return trajecten.stream()
                .map(t -> {
                    long[] telling = doelen.getOrDefault(t.getId(), new long[2]);
                    Object[] evaluatie = evaluaties.get(t.getId());
                    return new TrajectRow(
                            t,
                            openActies.getOrDefault(t.getId(), 0L),
                            laatste.get(t.getId()),
                            ritmes.get(t.getId()),
                            telling[0],
                            telling[1],
                            evaluatie == null ? null : (String) evaluatie[1]);
                })
                .toList();
    }

    /**
     * One trajectory's page head, if the caller may see it: the team, the phases, the rhythm, the
     * people of the team and what the caller may do. The tabs load their own parts
     * ({@link TrajectTabService}).
     */
    @RolesAllowed({
        Roles.CENTRAAL_TEAM,
        Roles.EXPERTCOACH,
        Roles.BESTUURDER,
        Roles.SCHOOLLEIDER,
        Roles.SCHOOLCOACH,
        Roles.AANJAGER,
        Roles.LERAAR
    })
    public TrajectView get(long id) {
        TrajectToegang toegang = toegang();
        Traject traject = toegang.lees(id);
        return new TrajectView(
                traject,
                Teamleden.van(em, traject),
                new Ritmes(em, clock).van(List.of(traject)).get(id),
                toegang.magFaseWisselen(traject),
                toegang.magBordBijwerken(traject));
    }

    /**
     * The Expertcoach of the school's cluster moves the trajectory to the next phase, or back to an
     * earlier one with a reason, with a short evaluation either way.
     */
    @RolesAllowed(Roles.EXPERTCOACH)
    public void wisselFase(long id, Fase naar, String evaluatie, String reden) {
        Traject traject = toegang().voorFasewissel(id);
        Fase van = traject.getFase();
        BusinessException.bijRegel(() ->
                traject.wisselFase(naar, evaluatie, reden, accounts.getCaller().getNaam(), Instant.now(clock)));
        LOG.info(() -> "Trajectory " + id + " moved from " + van + " to " + naar);
    }

    private TrajectToegang toegang() {
        return new TrajectToegang(em, accounts.getCaller(), scope);
    }
}
