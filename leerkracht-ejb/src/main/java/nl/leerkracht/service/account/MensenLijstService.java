package nl.leerkracht.service.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.leerkracht.domain.account.AccountStatus;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.service.platform.Like;

/** The central team's list of everyone with an account: a page at a time, filtered and sorted per column. */
@Stateless
@RolesAllowed(Roles.CENTRAAL_TEAM)
public class MensenLijstService {

    /**
     * A row per membership: someone with two roles is listed twice, once per role and place. A page
     * is ordered by the chosen column and then the account, so the name order reads the name index
     * ({@code ix_account_naam}) and stops after one page; a person's roles follow in the order of
     * {@code ix_lidmaatschap_account}, the first given first.
     */
    private static final String VAN =
            " FROM Lidmaatschap l JOIN l.account a LEFT JOIN l.school s LEFT JOIN l.bestuur b";

    /** A person per membership, as a list row; also for one person's page ({@link MensenService#persoon}). */
    static final String ROW = "SELECT NEW nl.leerkracht.service.account.PersoonRow(a.id, a.naam, a.email,"
            + " a.username, l.rol, a.status, s.naam, b.naam, a.lastLogin)" + VAN;

    private static final Map<String, String> SORTEERBAAR = Map.of(
            "naam",
            "a.naam",
            "email",
            "a.email",
            "rol",
            "l.rol",
            "weergaveStatus",
            "a.status",
            "plek",
            "s.naam",
            "laatsteLogin",
            "a.lastLogin");

    @PersistenceContext
    private EntityManager em;

    /**
     * One page of people, filtered per column (name or e-mail address and school or board anywhere
     * in the text, role and status exactly) and sorted by one column.
     */
    public List<PersoonRow> zoek(
            Map<String, String> filters, int first, int pageSize, String sortField, boolean ascending) {
        String order = SORTEERBAAR.getOrDefault(sortField == null ? "" : sortField, "a.naam");
        TypedQuery<PersoonRow> query = em.createQuery(
                ROW + where(filters) + " ORDER BY " + order + (ascending ? " ASC" : " DESC") + ", a.id",
                PersoonRow.class);
        parameters(query, filters);
        return query.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, 1000)))
                .getResultList();
    }

    public long tel(Map<String, String> filters) {
        TypedQuery<Long> query = em.createQuery(
                "SELECT COUNT(l)" + (alleenRol(filters) ? " FROM Lidmaatschap l" : VAN) + where(filters), Long.class);
        parameters(query, filters);
        return query.getSingleResult();
    }

    /** Whether the filters ask nothing but the role, so counting needs no other table. */
    private static boolean alleenRol(Map<String, String> filters) {
        return !has(filters, "naam") && !has(filters, "plek") && status(filters) == null;
    }

    private static String where(Map<String, String> filters) {
        List<String> conditions = new ArrayList<>();
        if (has(filters, "naam")) {
            conditions.add("(LOWER(a.naam) LIKE :naam OR a.email LIKE :naam)");
        }
        if (has(filters, "plek")) {
            conditions.add("(LOWER(s.naam) LIKE :plek OR LOWER(b.naam) LIKE :plek)");
        }
        if (rol(filters) != null) {
            conditions.add("l.rol = :rol");
        }
        if (status(filters) != null) {
            conditions.add("a.status = :status");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void parameters(TypedQuery<?> query, Map<String, String> filters) {
        for (String field : List.of("naam", "plek")) {
            if (has(filters, field)) {
                query.setParameter(field, Like.contains(filters.get(field)));
            }
        }
        if (rol(filters) != null) {
            query.setParameter("rol", rol(filters));
        }
        if (status(filters) != null) {
            query.setParameter("status", status(filters));
        }
    }

    private static boolean has(Map<String, String> filters, String field) {
        return filters != null
                && filters.get(field) != null
                && !filters.get(field).isBlank();
    }

    private static Rol rol(Map<String, String> filters) {
        return has(filters, "rol") ? enumOrNull(Rol.class, filters.get("rol")) : null;
    }

    private static AccountStatus status(Map<String, String> filters) {
        return has(filters, "weergaveStatus") ? enumOrNull(AccountStatus.class, filters.get("weergaveStatus")) : null;
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
