package nl.leerkracht.service.inschrijving;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.leerkracht.domain.inschrijving.Factuur;
import nl.leerkracht.domain.inschrijving.Inschrijving;
import nl.leerkracht.domain.inschrijving.InschrijvingStatus;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.shared.Schooljaar;
import nl.leerkracht.service.account.AccountService;
import nl.leerkracht.service.account.Roles;
import nl.leerkracht.service.account.Scope;
import nl.leerkracht.service.platform.AccessDeniedException;
import nl.leerkracht.service.platform.NotFoundException;

/**
 * The enrolments each role may see (domain.md §4): the central team all, a bestuurder the board's
 * schools', a schoolleider the own school's; a page of the list, one enrolment with its history and
 * invoices. Another school's enrolment is refused, also by id.
 */
@Stateless
public class InschrijvingOverzichtService {

    private static final Map<String, String> SORTEERBAAR = Map.of(
            "schoolNaam",
            "s.naam",
            "brin",
            "s.brin.code",
            "eenheidNaam",
            "i.eenheidNaam",
            "sector",
            "i.sector",
            "startjaar",
            "i.startjaar",
            "aantalLeraren",
            "i.aantalLeraren",
            "status",
            "i.status",
            "aangevraagdOp",
            "i.aangevraagdOp");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @EJB
    private Scope scope;

    @Inject
    private Clock clock;

    /** One enrolment with its history and invoices, if the caller may see its school. */
    @RolesAllowed({Roles.CENTRAAL_TEAM, Roles.BESTUURDER, Roles.SCHOOLLEIDER})
    public InschrijvingView getDetail(long id) {
        Inschrijving inschrijving = em.find(Inschrijving.class, id);
        if (inschrijving == null) {
            throw new NotFoundException("No enrolment " + id);
        }
        if (!scope.schools().permits(inschrijving.getSchool())) {
            throw new AccessDeniedException(accounts.getCaller().getUsername() + " may not see enrolment " + id);
        }
        List<FactuurRow> facturen = em.createQuery(
                        "SELECT f FROM Factuur f WHERE f.inschrijving = :inschrijving ORDER BY f.nummer", Factuur.class)
                .setParameter("inschrijving", inschrijving)
                .getResultStream()
                .map(FactuurRow::new)
                .toList();
        return new InschrijvingView(inschrijving, facturen, LocalDate.now(clock));
    }

    /**
     * A page of the enrolments the caller may see.
     *
     * @param sortField one of the row's properties; unknown ones sort by request date
     */
    @RolesAllowed({Roles.CENTRAAL_TEAM, Roles.BESTUURDER, Roles.SCHOOLLEIDER})
    public List<InschrijvingRow> zoek(
            InschrijvingFilter filter, int first, int pageSize, String sortField, boolean ascending) {
        String order = SORTEERBAAR.getOrDefault(sortField == null ? "" : sortField, "i.aangevraagdOp");
        TypedQuery<InschrijvingRow> query = em.createQuery(
                "SELECT NEW nl.leerkracht.service.inschrijving.InschrijvingRow("
                        + "i.id, s.brin.code, s.naam, i.eenheidNaam, i.sector, i.startjaar, i.aantalLeraren, i.status,"
                        + " i.aanvrager.naam, i.aangevraagdOp) FROM Inschrijving i JOIN i.school s" + where(filter)
                        + " ORDER BY " + order + (ascending ? " ASC" : " DESC") + ", i.id DESC",
                InschrijvingRow.class);
        parameters(query, filter);
        return query.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, 500)))
                .getResultList();
    }

    @RolesAllowed({Roles.CENTRAAL_TEAM, Roles.BESTUURDER, Roles.SCHOOLLEIDER})
    public long tel(InschrijvingFilter filter) {
        TypedQuery<Long> query =
                em.createQuery("SELECT COUNT(i) FROM Inschrijving i JOIN i.school s" + where(filter), Long.class);
        parameters(query, filter);
        return query.getSingleResult();
    }

    private String where(InschrijvingFilter filter) {
        List<String> conditions = new ArrayList<>();
        conditions.add(scope.schoolFilter("s").jpql());
        if (filter.getStatus() != null) {
            conditions.add("i.status = :status");
        }
        if (filter.getStartjaar() != null) {
            conditions.add("i.startjaar = :startjaar");
        }
        if (filter.getSector() != null) {
            conditions.add("i.sector = :sector");
        }
        if (filter.getZoekterm() != null && !filter.getZoekterm().isBlank()) {
            conditions.add(
                    "(LOWER(s.naam) LIKE :zoek OR LOWER(i.eenheidNaam) LIKE :zoek OR LOWER(s.brin.code) LIKE :zoek)");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private void parameters(TypedQuery<?> query, InschrijvingFilter filter) {
        scope.schoolFilter("s").bind(query);
        if (filter.getStatus() != null) {
            query.setParameter("status", filter.getStatus());
        }
        if (filter.getStartjaar() != null) {
            query.setParameter("startjaar", filter.getStartjaar());
        }
        if (filter.getSector() != null) {
            query.setParameter("sector", filter.getSector());
        }
        if (filter.getZoekterm() != null && !filter.getZoekterm().isBlank()) {
            query.setParameter("zoek", nl.leerkracht.service.platform.Like.contains(filter.getZoekterm()));
        }
    }

    /** Every start year that has enrolments or tariffs, newest first, for filters. */
    @RolesAllowed({Roles.CENTRAAL_TEAM, Roles.BESTUURDER, Roles.SCHOOLLEIDER})
    public List<Schooljaar> bekendeStartjaren() {
        return em.createQuery("SELECT DISTINCT t.startjaar FROM Tarief t", Schooljaar.class)
                .getResultStream()
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
    }

    /** What the enrolment list is narrowed to; every field optional. */
    public static class InschrijvingFilter implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private InschrijvingStatus status;
        private Schooljaar startjaar;
        private Sector sector;
        private String zoekterm;

        public InschrijvingStatus getStatus() {
            return status;
        }

        public void setStatus(InschrijvingStatus status) {
            this.status = status;
        }

        public Schooljaar getStartjaar() {
            return startjaar;
        }

        public void setStartjaar(Schooljaar startjaar) {
            this.startjaar = startjaar;
        }

        public Sector getSector() {
            return sector;
        }

        public void setSector(Sector sector) {
            this.sector = sector;
        }

        public String getZoekterm() {
            return zoekterm;
        }

        public void setZoekterm(String zoekterm) {
            this.zoekterm = zoekterm;
        }
    }
}
