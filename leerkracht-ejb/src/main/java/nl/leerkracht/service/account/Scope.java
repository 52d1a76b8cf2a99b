package nl.leerkracht.service.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.account.SchoolAccess;
import nl.leerkracht.domain.school.Bestuur;

/**
 * Who may see what (domain.md §1): the central team everything; a bestuurder the board's schools;
 * an Expertcoach the schools of the clusters they guide; the school roles their own school; the
 * director and the chair of the Raad van Toezicht no school data. The one place where this rule is
 * written: services ask it for one school ({@link #schools()}), for a list ({@link #schoolFilter}),
 * for boards ({@link #bestuurFilter}, {@link #permitsBestuur}) and for clusters ({@link #clusterIds}).
 */
@Stateless
@PermitAll // it answers for the caller only; the services that ask check the roles themselves
public class Scope {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccountService accounts;

    /** A JPQL condition that keeps what is in the caller's scope, with its parameters. */
    public static final class Voorwaarde {
        private static final Voorwaarde ALLES = new Voorwaarde("1 = 1", Map.of());
        private static final Voorwaarde NIETS = new Voorwaarde("1 = 0", Map.of());
        private final String jpql;
        private final Map<String, Object> parameters;

        private Voorwaarde(String jpql, Map<String, Object> parameters) {
            this.jpql = jpql;
            this.parameters = parameters;
        }

        /** The condition, to put after WHERE or AND. */
        public String jpql() {
            return jpql;
        }

        /** Whether nothing is in scope, so the query need not run. */
        public boolean isNiets() {
            return this == NIETS;
        }

        /** Sets the condition's parameters on the query. */
        public <Q extends Query> Q bind(Q query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }

    /** The caller's access to single schools. */
    public SchoolAccess schools() {
        Account caller = accounts.getCaller();
        return SchoolAccess.of(caller, clusterSchoolIds(em, caller));
    }

    /** The caller's schools, as a condition on the School alias {@code s} of a query. */
    public Voorwaarde schoolFilter(String s) {
        Account caller = accounts.getCaller();
        return switch (caller.getRol()) {
            case CENTRAAL_TEAM -> Voorwaarde.ALLES;
            case DIRECTEUR, RVT_VOORZITTER -> Voorwaarde.NIETS;
            case EXPERTCOACH ->
                new Voorwaarde(
                        s + " IN (SELECT scope_s FROM Cluster scope_c JOIN scope_c.scholen scope_s"
                                + " JOIN scope_c.expertcoaches scope_e WHERE scope_e = :scopeAccount)",
                        Map.of("scopeAccount", caller));
            case BESTUURDER ->
                caller.getBestuur() == null
                        ? Voorwaarde.NIETS
                        : new Voorwaarde(s + ".bestuur = :scopeBestuur", Map.of("scopeBestuur", caller.getBestuur()));
            case SCHOOLLEIDER, SCHOOLCOACH, AANJAGER, LERAAR ->
                caller.getSchool() == null
                        ? Voorwaarde.NIETS
                        : new Voorwaarde(s + " = :scopeSchool", Map.of("scopeSchool", caller.getSchool()));
        };
    }

    /**
     * The boards whose directieteam the caller may follow, as a condition on the Bestuur alias
     * {@code b}: the central team all, a bestuurder their own, an Expertcoach those with a school
     * in their clusters (who guides the schools guides the board's directieteam); nobody else.
     */
    public Voorwaarde bestuurFilter(String b) {
        Account caller = accounts.getCaller();
        return switch (caller.getRol()) {
            case CENTRAAL_TEAM -> Voorwaarde.ALLES;
            case EXPERTCOACH ->
                new Voorwaarde(
                        b + " IN (SELECT scope_s.bestuur FROM Cluster scope_c JOIN scope_c.scholen scope_s"
                                + " JOIN scope_c.expertcoaches scope_e WHERE scope_e = :scopeAccount)",
                        Map.of("scopeAccount", caller));
            case BESTUURDER ->
                caller.getBestuur() == null
                        ? Voorwaarde.NIETS
                        : new Voorwaarde(b + " = :scopeBestuur", Map.of("scopeBestuur", caller.getBestuur()));
            default -> Voorwaarde.NIETS;
        };
    }

    /**
     * The boards whose directieteam trajectory the caller may follow, as a condition on the Bestuur
     * alias {@code b}: those of {@link #bestuurFilter}, and for a schoolleider their school's board,
     * as the schools' leaders are members of the board's directieteam (domain.md §2).
     */
    public Voorwaarde directieteamFilter(String b) {
        Account caller = accounts.getCaller();
        if (caller.getRol() != Rol.SCHOOLLEIDER) {
            return bestuurFilter(b);
        }
        return caller.getSchool() == null
                ? Voorwaarde.NIETS
                : new Voorwaarde(
                        b + " = :scopeBestuur",
                        Map.of("scopeBestuur", caller.getSchool().getBestuur()));
    }

    /** {@link #bestuurFilter} for one board. */
    public boolean permitsBestuur(Bestuur bestuur) {
        return permits(bestuurFilter("b"), bestuur);
    }

    /** {@link #directieteamFilter} for one board. */
    public boolean permitsDirectieteam(Bestuur bestuur) {
        return permits(directieteamFilter("b"), bestuur);
    }

    private boolean permits(Voorwaarde filter, Bestuur bestuur) {
        return !filter.isNiets()
                && !filter.bind(em.createQuery(
                                "SELECT b.id FROM Bestuur b WHERE b = :bestuur AND " + filter.jpql(), Long.class))
                        .setParameter("bestuur", bestuur)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty();
    }

    /** For an Expertcoach, the ids of the schools in the clusters they guide; empty for anyone else. */
    public static Set<Long> clusterSchoolIds(EntityManager em, Account account) {
        if (account.getRol() != Rol.EXPERTCOACH) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery(
                        "SELECT s.id FROM Cluster c JOIN c.scholen s JOIN c.expertcoaches e" + " WHERE e = :account",
                        Long.class)
                .setParameter("account", account)
                .getResultList());
    }

    /**
     * The ids of the clusters whose agenda the person follows: those an Expertcoach guides, or the
     * cluster of a school role's school; null for the central team, which follows all.
     */
    public static List<Long> clusterIds(EntityManager em, Account account) {
        return switch (account.getRol()) {
            case CENTRAAL_TEAM -> null;
            case EXPERTCOACH ->
                em.createQuery("SELECT c.id FROM Cluster c JOIN c.expertcoaches e WHERE e = :account", Long.class)
                        .setParameter("account", account)
                        .getResultList();
            case SCHOOLLEIDER, SCHOOLCOACH, AANJAGER, LERAAR ->
                em.createQuery("SELECT c.id FROM Cluster c JOIN c.scholen s" + " WHERE s = :school", Long.class)
                        .setParameter("school", account.getSchool())
                        .getResultList();
            default -> List.of();
        };
    }
}
