package nl.leerkracht.service.traject;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
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
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.shared.Tijdzone;
import nl.leerkracht.domain.traject.Actie;
import nl.leerkracht.domain.traject.Bordsessie;
import nl.leerkracht.domain.traject.Doel;
import nl.leerkracht.domain.traject.Fase;
import nl.leerkracht.domain.traject.Succes;
import nl.leerkracht.domain.traject.Traject;
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.service.account.AccountService;
import nl.leerkracht.service.account.Roles;
import nl.leerkracht.service.platform.BusinessException;

/**
 * Reading trajectories within the caller's scope, and the Expertcoach's phase changes
 * (domain.md §3). A trajectory outside the caller's scope is refused (403), also by id.
 */
@Stateless
public class TrajectService {

    /** How many of the latest bordsessies a trajectory's page shows. */
    static final int RECENTE_SESSIES = 12;
    private static final Logger LOG = Logger.getLogger(TrajectService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccountService accounts;

    private final Clock clock = Clock.system(Tijdzone.NEDERLAND);

    /** The trajectories the caller may see, by school and unit, with their open actions and latest session. */
    @RolesAllowed({Roles.CENTRAAL_TEAM, Roles.EXPERTCOACH, Roles.BESTUURDER, Roles.SCHOOLLEIDER,
        Roles.SCHOOLCOACH, Roles.AANJAGER, Roles.LERAAR})
    public List<TrajectRegel> trajecten() {
        Account caller = accounts.getCaller();
        String select = "SELECT t FROM Traject t JOIN FETCH t.school s";
        String order = " ORDER BY s.naam, t.eenheidNaam";
        TypedQuery<Traject> query = switch (caller.getRol().getScope()) {
            case FOUNDATION -> em.createQuery(select + order, Traject.class);
            case CLUSTERS -> em.createQuery(select + " WHERE s IN (SELECT cs FROM Cluster c JOIN c.scholen cs"
                    + " JOIN c.expertcoaches e WHERE e = :caller)" + order, Traject.class).setParameter("caller", caller);
            case BESTUUR -> em.createQuery(select + " WHERE s.bestuur = :bestuur" + order, Traject.class)
                    .setParameter("bestuur", caller.getBestuur());
            case SCHOOL -> em.createQuery(select + " WHERE s = :school" + order, Traject.class)
                    .setParameter("school", caller.getSchool());
        };
        List<Traject> trajecten = query.getResultList();
        if (trajecten.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> openActies = new HashMap<>();
        em.createQuery("SELECT a.traject.id, COUNT(a) FROM Actie a WHERE a.traject IN :t AND a.afgerondOp IS NULL"
                        + " GROUP BY a.traject.id", Object[].class).setParameter("t", trajecten).getResultList()
                .forEach(r -> openActies.put((Long) r[0], ((Number) r[1]).longValue()));
        Map<Long, LocalDate> laatste = new HashMap<>();
        em.createQuery("SELECT b.traject.id, MAX(b.datum) FROM Bordsessie b WHERE b.traject IN :t GROUP BY b.traject.id",
                        Object[].class).setParameter("t", trajecten).getResultList()
                .forEach(r -> laatste.put((Long) r[0], (LocalDate) r[1]));
        return trajecten.stream()
                .map(t -> new TrajectRegel(t, openActies.getOrDefault(t.getId(), 0L), laatste.get(t.getId()))).toList();
    }

    /** One trajectory with its board, if the caller may see it. */
    @RolesAllowed({Roles.CENTRAAL_TEAM, Roles.EXPERTCOACH, Roles.BESTUURDER, Roles.SCHOOLLEIDER,
        Roles.SCHOOLCOACH, Roles.AANJAGER, Roles.LERAAR})
    public TrajectDetail get(long id) {
        TrajectToegang toegang = toegang();
        Traject traject = toegang.lees(id);
        List<Doel> doelen = em.createQuery("SELECT d FROM Doel d WHERE d.traject = :t ORDER BY d.status, d.deadline, d.id",
                Doel.class).setParameter("t", traject).getResultList();
        List<Actie> acties = em.createQuery("SELECT a FROM Actie a WHERE a.traject = :t"
                        + " ORDER BY CASE WHEN a.afgerondOp IS NULL THEN 0 ELSE 1 END, a.deadline, a.id", Actie.class)
                .setParameter("t", traject).setMaxResults(200).getResultList();
        List<Succes> successen = em.createQuery("SELECT s FROM Succes s WHERE s.traject = :t ORDER BY s.datum DESC, s.id DESC",
                Succes.class).setParameter("t", traject).setMaxResults(50).getResultList();
        List<Bordsessie> sessies = em.createQuery("SELECT b FROM Bordsessie b WHERE b.traject = :t ORDER BY b.datum DESC",
                Bordsessie.class).setParameter("t", traject).setMaxResults(RECENTE_SESSIES).getResultList();
        List<String> mensen = em.createQuery("SELECT a.naam FROM Account a WHERE a.school = :school AND a.rol IN :rollen"
                        + " ORDER BY a.naam", String.class).setParameter("school", traject.getSchool())
                .setParameter("rollen", List.of(Rol.SCHOOLLEIDER, Rol.SCHOOLCOACH, Rol.AANJAGER, Rol.LERAAR)).getResultList();
        return new TrajectDetail(traject, doelen, acties, successen, sessies, mensen, toegang.magFaseWisselen(traject),
                toegang.magBordBijwerken(traject), LocalDate.now(clock));
    }

    /**
     * The Expertcoach of the school's cluster moves the trajectory to the next phase, or back to an
     * earlier one with a reason, with a short evaluation either way.
     */
    @RolesAllowed(Roles.EXPERTCOACH)
    public void wisselFase(long id, Fase naar, String evaluatie, String reden) {
        Traject traject = toegang().voorFasewissel(id);
        Fase van = traject.getFase();
        try {
            traject.wisselFase(naar, evaluatie, reden, accounts.getCaller().getNaam(), Instant.now(clock));
        } catch (Regelfout fout) {
            throw new BusinessException(fout.getCode(), fout.getMessage());
        }
        LOG.info(() -> "Trajectory " + id + " moved from " + van + " to " + naar);
    }

    private TrajectToegang toegang() {
        return new TrajectToegang(em, accounts.getCaller());
    }
}
