package nl.leerkracht.service.certificaat;

import static nl.leerkracht.service.platform.BusinessException.bijRegel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.certificaat.Aanwezigheid;
import nl.leerkracht.domain.certificaat.Bewijsronde;
import nl.leerkracht.domain.certificaat.Certificaat;
import nl.leerkracht.domain.certificaat.CertificaatSoort;
import nl.leerkracht.domain.certificaat.Schoolleidersregister;
import nl.leerkracht.domain.certificaat.SchoolleidersregisterAanmelding;
import nl.leerkracht.domain.certificaat.Verificatiecode;
import nl.leerkracht.domain.inschrijving.InschrijvingStatus;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.shared.Schooljaar;
import nl.leerkracht.domain.traject.Programma;
import nl.leerkracht.domain.traject.Traject;
import nl.leerkracht.service.account.AccountService;
import nl.leerkracht.service.account.Roles;
import nl.leerkracht.service.platform.AccessDeniedException;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.NotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Schoolleidersregister PO (domain.md §5): a PO schoolleider opts in on the trajectory's page
 * until it starts (a tick at enrolment became its applicant's opt-in when it started,
 * {@code TrajectOpening}); after the school year the central
 * team checks the attendance of the year's meetings against the threshold
 * ({@code leerkracht.srpo.drempel}, default 80%) and issues the theme's certificate to who meets it:
 * year 1 "Persoonlijk Leiderschap", year 2 (holding year 1's) "Leidinggeven aan verandering".
 */
@Stateless
public class SchoolleidersregisterService {

    private static final Logger LOG = Logger.getLogger(SchoolleidersregisterService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "leerkracht.srpo.drempel", defaultValue = "" + Aanwezigheid.STANDAARD_DREMPEL)
    private int drempel;

    /** The caller's opt-in on a PO trajectory of their school; empty for any other trajectory or role. */
    @RolesAllowed(Roles.SCHOOLLEIDER)
    public Optional<SrpoView> status(long trajectId) {
        Traject traject = em.find(Traject.class, trajectId);
        Account caller = accounts.getCaller();
        if (traject == null || !isPoVanSchoolleider(traject, caller)) {
            return Optional.empty();
        }
        LocalDate vandaag = LocalDate.now(clock);
        Schooljaar jaar = Schooljaar.of(vandaag);
        boolean telt = Schoolleidersregister.thema(traject.getStartjaar(), jaar).isPresent();
        return Optional.of(new SrpoView(
                isAangemeld(traject, caller),
                !vandaag.isAfter(Schoolleidersregister.laatsteAanmelddag(traject.getStartjaar())),
                Schoolleidersregister.laatsteAanmelddag(traject.getStartjaar()),
                telt ? aanwezigheid(traject.getSchool(), caller, jaar, vandaag) : null,
                drempel));
    }

    /**
     * Opts the calling schoolleider in (or out) for the certificate of a PO trajectory of their school.
     *
     * @throws BusinessException {@code srpo.fout.gesloten} once the trajectory started,
     *         {@code srpo.fout.geenPo} for any other than a PO school's
     */
    @RolesAllowed(Roles.SCHOOLLEIDER)
    public void kies(long trajectId, boolean aanmelden) {
        Traject traject = em.find(Traject.class, trajectId);
        if (traject == null) {
            throw new NotFoundException("No trajectory " + trajectId);
        }
        Account caller = accounts.getCaller();
        if (traject.isDirectieteam() || !traject.getSchool().equals(caller.getSchool())) {
            throw new AccessDeniedException(caller.getUsername() + " is not a schoolleider of trajectory " + trajectId);
        }
        bijRegel(
                () -> Schoolleidersregister.magAanmelden(traject, LocalDate.now(clock)),
                BewijsrondeService.datum(Schoolleidersregister.laatsteAanmelddag(traject.getStartjaar())));
        List<SchoolleidersregisterAanmelding> bestaand = aanmeldingen(traject, caller);
        if (aanmelden && bestaand.isEmpty()) {
            em.persist(new SchoolleidersregisterAanmelding(traject, caller, clock.instant()));
        } else if (!aanmelden) {
            bestaand.forEach(em::remove);
        }
    }

    /**
     * The opted-in schoolleiders of the PO trajectories in their first or second year in this school
     * year, with their theme and attendance, by school and name.
     */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public List<SrpoKandidaatRow> kandidaten(Schooljaar jaar) {
        LocalDate vandaag = LocalDate.now(clock);
        List<SrpoKandidaatRow> rijen = new ArrayList<>();
        for (Leider k : zoek(jaar, vandaag).values()) {
            rijen.add(new SrpoKandidaatRow(
                    k.persoon.getId(),
                    k.persoon.getNaam(),
                    k.traject.getSchool().getNaam(),
                    k.thema,
                    k.aanwezigheid,
                    drempel,
                    k.jaarEenBehaald,
                    k.uitgereikt));
        }
        return rijen;
    }

    /**
     * Issues the theme's certificate of this school year to the chosen schoolleiders who meet the
     * requirement and do not have it yet.
     *
     * @return how many certificates were issued
     * @throws BusinessException {@code certificaat.fout.teVroeg} before 1 June of the year,
     *         {@code certificaat.fout.geenKeuze} when nobody is chosen, {@code certificaat.fout.geenKandidaat}
     *         for someone chosen who did not opt in, {@code srpo.fout.voldoetNiet} for one who falls short
     */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public int reikUit(Schooljaar jaar, Set<Long> gekozen) {
        LocalDate vandaag = LocalDate.now(clock);
        bijRegel(
                () -> Bewijsronde.magUitreiken(jaar, vandaag),
                BewijsrondeService.datum(Bewijsronde.eersteUitreikdag(jaar)));
        if (gekozen == null || gekozen.isEmpty()) {
            throw new BusinessException("certificaat.fout.geenKeuze", "nobody chosen");
        }
        Map<Long, Leider> kandidaten = zoek(jaar, vandaag);
        if (!kandidaten.keySet().containsAll(gekozen)) {
            throw new BusinessException("certificaat.fout.geenKandidaat", "chosen " + gekozen);
        }
        String door = accounts.getCaller().getNaam();
        Instant nu = clock.instant();
        int uitgereikt = 0;
        for (Long id : gekozen) {
            Leider k = kandidaten.get(id);
            if (k.uitgereikt) {
                continue;
            }
            if (!k.aanwezigheid.voldoet(drempel) || !k.jaarEenBehaald) {
                throw new BusinessException("srpo.fout.voldoetNiet", id + " falls short", k.persoon.getNaam());
            }
            em.persist(Certificaat.reikUit(k.thema, k.persoon, k.traject, jaar, Verificatiecode.nieuw(), door, nu));
            uitgereikt++;
        }
        int aantal = uitgereikt;
        LOG.info(() -> door + " issued " + aantal + " Schoolleidersregister certificates for " + jaar);
        return aantal;
    }

    private static final class Leider {
        private final Account persoon;
        private final Traject traject;
        private final CertificaatSoort thema;
        private final Aanwezigheid aanwezigheid;
        private final boolean jaarEenBehaald;
        private final boolean uitgereikt;

        private Leider(
                Account persoon,
                Traject traject,
                CertificaatSoort thema,
                Aanwezigheid aanwezigheid,
                boolean jaarEenBehaald,
                boolean uitgereikt) {
            this.persoon = persoon;
            this.traject = traject;
            this.thema = thema;
            this.aanwezigheid = aanwezigheid;
            this.jaarEenBehaald = jaarEenBehaald;
            this.uitgereikt = uitgereikt;
        }
    }

    private Map<Long, Leider> zoek(Schooljaar jaar, LocalDate vandaag) {
        List<Traject> trajecten = em.createQuery(
                        "SELECT t FROM Traject t JOIN t.inschrijving i WHERE t.programma = :school AND t.sector = :po"
                                + " AND i.status IN :lopend AND (i.startjaar = :jaar OR i.startjaar = :vorig)"
                                + " ORDER BY t.school.naam, t.id",
                        Traject.class)
                .setParameter("school", Programma.SCHOOL)
                .setParameter("po", Sector.PO)
                .setParameter("lopend", List.of(InschrijvingStatus.ACTIEF, InschrijvingStatus.AFGEROND))
                .setParameter("jaar", jaar)
                .setParameter("vorig", new Schooljaar(jaar.startJaar() - 1))
                .getResultList();
        Map<Long, Leider> kandidaten = new LinkedHashMap<>();
        for (Traject traject : trajecten) {
            CertificaatSoort thema =
                    Schoolleidersregister.thema(traject.getStartjaar(), jaar).orElseThrow();
            for (Account persoon : aangemeld(traject)) {
                if (kandidaten.containsKey(persoon.getId())) {
                    continue;
                }
                boolean jaarEen = thema == CertificaatSoort.PERSOONLIJK_LEIDERSCHAP
                        || heeft(persoon, CertificaatSoort.PERSOONLIJK_LEIDERSCHAP, traject.getStartjaar(), false);
                kandidaten.put(
                        persoon.getId(),
                        new Leider(
                                persoon,
                                traject,
                                thema,
                                aanwezigheid(traject.getSchool(), persoon, jaar, vandaag),
                                jaarEen,
                                heeft(persoon, thema, jaar, true)));
            }
        }
        return kandidaten;
    }

    /** Who opted in for a trajectory and is still one of its school's schoolleiders. */
    private List<Account> aangemeld(Traject traject) {
        return em
                .createQuery(
                        "SELECT a.schoolleider FROM SchoolleidersregisterAanmelding a WHERE a.traject = :traject"
                                + " ORDER BY a.schoolleider.naam",
                        Account.class)
                .setParameter("traject", traject)
                .getResultList()
                .stream()
                .filter(a -> isSchoolleiderVan(a, traject.getSchool()))
                .toList();
    }

    private boolean isAangemeld(Traject traject, Account persoon) {
        return aangemeld(traject).contains(persoon);
    }

    private List<SchoolleidersregisterAanmelding> aanmeldingen(Traject traject, Account persoon) {
        return em.createQuery(
                        "SELECT a FROM SchoolleidersregisterAanmelding a WHERE a.traject = :traject"
                                + " AND a.schoolleider = :persoon",
                        SchoolleidersregisterAanmelding.class)
                .setParameter("traject", traject)
                .setParameter("persoon", persoon)
                .getResultList();
    }

    private static boolean isSchoolleiderVan(Account persoon, School school) {
        return persoon.getLidmaatschappen().stream().anyMatch(l -> l.getRol() == Rol.SCHOOLLEIDER && l.isBij(school));
    }

    private static boolean isPoVanSchoolleider(Traject traject, Account caller) {
        return !traject.isDirectieteam()
                && traject.getSector() == Sector.PO
                && caller.getRol() == Rol.SCHOOLLEIDER
                && traject.getSchool().equals(caller.getSchool());
    }

    /**
     * Whether the person has this certificate: a standing one, or with {@code ookIngetrokken} a
     * revoked one too (which still holds its place in the register).
     */
    private boolean heeft(Account persoon, CertificaatSoort soort, Schooljaar jaar, boolean ookIngetrokken) {
        return !em.createQuery(
                        "SELECT c.id FROM Certificaat c WHERE c.houder = :persoon AND c.soort = :soort"
                                + " AND c.schooljaar = :jaar" + (ookIngetrokken ? "" : " AND c.ingetrokkenOp IS NULL"),
                        Long.class)
                .setParameter("persoon", persoon)
                .setParameter("soort", soort)
                .setParameter("jaar", jaar)
                .getResultList()
                .isEmpty();
    }

    /**
     * The person's attendance of the meetings held so far in the school year for the school's
     * clusters; a meeting nobody attended was cancelled and does not count.
     */
    private Aanwezigheid aanwezigheid(School school, Account persoon, Schooljaar jaar, LocalDate vandaag) {
        LocalDate tot = vandaag.isBefore(jaar.getLaatsteDag()) ? vandaag : jaar.getLaatsteDag();
        List<Object[]> rijen = em.createQuery(
                        "SELECT b.id,"
                                + " (SELECT COUNT(d) FROM Deelname d WHERE d.bijeenkomst = b AND d.aanwezig = TRUE),"
                                + " (SELECT COUNT(e) FROM Deelname e WHERE e.bijeenkomst = b AND e.aanwezig = TRUE"
                                + " AND e.deelnemer = :persoon)"
                                + " FROM Bijeenkomst b WHERE b.cluster IN (SELECT c FROM Cluster c JOIN c.scholen s"
                                + " WHERE s = :school) AND b.datum >= :van AND b.datum <= :tot",
                        Object[].class)
                .setParameter("persoon", persoon)
                .setParameter("school", school)
                .setParameter("van", jaar.getEersteDag())
                .setParameter("tot", tot)
                .getResultList();
        List<Aanwezigheid.Opkomst> bijeenkomsten = new ArrayList<>();
        Set<Object> gezien = new HashSet<>();
        for (Object[] r : rijen) {
            if (gezien.add(r[0])) {
                bijeenkomsten.add(
                        new Aanwezigheid.Opkomst(((Number) r[1]).longValue(), ((Number) r[2]).longValue() > 0));
            }
        }
        return Aanwezigheid.van(bijeenkomsten);
    }
}
