package nl.leerkracht.service.school;

import static nl.leerkracht.service.platform.BusinessException.bijRegel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.leerkracht.domain.school.Bestuur;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.SchoolGegevens;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.service.account.Roles;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.Constraints;
import nl.leerkracht.service.platform.Like;
import nl.leerkracht.service.platform.NotFoundException;

/**
 * The school register as the central team keeps it: one page of it at a time, filtered and sorted
 * in the database, and a school added or corrected (a BRIN code belongs to one school).
 */
@Stateless
public class SchoolRegisterService {

    private static final String ROW = "SELECT NEW nl.leerkracht.service.school.SchoolRow("
            + "s.id, s.brin.code, s.naam, s.sector, s.adres.plaats, b.naam, s.aantalLeraren) FROM School s JOIN s.bestuur b";

    @PersistenceContext
    private EntityManager em;

    /** Sortable columns of the register and their JPQL path; anything else sorts by name. */
    private static final Map<String, String> SORTEERBAAR = Map.of(
            "brin",
            "s.brin.code",
            "naam",
            "s.naam",
            "sector",
            "s.sector",
            "plaats",
            "s.adres.plaats",
            "bestuurNaam",
            "b.naam",
            "aantalLeraren",
            "s.aantalLeraren");

    /**
     * One page of the register for the central team, filtered per column (BRIN from the start, name,
     * place and board anywhere in the text, sector exactly) and sorted by one column.
     */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public List<SchoolRow> zoek(
            Map<String, String> filters, int first, int pageSize, String sortField, boolean ascending) {
        String order = SORTEERBAAR.getOrDefault(sortField == null ? "" : sortField, "s.naam");
        TypedQuery<SchoolRow> query = em.createQuery(
                ROW + where(filters) + " ORDER BY " + order + (ascending ? " ASC" : " DESC") + ", s.id",
                SchoolRow.class);
        parameters(query, filters);
        return query.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, 10_000)))
                .getResultList();
    }

    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public long tel(Map<String, String> filters) {
        TypedQuery<Long> query =
                em.createQuery("SELECT COUNT(s) FROM School s JOIN s.bestuur b" + where(filters), Long.class);
        parameters(query, filters);
        return query.getSingleResult();
    }

    private static String where(Map<String, String> filters) {
        List<String> conditions = new ArrayList<>();
        if (has(filters, "brin")) {
            conditions.add("s.brin.code LIKE :brin");
        }
        if (has(filters, "naam")) {
            conditions.add("LOWER(s.naam) LIKE :naam");
        }
        if (has(filters, "plaats")) {
            conditions.add("LOWER(s.adres.plaats) LIKE :plaats");
        }
        if (has(filters, "bestuurNaam")) {
            conditions.add("LOWER(b.naam) LIKE :bestuurNaam");
        }
        if (sectorFilter(filters) != null) {
            conditions.add("s.sector = :sector");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void parameters(TypedQuery<?> query, Map<String, String> filters) {
        if (has(filters, "brin")) {
            query.setParameter("brin", Like.startsWithUpper(filters.get("brin")));
        }
        for (String field : List.of("naam", "plaats", "bestuurNaam")) {
            if (has(filters, field)) {
                query.setParameter(field, Like.contains(filters.get(field)));
            }
        }
        Sector sector = sectorFilter(filters);
        if (sector != null) {
            query.setParameter("sector", sector);
        }
    }

    private static boolean has(Map<String, String> filters, String field) {
        return filters != null
                && filters.get(field) != null
                && !filters.get(field).isBlank();
    }

    private static Sector sectorFilter(Map<String, String> filters) {
        if (!has(filters, "sector")) {
            return null;
        }
        try {
            return Sector.valueOf(filters.get("sector").trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A school as the register's dialog edits it. */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public SchoolForm getInvoer(long id) {
        School school = em.find(School.class, id);
        if (school == null) {
            throw new NotFoundException("No school " + id);
        }
        return SchoolForm.van(school);
    }

    /**
     * Adds a school to the register or corrects one; a BRIN code is used by one school only.
     *
     * @return the school's id
     */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public long bewaar(SchoolForm invoer) {
        try {
            return bijRegel(() -> {
                SchoolGegevens gegevens = SchoolGegevens.van(
                        invoer.getBrin(),
                        invoer.getNaam(),
                        invoer.getSector(),
                        invoer.getStraat(),
                        invoer.getHuisnummer(),
                        invoer.getPostcode(),
                        invoer.getPlaats(),
                        invoer.getLatitude(),
                        invoer.getLongitude(),
                        invoer.getAantalLeraren());
                Bestuur bestuur = invoer.getBestuurId() == null ? null : em.find(Bestuur.class, invoer.getBestuurId());
                if (bestuur == null) {
                    throw new BusinessException("school.fout.bestuur", "no board " + invoer.getBestuurId());
                }
                List<Long> zelfdeBrin = em.createQuery(
                                "SELECT s.id FROM School s WHERE s.brin.code = :brin", Long.class)
                        .setParameter("brin", gegevens.getBrin().getCode())
                        .getResultList();
                if (zelfdeBrin.stream().anyMatch(id -> !id.equals(invoer.getId()))) {
                    throw new BusinessException(
                            "school.fout.brinBestaat",
                            "BRIN taken",
                            gegevens.getBrin().getCode());
                }
                School school;
                if (invoer.getId() == null) {
                    school = School.van(gegevens, bestuur);
                    em.persist(school);
                } else {
                    school = em.find(School.class, invoer.getId(), LockModeType.OPTIMISTIC);
                    if (school == null) {
                        throw new NotFoundException("No school " + invoer.getId());
                    }
                    school.wijzig(gegevens, bestuur);
                }
                em.flush();
                return school.getId();
            });
        } catch (PersistenceException e) {
            if (Constraints.isViolation(e)) {
                throw new BusinessException("school.fout.brinBestaat", e.getMessage(), invoer.getBrin());
            }
            throw e;
        }
    }
}
