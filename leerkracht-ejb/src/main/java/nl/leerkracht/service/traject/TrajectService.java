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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.shared.Schooljaar;
import nl.leerkracht.domain.traject.Actie;
import nl.leerkracht.domain.traject.Bordsessie;
import nl.leerkracht.domain.traject.Doel;
import nl.leerkracht.domain.traject.DoelStatus;
import nl.leerkracht.domain.traject.Fase;
import nl.leerkracht.domain.traject.Lesbezoek;
import nl.leerkracht.domain.traject.Lesontwerp;
import nl.leerkracht.domain.traject.Ritme;
import nl.leerkracht.domain.traject.Schoolvakantie;
import nl.leerkracht.domain.traject.StemVanDeLeerling;
import nl.leerkracht.domain.traject.Succes;
import nl.leerkracht.domain.traject.Terugblik;
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

    /** How many of the latest bordsessies a trajectory's page shows. */
    static final int RECENTE_SESSIES = 12;
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
        Map<Long, Ritme> ritmes = ritmes(trajecten);
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
     * The rhythm of each trajectory, from the days of its sessions, visits and rounds, in four
     * queries whatever the number of trajectories.
     */
    private Map<Long, Ritme> ritmes(List<Traject> trajecten) {
        LocalDate vandaag = LocalDate.now(clock);
        LocalDate vanaf = vandaag.minusWeeks(30);
        Map<Long, List<LocalDate>> sessies = dagen(
                "SELECT b.traject.id, b.datum FROM Bordsessie b WHERE b.traject IN :t" + " AND b.datum >= :vanaf",
                trajecten,
                vanaf);
        Map<Long, List<Ritme.Bezoek>> bezoeken = new HashMap<>();
        em.createQuery(
                        "SELECT l.traject.id, l.datum, l.bezochte.accountId, l.bezochte.naam FROM Lesbezoek l WHERE l.traject IN :t"
                                + " AND l.status = nl.leerkracht.domain.traject.LesbezoekStatus.GEHOUDEN AND l.datum >= :vanaf",
                        Object[].class)
                .setParameter("t", trajecten)
                .setParameter("vanaf", Ritme.termijnStart(vandaag))
                .getResultList()
                .forEach(r -> bezoeken.computeIfAbsent((Long) r[0], id -> new ArrayList<>())
                        .add(new Ritme.Bezoek(
                                (LocalDate) r[1],
                                r[2] != null
                                        ? "#" + r[2]
                                        : ((String) r[3]).trim().toLowerCase(Locale.ROOT))));
        Map<Long, List<LocalDate>> rondes = dagen(
                "SELECT s.traject.id, s.datum FROM StemVanDeLeerling s WHERE s.traject IN :t"
                        + " AND s.datum >= :vanaf",
                trajecten,
                Schooljaar.of(vandaag).getEersteDag());
        List<Schoolvakantie> vakanties = em.createQuery(
                        "SELECT v FROM Schoolvakantie v WHERE v.totEnMet >= :vanaf", Schoolvakantie.class)
                .setParameter("vanaf", vanaf)
                .getResultList();
        Map<Long, Ritme> ritmes = new HashMap<>();
        for (Traject t : trajecten) {
            List<LocalDate> bordsessies = sessies.getOrDefault(t.getId(), List.of());
            ritmes.put(
                    t.getId(),
                    t.isDirectieteam()
                            ? Ritme.vanBordsessies(bordsessies, t.getGestartOp(), vandaag, vakanties)
                            : Ritme.van(
                                    bordsessies,
                                    bezoeken.getOrDefault(t.getId(), List.of()),
                                    rondes.getOrDefault(t.getId(), List.of()),
                                    t.getInschrijving().getAantalLeraren(),
                                    t.getGestartOp(),
                                    vandaag,
                                    vakanties));
        }
        return ritmes;
    }

    private Map<Long, List<LocalDate>> dagen(String jpql, List<Traject> trajecten, LocalDate vanaf) {
        Map<Long, List<LocalDate>> dagen = new HashMap<>();
        em.createQuery(jpql, Object[].class)
                .setParameter("t", trajecten)
                .setParameter("vanaf", vanaf)
                .getResultList()
                .forEach(r -> dagen.computeIfAbsent((Long) r[0], id -> new ArrayList<>())
                        .add((LocalDate) r[1]));
        return dagen;
    }

    /** One trajectory with its board, if the caller may see it. */
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
        List<Doel> doelen = em.createQuery(
                        "SELECT d FROM Doel d WHERE d.traject = :t ORDER BY d.status, d.deadline, d.id", Doel.class)
                .setParameter("t", traject)
                .setMaxResults(200)
                .getResultList();
        List<Actie> acties = em.createQuery(
                        "SELECT a FROM Actie a WHERE a.traject = :t"
                                + " ORDER BY CASE WHEN a.afgerondOp IS NULL THEN 0 ELSE 1 END, a.deadline, a.id",
                        Actie.class)
                .setParameter("t", traject)
                .setMaxResults(200)
                .getResultList();
        List<Succes> successen = em.createQuery(
                        "SELECT s FROM Succes s WHERE s.traject = :t ORDER BY s.datum DESC, s.id DESC", Succes.class)
                .setParameter("t", traject)
                .setMaxResults(20)
                .getResultList();
        List<Bordsessie> sessies = em.createQuery(
                        "SELECT b FROM Bordsessie b WHERE b.traject = :t ORDER BY b.datum DESC", Bordsessie.class)
                .setParameter("t", traject)
                .setMaxResults(RECENTE_SESSIES)
                .getResultList();
        Teamleden teamleden = Teamleden.van(em, traject);
        List<Lesbezoek> bezoeken = em.createQuery(
                        "SELECT l FROM Lesbezoek l WHERE l.traject = :t ORDER BY l.datum DESC, l.id DESC",
                        Lesbezoek.class)
                .setParameter("t", traject)
                .setMaxResults(100)
                .getResultList();
        List<Lesontwerp> ontwerpen = em.createQuery(
                        "SELECT o FROM Lesontwerp o LEFT JOIN FETCH o.vervolgbezoek WHERE o.traject = :t"
                                + " ORDER BY o.datum DESC, o.id DESC",
                        Lesontwerp.class)
                .setParameter("t", traject)
                .setMaxResults(50)
                .getResultList();
        List<StemVanDeLeerling> rondes = em.createQuery(
                        "SELECT s FROM StemVanDeLeerling s LEFT JOIN FETCH s.doel WHERE s.traject = :t"
                                + " ORDER BY s.datum DESC, s.id DESC",
                        StemVanDeLeerling.class)
                .setParameter("t", traject)
                .setMaxResults(50)
                .getResultList();
        List<Terugblik> terugblikken = em.createQuery(
                        "SELECT b FROM Terugblik b WHERE b.traject = :t ORDER BY b.datum DESC, b.id DESC",
                        Terugblik.class)
                .setParameter("t", traject)
                .setMaxResults(20)
                .getResultList();
        Instrumenten instrumenten = new Instrumenten(bezoeken, ontwerpen, rondes, terugblikken);
        return new TrajectView(
                traject,
                doelen,
                acties,
                successen,
                sessies,
                teamleden,
                instrumenten,
                ritmes(List.of(traject)).get(id),
                toegang.magFaseWisselen(traject),
                toegang.magBordBijwerken(traject),
                LocalDate.now(clock));
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
