package nl.leerkracht.service.traject;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.leerkracht.domain.traject.Actie;
import nl.leerkracht.domain.traject.Bordsessie;
import nl.leerkracht.domain.traject.Doel;
import nl.leerkracht.domain.traject.Lesbezoek;
import nl.leerkracht.domain.traject.Lesontwerp;
import nl.leerkracht.domain.traject.StemVanDeLeerling;
import nl.leerkracht.domain.traject.Succes;
import nl.leerkracht.domain.traject.Terugblik;
import nl.leerkracht.domain.traject.Traject;
import nl.leerkracht.service.account.AccountService;
import nl.leerkracht.service.account.Roles;
import nl.leerkracht.service.account.Scope;

/**
 * The tabs of a trajectory's page, each read on its own, so a change on the board reloads the board
 * and not the whole page: the team board ({@link #bord}) and the other instruments with the
 * look-back ({@link #instrumenten}). Whoever may see the trajectory reads them (403 otherwise, also
 * by id).
 */
@Stateless
@RolesAllowed({
    Roles.CENTRAAL_TEAM,
    Roles.EXPERTCOACH,
    Roles.BESTUURDER,
    Roles.SCHOOLLEIDER,
    Roles.SCHOOLCOACH,
    Roles.AANJAGER,
    Roles.LERAAR
})
public class TrajectTabService {

    /** How many of the latest bordsessies a trajectory's page shows. */
    static final int RECENTE_SESSIES = 12;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @EJB
    private Scope scope;

    @Inject
    private Clock clock;

    /** The team board: ambition, goals, actions, the latest successes and bordsessies. */
    public BordView bord(long id) {
        Traject traject = new TrajectToegang(em, accounts.getCaller(), scope).lees(id);
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
                // Who was there and what was discussed, for all sessions in a query each, not two per session.
                .setHint("eclipselink.batch", "b.aanwezigen")
                .setHint("eclipselink.batch", "b.besprokenDoelen")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
        return new BordView(
                traject, doelen, acties, successen, sessies, Teamleden.van(em, traject), LocalDate.now(clock));
    }

    /** Lesson visits, lesson designs, student-voice rounds and look-backs. */
    public InstrumentenView instrumenten(long id) {
        Traject traject = new TrajectToegang(em, accounts.getCaller(), scope).lees(id);
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
        return new InstrumentenView(bezoeken, ontwerpen, rondes, terugblikken, Teamleden.van(em, traject));
    }
}
