package nl.leerkracht.service.school;

import static nl.leerkracht.service.platform.BusinessException.bijRegel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.Lidmaatschap;
import nl.leerkracht.domain.coaching.Cluster;
import nl.leerkracht.domain.school.Bestuur;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.SchoolGegevens;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.school.Team;
import nl.leerkracht.domain.school.Vestiging;
import nl.leerkracht.service.account.AccountService;
import nl.leerkracht.service.account.Roles;
import nl.leerkracht.service.account.Scope;
import nl.leerkracht.service.platform.AccessDeniedException;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.ConflictException;
import nl.leerkracht.service.platform.Constraints;
import nl.leerkracht.service.platform.Like;
import nl.leerkracht.service.platform.NotFoundException;

/**
 * Reading the school register within the caller's scope: the central team sees every school, a
 * bestuurder the board's, an Expertcoach the clusters', a school role its own. Asking for a school
 * outside that scope by id is refused, not silently answered.
 */
@Stateless
public class SchoolService {

    private static final String ROW = "SELECT NEW nl.leerkracht.service.school.SchoolRegel("
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
    public SchoolDetail getSchool(long id) {
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
        List<SchoolDetail.Persoon> team = em.createQuery(
                        "SELECT l FROM Lidmaatschap l JOIN FETCH l.account a WHERE l.school = :school ORDER BY l.rol, a.naam",
                        Lidmaatschap.class)
                .setParameter("school", school)
                .getResultStream()
                .map(l -> new SchoolDetail.Persoon(
                        l.getAccount().getNaam(), l.getRol().name()))
                .toList();
        return new SchoolDetail(school, cluster == null ? null : cluster.getNaam(), coaches, team);
    }

    /** The caller's own school, for the school roles' dashboard. */
    @RolesAllowed({Roles.SCHOOLLEIDER, Roles.SCHOOLCOACH, Roles.AANJAGER, Roles.LERAAR})
    public SchoolDetail getEigenSchool() {
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
    public List<SchoolRegel> findSchoolsInScope() {
        Scope.Filter inScope = scope.schoolFilter("s");
        return inScope.bind(em.createQuery(ROW + " WHERE " + inScope.jpql() + " ORDER BY s.naam", SchoolRegel.class))
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
    public BestuurOverzicht getEigenBestuur() {
        Account caller = accounts.getCaller();
        List<SchoolRegel> scholen = em.createQuery(ROW + " WHERE b = :bestuur ORDER BY s.naam", SchoolRegel.class)
                .setParameter("bestuur", caller.getBestuur())
                .getResultList();
        return new BestuurOverzicht(caller.getBestuur(), scholen);
    }

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
    public List<SchoolRegel> zoek(
            Map<String, String> filters, int first, int pageSize, String sortField, boolean ascending) {
        String order = SORTEERBAAR.getOrDefault(sortField == null ? "" : sortField, "s.naam");
        TypedQuery<SchoolRegel> query = em.createQuery(
                ROW + where(filters) + " ORDER BY " + order + (ascending ? " ASC" : " DESC") + ", s.id",
                SchoolRegel.class);
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
    public SchoolInvoer getInvoer(long id) {
        School school = em.find(School.class, id);
        if (school == null) {
            throw new NotFoundException("No school " + id);
        }
        return SchoolInvoer.van(school);
    }

    /** The boards, by name, to choose from. */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public List<BestuurKeuze> besturen() {
        return em.createQuery(
                        "SELECT NEW nl.leerkracht.service.school.BestuurKeuze(b.id, b.bestuursnummer, b.naam)"
                                + " FROM Bestuur b ORDER BY b.naam",
                        BestuurKeuze.class)
                .getResultList();
    }

    /** A school's locations (VO) or teams (MBO/HBO) as the central team edits them. */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public List<EenheidInvoer> eenheden(long schoolId) {
        School school = school(schoolId);
        return switch (school.getSector().getInschrijfeenheid()) {
            case SCHOOL -> List.of();
            case VESTIGING ->
                school.getVestigingen().stream().map(EenheidInvoer::van).toList();
            case TEAM -> school.getTeams().stream().map(EenheidInvoer::van).toList();
        };
    }

    /**
     * Adds a location (id null) or corrects one: number 00–99, unique within the school, name and
     * address checked like a school's.
     */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public void bewaarVestiging(long schoolId, EenheidInvoer invoer) {
        School school = school(schoolId);
        if (school.getSector().getInschrijfeenheid() != Sector.Inschrijfeenheid.VESTIGING) {
            throw new BusinessException("eenheid.fout.soort", "school " + schoolId + " has no locations");
        }
        Integer nummer = invoer.getVestigingsnummer();
        if (invoer.getId() == null && (nummer == null || nummer < 0 || nummer > 99)) {
            throw new BusinessException("import.fout.vestigingsnummer", "number " + nummer);
        }
        try {
            bijRegel(() -> {
                // The same checks as a school's name and address; sector and teachers are the school's own.
                SchoolGegevens gegevens = SchoolGegevens.van(
                        school.getBrin().getCode(),
                        invoer.getNaam(),
                        school.getSector(),
                        invoer.getStraat(),
                        invoer.getHuisnummer(),
                        invoer.getPostcode(),
                        invoer.getPlaats(),
                        null,
                        null,
                        school.getAantalLeraren());
                if (invoer.getId() == null) {
                    boolean bezet = school.getVestigingen().stream().anyMatch(v -> v.getVestigingsnummer() == nummer);
                    if (bezet) {
                        throw new BusinessException(
                                "eenheid.fout.nummerBezet",
                                "number taken",
                                school.getBrin().getCode() + String.format("%02d", nummer));
                    }
                    em.persist(new Vestiging(school, nummer, gegevens.getNaam(), gegevens.getAdres()));
                } else {
                    Vestiging vestiging = em.find(Vestiging.class, invoer.getId());
                    if (vestiging == null || !vestiging.getSchool().equals(school)) {
                        throw new NotFoundException("No location " + invoer.getId() + " of school " + schoolId);
                    }
                    vestiging.wijzig(gegevens.getNaam(), gegevens.getAdres());
                }
                em.flush();
            });
        } catch (PersistenceException e) {
            if (Constraints.isViolation(e)) {
                throw new BusinessException("eenheid.fout.nummerBezet", e.getMessage(), String.valueOf(nummer));
            }
            throw e;
        }
    }

    /** Adds a team (id null) or corrects one: a name and 1–5,000 teachers. */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public void bewaarTeam(long schoolId, EenheidInvoer invoer) {
        School school = school(schoolId);
        if (school.getSector().getInschrijfeenheid() != Sector.Inschrijfeenheid.TEAM) {
            throw new BusinessException("eenheid.fout.soort", "school " + schoolId + " has no teams");
        }
        int leraren = invoer.getAantalLeraren() == null ? 0 : invoer.getAantalLeraren();
        try {
            bijRegel(() -> {
                Team team;
                if (invoer.getId() == null) {
                    team = new Team(school, invoer.getNaam(), leraren);
                } else {
                    team = em.find(Team.class, invoer.getId());
                    if (team == null || !team.getSchool().equals(school)) {
                        throw new NotFoundException("No team " + invoer.getId() + " of school " + schoolId);
                    }
                    team.wijzig(invoer.getNaam(), leraren);
                }
                boolean bezet = school.getTeams().stream()
                        .anyMatch(t -> t != team && t.getNaam().equalsIgnoreCase(team.getNaam()));
                if (bezet) {
                    throw new ConflictException("eenheid.fout.naamBezet", "team name taken", team.getNaam());
                }
                if (invoer.getId() == null) {
                    em.persist(team);
                }
                em.flush();
            });
        } catch (PersistenceException e) {
            if (Constraints.isViolation(e)) {
                throw new ConflictException("eenheid.fout.naamBezet", e.getMessage(), invoer.getNaam());
            }
            throw e;
        }
    }

    private School school(long id) {
        School school = em.find(School.class, id);
        if (school == null) {
            throw new NotFoundException("No school " + id);
        }
        return school;
    }

    /** Every board with its sector and number of schools, by name. */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public List<BestuurKeuze> besturenOverzicht() {
        return em.createQuery(
                        "SELECT NEW nl.leerkracht.service.school.BestuurKeuze(b.id, b.bestuursnummer, b.naam,"
                                + " b.sector, COUNT(s)) FROM Bestuur b LEFT JOIN School s ON s.bestuur = b"
                                + " GROUP BY b.id, b.bestuursnummer, b.naam, b.sector ORDER BY b.naam",
                        BestuurKeuze.class)
                .getResultList();
    }

    /**
     * Adds a board (id null) or corrects one's name and sector; a bestuursnummer belongs to one board.
     *
     * @return the board's id
     */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public long bewaarBestuur(Long id, String nummer, String naam, Sector sector) {
        try {
            return bijRegel(() -> {
                Bestuur bestuur;
                if (id == null) {
                    bestuur = Bestuur.nieuw(nummer, naam, sector);
                    boolean bestaat = !em.createQuery(
                                    "SELECT b.id FROM Bestuur b WHERE b.bestuursnummer = :nummer", Long.class)
                            .setParameter("nummer", bestuur.getBestuursnummer())
                            .getResultList()
                            .isEmpty();
                    if (bestaat) {
                        throw new BusinessException(
                                "bestuur.fout.bestaat", "number taken", bestuur.getBestuursnummer());
                    }
                    em.persist(bestuur);
                } else {
                    bestuur = em.find(Bestuur.class, id, LockModeType.OPTIMISTIC);
                    if (bestuur == null) {
                        throw new NotFoundException("No board " + id);
                    }
                    bestuur.wijzig(naam, sector);
                }
                em.flush();
                return bestuur.getId();
            });
        } catch (PersistenceException e) {
            if (Constraints.isViolation(e)) {
                throw new BusinessException(
                        "bestuur.fout.bestaat", e.getMessage(), nummer == null ? "" : nummer.trim());
            }
            throw e;
        }
    }

    /**
     * Adds a school to the register or corrects one; a BRIN code is used by one school only.
     *
     * @return the school's id
     */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public long bewaar(SchoolInvoer invoer) {
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
