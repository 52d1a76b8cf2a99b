package nl.leerkracht.service.traject;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.traject.Actie;
import nl.leerkracht.domain.traject.Bordsessie;
import nl.leerkracht.domain.traject.Doel;
import nl.leerkracht.domain.traject.DoelStatus;
import nl.leerkracht.domain.traject.Lesbezoek;
import nl.leerkracht.domain.traject.Lesontwerp;
import nl.leerkracht.domain.traject.StemVanDeLeerling;
import nl.leerkracht.domain.traject.Succes;
import nl.leerkracht.domain.traject.Terugblik;
import nl.leerkracht.domain.traject.Traject;
import nl.leerkracht.service.account.AccountService;
import nl.leerkracht.service.account.Roles;
import nl.leerkracht.service.account.Scope;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.ConflictException;

/**
 * The team's board, kept by the people of its team (a school's, or a directieteam's bestuurders
 * and schoolleiders; see {@link TrajectToegang}): ambition, goals, actions, successes, the
 * weekly bordsessie, and the other instruments (lesbezoek, lesontwerp, stem van de leerling) with
 * the team's look-back (a directieteam's board has no lesson instruments). Only the team's own
 * people change it; a goal or action of another board is refused as such, so an id from elsewhere
 * changes nothing.
 */
@Stateless
@RolesAllowed({Roles.BESTUURDER, Roles.SCHOOLLEIDER, Roles.SCHOOLCOACH, Roles.AANJAGER, Roles.LERAAR})
public class TeambordService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @EJB
    private Scope scope;

    @Inject
    private Clock clock;

    public void stelAmbitieVast(long trajectId, String ambitie) {
        Traject traject = bord(trajectId);
        BusinessException.bijRegel(() -> traject.stelAmbitieVast(ambitie));
    }

    public void voegDoelToe(long trajectId, @NotNull DoelForm invoer) {
        Traject traject = bord(trajectId);
        Account eigenaar = persoon(invoer.getEigenaar());
        em.persist(BusinessException.bijRegel(() -> new Doel(
                traject,
                invoer.getOmschrijving(),
                eigenaar,
                invoer.getStreefwaarde(),
                invoer.getDeadline(),
                vandaag())));
    }

    public void zetDoelStatus(long trajectId, long doelId, DoelStatus status) {
        Traject traject = bord(trajectId);
        Doel doel = vanBord(em.find(Doel.class, doelId, LockModeType.PESSIMISTIC_WRITE), traject);
        BusinessException.bijRegel(() -> doel.zetStatus(status));
    }

    public void voegActieToe(long trajectId, @NotNull ActieForm invoer) {
        Traject traject = bord(trajectId);
        em.persist(actie(traject, invoer));
    }

    public void rondActieAf(long trajectId, long actieId) {
        Traject traject = bord(trajectId);
        vanBord(em.find(Actie.class, actieId, LockModeType.PESSIMISTIC_WRITE), traject)
                .rondAf(vandaag());
    }

    public void voegSuccesToe(long trajectId, String omschrijving) {
        Traject traject = bord(trajectId);
        String door = accounts.getCaller().getNaam();
        em.persist(BusinessException.bijRegel(() -> new Succes(traject, omschrijving, door, vandaag())));
    }

    /**
     * Logs a bordsessie: who was there (people of the school only), the goals reviewed, the actions
     * done and the new ones. One per team per day: a second for the same day is refused.
     */
    public void logBordsessie(long trajectId, @NotNull BordsessieForm invoer) {
        Traject traject = em.find(Traject.class, bord(trajectId).getId(), LockModeType.PESSIMISTIC_WRITE);
        LocalDate vandaag = vandaag();
        if (invoer.getDatum() != null
                && !em.createQuery("SELECT b.id FROM Bordsessie b WHERE b.traject = :t AND b.datum = :d", Long.class)
                        .setParameter("t", traject)
                        .setParameter("d", invoer.getDatum())
                        .getResultList()
                        .isEmpty()) {
            throw new ConflictException("bordsessie.fout.dubbel", "session on " + invoer.getDatum(), invoer.getDatum());
        }
        List<Account> aanwezigen = new ArrayList<>();
        for (Long id : invoer.getAanwezigen()) {
            aanwezigen.add(persoon(id));
        }
        List<Doel> doelen = new ArrayList<>();
        for (Long id : invoer.getDoelen()) {
            doelen.add(vanBord(em.find(Doel.class, id), traject));
        }
        List<Actie> afgerond = new ArrayList<>();
        for (Long id : invoer.getAfgerond()) {
            afgerond.add(vanBord(em.find(Actie.class, id, LockModeType.PESSIMISTIC_WRITE), traject));
        }
        List<Actie> nieuw = new ArrayList<>();
        for (ActieForm actie : invoer.getNieuweActies()) {
            if (!actie.isLeeg()) {
                nieuw.add(actie(traject, actie));
            }
        }
        String door = accounts.getCaller().getNaam();
        Bordsessie sessie = BusinessException.bijRegel(() -> Bordsessie.log(
                traject,
                invoer.getDatum(),
                vandaag,
                aanwezigen,
                doelen,
                afgerond,
                nieuw,
                invoer.getNotitie(),
                door,
                Instant.now(clock)));
        em.persist(sessie);
        nieuw.forEach(em::persist);
    }

    /** Plans a lesson visit: who visits whom (people of the school), on which day, with which focus. */
    public void planLesbezoek(long trajectId, @NotNull LesbezoekForm invoer) {
        Traject traject = bord(trajectId);
        Account bezoeker = persoon(invoer.getBezoeker());
        Account bezochte = persoon(invoer.getBezochte());
        em.persist(BusinessException.bijRegel(
                () -> Lesbezoek.plan(traject, bezoeker, bezochte, invoer.getDatum(), invoer.getFocus(), vandaag())));
    }

    /** Records a planned visit as held, with the feedback given. */
    public void legLesbezoekVast(long trajectId, long bezoekId, String feedback) {
        Traject traject = bord(trajectId);
        Lesbezoek bezoek = vanBord(em.find(Lesbezoek.class, bezoekId, LockModeType.PESSIMISTIC_WRITE), traject);
        BusinessException.bijRegel(() -> bezoek.legVast(feedback, vandaag()));
    }

    /** Records a lesson designed together, with the visit that follows it up when one is chosen. */
    public void voegLesontwerpToe(long trajectId, @NotNull LesontwerpForm invoer) {
        Traject traject = bord(trajectId);
        Lesontwerp ontwerp = BusinessException.bijRegel(() -> new Lesontwerp(
                traject, invoer.getTitel(), invoer.getOntwerpers(), invoer.getLesdoel(), invoer.getDatum(), vandaag()));
        if (invoer.getVervolgbezoek() != null) {
            Lesbezoek bezoek = vanBord(em.find(Lesbezoek.class, invoer.getVervolgbezoek()), traject);
            BusinessException.bijRegel(() -> ontwerp.koppelVervolgbezoek(bezoek));
            if (!em.createQuery("SELECT o.id FROM Lesontwerp o WHERE o.vervolgbezoek = :b", Long.class)
                    .setParameter("b", bezoek)
                    .getResultList()
                    .isEmpty()) {
                throw new BusinessException(
                        "lesontwerp.fout.alGekoppeld", "visit " + bezoek.getId() + " already follows up a design");
            }
        }
        em.persist(ontwerp);
    }

    /** Records a student-voice round and what came out of it, feeding a goal of this board if one is chosen. */
    public void voegStemToe(long trajectId, @NotNull StemForm invoer) {
        Traject traject = bord(trajectId);
        Doel doel = invoer.getDoel() == null ? null : vanBord(em.find(Doel.class, invoer.getDoel()), traject);
        em.persist(BusinessException.bijRegel(() -> new StemVanDeLeerling(
                traject,
                invoer.getDatum(),
                invoer.getGroep(),
                invoer.getVraag(),
                invoer.getUitkomst(),
                doel,
                vandaag())));
    }

    /** Records the team's look-back: on track or not, and why. */
    public void voegTerugblikToe(long trajectId, @NotNull TerugblikForm invoer) {
        Traject traject = bord(trajectId);
        String door = accounts.getCaller().getNaam();
        em.persist(BusinessException.bijRegel(() -> new Terugblik(
                traject, invoer.getDatum(), invoer.getOpKoers(), invoer.getToelichting(), door, vandaag())));
    }

    /**
     * The chosen person, or {@code null} when nobody was chosen (the domain names what is missing).
     * Whether they are of this team is the domain's rule ({@link nl.leerkracht.domain.traject.Teamlid});
     * an unknown id is refused the same way, so an id tells nothing about other schools.
     */
    private Account persoon(Long accountId) {
        if (accountId == null) {
            return null;
        }
        Account persoon = em.find(Account.class, accountId);
        if (persoon == null) {
            throw new BusinessException("teambord.fout.geenTeamlid", "no account " + accountId);
        }
        return persoon;
    }

    private Traject bord(long trajectId) {
        return new TrajectToegang(em, accounts.getCaller(), scope).voorBord(trajectId);
    }

    /** A goal or action of this board; anything else (unknown, or another board's) is refused as such. */
    private static <T> T vanBord(T item, Traject traject) {
        Traject eigen = item instanceof Doel d
                ? d.getTraject()
                : item instanceof Actie a ? a.getTraject() : item instanceof Lesbezoek b ? b.getTraject() : null;
        if (eigen == null || !eigen.equals(traject)) {
            throw new BusinessException("teambord.fout.anderBord", "item not on board " + traject.getId());
        }
        return item;
    }

    private Actie actie(Traject traject, ActieForm invoer) {
        Account eigenaar = persoon(invoer.getEigenaar());
        return BusinessException.bijRegel(
                () -> new Actie(traject, invoer.getOmschrijving(), eigenaar, invoer.getDeadline(), vandaag()));
    }

    private LocalDate vandaag() {
        return LocalDate.now(clock);
    }
}
