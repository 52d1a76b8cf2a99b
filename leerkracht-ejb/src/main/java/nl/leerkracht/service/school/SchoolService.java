package nl.leerkracht.service.school;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.Lidmaatschap;
import nl.leerkracht.domain.coaching.Cluster;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.service.account.AccountService;
import nl.leerkracht.service.account.Roles;
import nl.leerkracht.service.account.Scope;
import nl.leerkracht.service.platform.AccessDeniedException;
import nl.leerkracht.service.platform.NotFoundException;

/**
 * Reading the school register within the caller's scope: the central team sees every school, a
 * bestuurder the board's, an Expertcoach the clusters', a school role its own. Asking for a school
 * outside that scope by id is refused, not silently answered.
 */
@Stateless
public class SchoolService {

    private static final String ROW = "SELECT NEW nl.leerkracht.service.school.SchoolRow("
            + "s.id, s.brin.code, s.naam, s.sector, s.adres.plaats, b.naam, s.aantalLeraren) FROM School s JOIN s.bestuur b";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @EJB
    private Scope scope;

    /** One school with its locations, teams, cluster and school team, if the caller may see it. */
    @RolesAllowed({
        Roles.CENTRAAL_TEAM,
        Roles.EXPERTCOACH,
        Roles.BESTUURDER,
        Roles.SCHOOLLEIDER,
        Roles.SCHOOLCOACH,
        Roles.AANJAGER,
        Roles.LERAAR
    })
    public SchoolView getSchool(long id) {
        School school = em.find(School.class, id);
        if (school == null) {
            throw new NotFoundException("No school " + id);
        }
        if (!scope.schools().permits(school)) {
            throw new AccessDeniedException(accounts.getCaller().getUsername() + " may not see school " + id);
        }
        List<Cluster> clusters = em.createQuery(
                        "SELECT c FROM Cluster c JOIN c.scholen s WHERE s = :school", Cluster.class)
                .setParameter("school", school)
                .getResultList();
        Cluster cluster = clusters.isEmpty() ? null : clusters.get(0);
        List<String> coaches = cluster == null
                ? List.of()
                : cluster.getExpertcoaches().stream().map(Account::getNaam).toList();
        List<SchoolView.RolhouderRow> team = em.createQuery(
                        "SELECT l FROM Lidmaatschap l JOIN FETCH l.account a WHERE l.school = :school ORDER BY l.rol, a.naam",
                        Lidmaatschap.class)
                .setParameter("school", school)
                .getResultStream()
                .map(l -> new SchoolView.RolhouderRow(
                        l.getAccount().getNaam(), l.getRol().name()))
                .toList();
        return new SchoolView(school, cluster == null ? null : cluster.getNaam(), coaches, team);
    }

    /** The caller's own school, for the school roles' dashboard. */
    @RolesAllowed({Roles.SCHOOLLEIDER, Roles.SCHOOLCOACH, Roles.AANJAGER, Roles.LERAAR})
    public SchoolView getEigenSchool() {
        return getSchool(accounts.getCaller().getSchool().getId());
    }

    /** The schools the caller may see, by name. */
    @RolesAllowed({
        Roles.CENTRAAL_TEAM,
        Roles.EXPERTCOACH,
        Roles.BESTUURDER,
        Roles.SCHOOLLEIDER,
        Roles.SCHOOLCOACH,
        Roles.AANJAGER,
        Roles.LERAAR
    })
    public List<SchoolRow> findSchoolsInScope() {
        Scope.Voorwaarde inScope = scope.schoolFilter("s");
        return inScope.bind(em.createQuery(ROW + " WHERE " + inScope.jpql() + " ORDER BY s.naam", SchoolRow.class))
                .getResultList();
    }

    /** Schools and teachers per sector, every sector listed (zero where none). */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public List<SectorTelling> countBySector() {
        List<Object[]> rows = em.createQuery(
                        "SELECT s.sector, COUNT(s), SUM(s.aantalLeraren) FROM School s GROUP BY s.sector",
                        Object[].class)
                .getResultList();
        return Arrays.stream(Sector.values())
                .map(sector -> rows.stream()
                        .filter(row -> row[0] == sector)
                        .findFirst()
                        .map(row ->
                                new SectorTelling(sector, ((Number) row[1]).longValue(), ((Number) row[2]).longValue()))
                        .orElse(new SectorTelling(sector, 0, 0)))
                .toList();
    }

    /** The caller's own board with its schools. */
    @RolesAllowed(Roles.BESTUURDER)
    public BestuurView getEigenBestuur() {
        Account caller = accounts.getCaller();
        List<SchoolRow> scholen = em.createQuery(ROW + " WHERE b = :bestuur ORDER BY s.naam", SchoolRow.class)
                .setParameter("bestuur", caller.getBestuur())
                .getResultList();
        return new BestuurView(caller.getBestuur(), scholen);
    }
}
