package nl.leerkracht.service.inschrijving;

import static nl.leerkracht.service.platform.BusinessException.bijRegel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.leerkracht.domain.inschrijving.Factuur;
import nl.leerkracht.domain.inschrijving.Inschrijving;
import nl.leerkracht.domain.inschrijving.InschrijvingStatus;
import nl.leerkracht.domain.shared.Schooljaar;
import nl.leerkracht.domain.shared.Tijdzone;
import nl.leerkracht.service.account.AccountService;
import nl.leerkracht.service.account.Roles;
import nl.leerkracht.service.account.Scope;
import nl.leerkracht.service.platform.AccessDeniedException;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.Constraints;
import nl.leerkracht.service.platform.NotFoundException;

/**
 * Invoices (domain.md §4): per enrolment and programme year, made by the central team for a chosen
 * school year, numbered without gaps, never changed once issued (a correction is a credit invoice).
 * A bestuurder sees the invoices of the board's schools, a schoolleider the own school's.
 */
@Stateless
public class FactuurService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @EJB
    private Scope scope;

    @EJB
    private Factuurnummers nummers;

    @Inject
    private Clock clock;

    /**
     * What the central team can invoice for a school year: year 1 of the enrolments that start in it
     * and year 2 of those that started the year before, once approved and not yet invoiced. PO's year 2
     * waits until the follow-up is agreed.
     */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public Werkvoorraad teFactureren(Schooljaar schooljaar) {
        Schooljaar jaar = Startjaren.verplicht(schooljaar, clock);
        Set<String> open = new HashSet<>(em.createQuery(
                        "SELECT f.openSleutel FROM Factuur f WHERE f.openSleutel IS NOT NULL AND f.schooljaar = :jaar",
                        String.class)
                .setParameter("jaar", jaar)
                .getResultList());
        List<Inschrijving> kandidaten = em.createQuery(
                        "SELECT i FROM Inschrijving i WHERE i.status IN :statussen"
                                + " AND (i.startjaar = :jaar OR i.startjaar = :vorig) ORDER BY i.id",
                        Inschrijving.class)
                .setParameter(
                        "statussen",
                        List.of(
                                InschrijvingStatus.GOEDGEKEURD,
                                InschrijvingStatus.ACTIEF,
                                InschrijvingStatus.AFGEROND,
                                InschrijvingStatus.GESTOPT))
                .setParameter("jaar", jaar)
                .setParameter("vorig", new Schooljaar(jaar.startJaar() - 1))
                .getResultList();
        List<Werkvoorraad.Item> items = new ArrayList<>();
        int wachtOpVervolg = 0;
        for (Inschrijving inschrijving : kandidaten) {
            int programmajaar = inschrijving.getStartjaar().equals(jaar) ? 1 : 2;
            if (programmajaar == 2
                    && inschrijving.getStatus() == InschrijvingStatus.GESTOPT
                    && !stoppedAfterYearOne(inschrijving)) {
                continue;
            }
            if (open.contains(Factuur.openSleutel(inschrijving, programmajaar))) {
                continue;
            }
            if (inschrijving.tariefVoorJaar(programmajaar) == null) {
                wachtOpVervolg++;
                continue;
            }
            items.add(new Werkvoorraad.Item(inschrijving.getId(), programmajaar));
        }
        return new Werkvoorraad(jaar.toString(), items, wachtOpVervolg);
    }

    /** A trajectory stopped before its second school year began is not billed for year 2. */
    private static boolean stoppedAfterYearOne(Inschrijving inschrijving) {
        LocalDate jaar2 = inschrijving.getStartjaar().volgende().getTrajectStart();
        return inschrijving.getHistorie().stream()
                .anyMatch(s -> s.getNaar() == InschrijvingStatus.GESTOPT
                        && !s.getOp().atZone(Tijdzone.NEDERLAND).toLocalDate().isBefore(jaar2));
    }

    /**
     * Issues the invoice for one programme year of an enrolment, with the next number of this
     * calendar year's series.
     *
     * @return the invoice number
     * @throws BusinessException when the year is already invoiced, or the enrolment cannot be invoiced
     */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public String factureer(long inschrijvingId, int programmajaar) {
        if (programmajaar != 1 && programmajaar != 2) {
            throw new BusinessException("factuur.fout.programmajaar", "year " + programmajaar);
        }
        LocalDate vandaag = LocalDate.now(clock);
        zorgVoorReeks(vandaag.getYear());
        String nummer = nummers.volgende(vandaag.getYear());
        Inschrijving inschrijving = em.find(Inschrijving.class, inschrijvingId, LockModeType.PESSIMISTIC_WRITE);
        if (inschrijving == null) {
            throw new NotFoundException("No enrolment " + inschrijvingId);
        }
        boolean alGefactureerd = !em.createQuery(
                        "SELECT f.id FROM Factuur f WHERE f.openSleutel = :sleutel", Long.class)
                .setParameter("sleutel", Factuur.openSleutel(inschrijving, programmajaar))
                .getResultList()
                .isEmpty();
        if (alGefactureerd) {
            throw new BusinessException("factuur.fout.alGefactureerd", "already invoiced", programmajaar);
        }
        try {
            return bijRegel(() -> {
                Factuur factuur = Factuur.voor(inschrijving, programmajaar, nummer, vandaag);
                em.persist(factuur);
                em.flush();
                return nummer;
            });
        } catch (PersistenceException e) {
            if (Constraints.isViolation(e)) {
                throw new BusinessException("factuur.fout.alGefactureerd", e.getMessage(), programmajaar);
            }
            throw e;
        }
    }

    /**
     * Corrects an invoice with a credit invoice for the opposite amount; the year can then be
     * invoiced anew.
     *
     * @return the credit invoice's number
     */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public String crediteer(long factuurId, String reden) {
        LocalDate vandaag = LocalDate.now(clock);
        zorgVoorReeks(vandaag.getYear());
        String nummer = nummers.volgende(vandaag.getYear());
        Factuur factuur = em.find(Factuur.class, factuurId, LockModeType.PESSIMISTIC_WRITE);
        if (factuur == null) {
            throw new NotFoundException("No invoice " + factuurId);
        }
        return bijRegel(() -> {
            Factuur credit = factuur.crediteer(nummer, vandaag, reden);
            em.persist(credit);
            em.flush();
            return nummer;
        });
    }

    private void zorgVoorReeks(int jaar) {
        try {
            nummers.maakReeks(jaar);
        } catch (EJBException | PersistenceException raced) {
            // Another transaction created the series at the same moment; it exists now.
        }
    }

    /** One invoice, if the caller may see its school. */
    @RolesAllowed({Roles.CENTRAAL_TEAM, Roles.BESTUURDER, Roles.SCHOOLLEIDER})
    public FactuurRow getFactuur(long id) {
        Factuur factuur = em.find(Factuur.class, id);
        if (factuur == null) {
            throw new NotFoundException("No invoice " + id);
        }
        if (!scope.schools().permits(factuur.getInschrijving().getSchool())) {
            throw new AccessDeniedException(accounts.getCaller().getUsername() + " may not see invoice " + id);
        }
        return new FactuurRow(factuur);
    }

    /** The invoices of a school year the caller may see, by number; all school years when null. */
    @RolesAllowed({Roles.CENTRAAL_TEAM, Roles.BESTUURDER, Roles.SCHOOLLEIDER})
    public List<FactuurRow> zoek(Schooljaar schooljaar) {
        Scope.Voorwaarde inScope = scope.schoolFilter("s");
        StringBuilder jpql = new StringBuilder("SELECT f FROM Factuur f JOIN f.inschrijving i JOIN i.school s WHERE ")
                .append(inScope.jpql());
        if (schooljaar != null) {
            jpql.append(" AND f.schooljaar = :jaar");
        }
        TypedQuery<Factuur> query = inScope.bind(em.createQuery(jpql + " ORDER BY f.nummer", Factuur.class));
        if (schooljaar != null) {
            query.setParameter("jaar", schooljaar);
        }
        return query.setHint("eclipselink.batch", "f.crediteert")
                .getResultStream()
                .map(FactuurRow::new)
                .toList();
    }
}
