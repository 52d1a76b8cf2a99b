package nl.leerkracht.service.traject;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.shared.Tijdzone;
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.domain.traject.Actie;
import nl.leerkracht.domain.traject.Bordsessie;
import nl.leerkracht.domain.traject.Doel;
import nl.leerkracht.domain.traject.DoelStatus;
import nl.leerkracht.domain.traject.Succes;
import nl.leerkracht.domain.traject.Traject;
import nl.leerkracht.service.account.AccountService;
import nl.leerkracht.service.account.Roles;
import nl.leerkracht.service.platform.BusinessException;

/**
 * The team's board, kept by the people of the school: ambition, goals, actions, successes, and
 * the weekly bordsessie. Only the school's own schoolleider, schoolcoach, aanjagers and teachers
 * change it; a goal or action of another board is refused as such, so an id from elsewhere
 * changes nothing.
 */
@Stateless
@RolesAllowed({Roles.SCHOOLLEIDER, Roles.SCHOOLCOACH, Roles.AANJAGER, Roles.LERAAR})
public class TeambordService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccountService accounts;

    private final Clock clock = Clock.system(Tijdzone.NEDERLAND);

    public void stelAmbitieVast(long trajectId, String ambitie) {
        Traject traject = bord(trajectId);
        regel(() -> {
            traject.stelAmbitieVast(ambitie);
            return null;
        });
    }

    public void voegDoelToe(long trajectId, @NotNull DoelInvoer invoer) {
        Traject traject = bord(trajectId);
        em.persist(regel(() -> new Doel(traject, invoer.getOmschrijving(), invoer.getEigenaar(), invoer.getStreefwaarde(),
                invoer.getDeadline(), vandaag())));
    }

    public void zetDoelStatus(long trajectId, long doelId, DoelStatus status) {
        Traject traject = bord(trajectId);
        Doel doel = vanBord(em.find(Doel.class, doelId, LockModeType.PESSIMISTIC_WRITE), traject);
        regel(() -> {
            doel.zetStatus(status);
            return null;
        });
    }

    public void voegActieToe(long trajectId, @NotNull ActieInvoer invoer) {
        Traject traject = bord(trajectId);
        em.persist(actie(traject, invoer));
    }

    public void rondActieAf(long trajectId, long actieId) {
        Traject traject = bord(trajectId);
        vanBord(em.find(Actie.class, actieId, LockModeType.PESSIMISTIC_WRITE), traject).rondAf(vandaag());
    }

    public void voegSuccesToe(long trajectId, String omschrijving) {
        Traject traject = bord(trajectId);
        String door = accounts.getCaller().getNaam();
        em.persist(regel(() -> new Succes(traject, omschrijving, door, vandaag())));
    }

    /**
     * Logs a bordsessie: who was there (people of the school only), the goals reviewed, the actions
     * done and the new ones. One per team per day: a second for the same day is refused.
     */
    public void logBordsessie(long trajectId, @NotNull BordsessieInvoer invoer) {
        Traject traject = em.find(Traject.class, bord(trajectId).getId(), LockModeType.PESSIMISTIC_WRITE);
        LocalDate vandaag = vandaag();
        if (invoer.getDatum() != null && !em.createQuery("SELECT b.id FROM Bordsessie b WHERE b.traject = :t AND b.datum = :d",
                Long.class).setParameter("t", traject).setParameter("d", invoer.getDatum()).getResultList().isEmpty()) {
            throw new BusinessException("bordsessie.fout.dubbel", "session on " + invoer.getDatum(), invoer.getDatum());
        }
        Set<String> mensen = new HashSet<>(em.createQuery("SELECT a.naam FROM Account a WHERE a.school = :school"
                        + " AND a.rol IN :rollen", String.class).setParameter("school", traject.getSchool())
                .setParameter("rollen", List.of(Rol.SCHOOLLEIDER, Rol.SCHOOLCOACH, Rol.AANJAGER, Rol.LERAAR)).getResultList());
        if (!mensen.containsAll(invoer.getAanwezigen())) {
            throw new BusinessException("bordsessie.fout.onbekend", "attendee not of the school");
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
        for (ActieInvoer actie : invoer.getNieuweActies()) {
            if (!actie.isLeeg()) {
                nieuw.add(actie(traject, actie));
            }
        }
        String door = accounts.getCaller().getNaam();
        Bordsessie sessie = regel(() -> Bordsessie.log(traject, invoer.getDatum(), vandaag, invoer.getAanwezigen(), doelen,
                afgerond, nieuw, invoer.getNotitie(), door, Instant.now(clock)));
        em.persist(sessie);
        nieuw.forEach(em::persist);
    }

    private Traject bord(long trajectId) {
        return new TrajectToegang(em, accounts.getCaller()).voorBord(trajectId);
    }

    /** A goal or action of this board; anything else (unknown, or another board's) is refused as such. */
    private static <T> T vanBord(T item, Traject traject) {
        Traject eigen = item instanceof Doel d ? d.getTraject() : item instanceof Actie a ? a.getTraject() : null;
        if (eigen == null || !eigen.equals(traject)) {
            throw new BusinessException("teambord.fout.anderBord", "item not on board " + traject.getId());
        }
        return item;
    }

    private Actie actie(Traject traject, ActieInvoer invoer) {
        return regel(() -> new Actie(traject, invoer.getOmschrijving(), invoer.getEigenaar(), invoer.getDeadline(), vandaag()));
    }

    private LocalDate vandaag() {
        return LocalDate.now(clock);
    }

    private static <T> T regel(Supplier<T> actie) {
        try {
            return actie.get();
        } catch (Regelfout fout) {
            throw new BusinessException(fout.getCode(), fout.getMessage());
        }
    }
}
