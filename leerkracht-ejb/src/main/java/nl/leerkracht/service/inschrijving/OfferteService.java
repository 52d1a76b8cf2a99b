package nl.leerkracht.service.inschrijving;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.inschrijving.Offerte;
import nl.leerkracht.domain.inschrijving.Tarief;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.shared.Schooljaar;
import nl.leerkracht.service.account.AccountService;
import nl.leerkracht.service.account.Roles;
import nl.leerkracht.service.platform.BusinessException;

/**
 * What the enrolment form shows before anything is sent (domain.md §4): the start years open today,
 * the fee quote, and the school that is enrolled, found by BRIN code or among the caller's own.
 */
@Stateless
public class OfferteService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @Inject
    private Clock clock;

    /**
     * The fee quote for a sector, start year and number of teachers, on that year's tariff.
     *
     * @throws BusinessException when there is no tariff for that year, or fewer than one teacher
     */
    @PermitAll
    public OfferteView offerte(Sector sector, Schooljaar startjaar, int leraren) {
        Schooljaar jaar = Startjaren.verplicht(startjaar, clock);
        if (leraren < 1 || leraren > School.MAX_LERAREN) {
            throw new BusinessException("inschrijving.fout.leraren", "teachers " + leraren);
        }
        Tarief tarief = Startjaren.tarief(em, sector, jaar);
        return new OfferteView(sector, jaar.toString(), Offerte.voor(tarief, leraren));
    }

    /** The start years a school can enrol for today: those with tariffs whose enrolment has not closed. */
    @PermitAll
    public List<Schooljaar> openStartjaren() {
        return Startjaren.open(em, LocalDate.now(clock));
    }

    /** A school by BRIN code, for the public form. */
    @PermitAll
    public Optional<InschrijfbareSchool> findSchoolByBrin(String brin) {
        if (brin == null || brin.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT s FROM School s WHERE s.brin.code = :brin", School.class)
                .setParameter("brin", brin.trim().toUpperCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .map(InschrijfbareSchool::new);
    }

    /** The schools the caller may enrol: the own school, or the board's schools. */
    @RolesAllowed({Roles.SCHOOLLEIDER, Roles.BESTUURDER})
    public List<InschrijfbareSchool> findEigenScholen() {
        Account caller = accounts.getCaller();
        if (caller.getRol() == Rol.SCHOOLLEIDER) {
            return List.of(new InschrijfbareSchool(
                    em.find(School.class, caller.getSchool().getId())));
        }
        return em.createQuery("SELECT s FROM School s WHERE s.bestuur = :bestuur ORDER BY s.naam", School.class)
                .setParameter("bestuur", caller.getBestuur())
                .getResultStream()
                .map(InschrijfbareSchool::new)
                .toList();
    }
}
