package nl.leerkracht.service.inschrijving;

import static nl.leerkracht.service.platform.BusinessException.bijRegel;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.inschrijving.Aanvrager;
import nl.leerkracht.domain.inschrijving.Factuur;
import nl.leerkracht.domain.inschrijving.Inschrijfperiode;
import nl.leerkracht.domain.inschrijving.Inschrijving;
import nl.leerkracht.domain.inschrijving.InschrijvingStatus;
import nl.leerkracht.domain.inschrijving.Kernteamlid;
import nl.leerkracht.domain.inschrijving.Offerte;
import nl.leerkracht.domain.inschrijving.Tarief;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.school.Team;
import nl.leerkracht.domain.school.Vestiging;
import nl.leerkracht.domain.shared.Bedrag;
import nl.leerkracht.domain.shared.Schooljaar;
import nl.leerkracht.domain.shared.Tijdzone;
import nl.leerkracht.domain.traject.Traject;
import nl.leerkracht.service.account.AccountService;
import nl.leerkracht.service.account.Roles;
import nl.leerkracht.service.account.Scope;
import nl.leerkracht.service.account.Uitnodigingen;
import nl.leerkracht.service.platform.AccessDeniedException;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.ConflictException;
import nl.leerkracht.service.platform.Constraints;
import nl.leerkracht.service.platform.NotFoundException;

/**
 * Enrolments from request to end (domain.md §4): the fee quote, the request itself (public form,
 * schoolleider, bestuurder or central team), the central team's decisions, and the lists each role
 * may see: the central team all, a bestuurder the board's schools', a schoolleider the own school's.
 */
@Stateless
public class InschrijvingService {

    /** The foundation's own calendar decides what "today" is for closing dates and starts. */
    static final ZoneId ZONE = Tijdzone.NEDERLAND;
    private static final Logger LOG = Logger.getLogger(InschrijvingService.class.getName());
    private static final Map<String, String> SORTEERBAAR = Map.of(
            "schoolNaam", "s.naam", "brin", "s.brin.code", "eenheidNaam", "i.eenheidNaam", "sector", "i.sector",
            "startjaar", "i.startjaar", "aantalLeraren", "i.aantalLeraren", "status", "i.status",
            "aangevraagdOp", "i.aangevraagdOp");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @EJB
    private InschrijvingMails mails;

    @EJB
    private Uitnodigingen uitnodigingen;

    @EJB
    private Scope scope;

    @Resource
    private SessionContext session;

    @Inject
    private Clock clock;

    /**
     * The fee quote for a sector, start year and number of teachers, on that year's tariff.
     *
     * @throws BusinessException when there is no tariff for that year, or fewer than one teacher
     */
    @PermitAll
    public OfferteWeergave offerte(Sector sector, String startjaar, int leraren) {
        Schooljaar jaar = parseStartjaar(startjaar, clock);
        if (leraren < 1 || leraren > School.MAX_LERAREN) {
            throw new BusinessException("inschrijving.fout.leraren", "teachers " + leraren);
        }
        Tarief tarief = tarief(sector, jaar);
        return new OfferteWeergave(sector, jaar.toString(), Offerte.voor(tarief, leraren));
    }

    /** The start years a school can enrol for today: those with tariffs whose enrolment has not closed. */
    @PermitAll
    public List<String> openStartjaren() {
        LocalDate vandaag = LocalDate.now(clock);
        return em.createQuery("SELECT DISTINCT t.startjaar FROM Tarief t", Schooljaar.class).getResultStream()
                .sorted()
                .filter(jaar -> periode(jaar).isOpen(vandaag))
                .map(Schooljaar::toString)
                .toList();
    }

    /** A school by BRIN code, for the public form. */
    @PermitAll
    public Optional<InschrijfbareSchool> findSchoolByBrin(String brin) {
        if (brin == null || brin.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT s FROM School s WHERE s.brin.code = :brin", School.class)
                .setParameter("brin", brin.trim().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst().map(InschrijfbareSchool::new);
    }

    /** The schools the caller may enrol: the own school, or the board's schools. */
    @RolesAllowed({Roles.SCHOOLLEIDER, Roles.BESTUURDER})
    public List<InschrijfbareSchool> findEigenScholen() {
        Account caller = accounts.getCaller();
        if (caller.getRol() == Rol.SCHOOLLEIDER) {
            return List.of(new InschrijfbareSchool(em.find(School.class, caller.getSchool().getId())));
        }
        return em.createQuery("SELECT s FROM School s WHERE s.bestuur = :bestuur ORDER BY s.naam", School.class)
                .setParameter("bestuur", caller.getBestuur())
                .getResultStream().map(InschrijfbareSchool::new).toList();
    }

    /**
     * Records an enrolment request. A logged-in schoolleider enrols their own school and a bestuurder
     * one of the board's schools, under their own name; the public form asks name and e-mail.
     *
     * @return the id of the new enrolment
     * @throws BusinessException with the rule that refused it: closed start year, a second request
     *     for the same unit and year, a missing confirmation, …
     */
    @PermitAll
    public long submit(Aanvraag aanvraag) {
        Schooljaar startjaar = parseStartjaar(aanvraag.getStartjaar(), clock);
        LocalDate vandaag = LocalDate.now(clock);
        Inschrijfperiode periode = periode(startjaar);
        if (!periode.isOpen(vandaag)) {
            String volgende = openStartjaren().stream().findFirst().orElse(startjaar.volgende().toString());
            throw new BusinessException("inschrijving.fout.gesloten", "closed for " + startjaar, startjaar.toString(),
                    periode.getSluitingsdatum(), volgende);
        }
        if (aanvraag.getSchoolId() == null) {
            throw new BusinessException("inschrijving.fout.school", "no school");
        }
        School school = em.find(School.class, aanvraag.getSchoolId());
        if (school == null) {
            throw new BusinessException("inschrijving.fout.school", "no school " + aanvraag.getSchoolId());
        }
        Aanvrager aanvrager = aanvrager(aanvraag, school);
        if (aanvraag.getAantalLeraren() == null) {
            throw new BusinessException("inschrijving.fout.leraren", "no number of teachers");
        }
        Tarief tarief = tarief(school.getSector(), startjaar);
        try {
            return bijRegel(() -> {
                Vestiging vestiging = aanvraag.getVestigingId() == null ? null : em.find(Vestiging.class, aanvraag.getVestigingId());
                Team team = aanvraag.getTeamId() == null ? null : em.find(Team.class, aanvraag.getTeamId());
                Inschrijving inschrijving = Inschrijving.aanvragen(school, vestiging, team, tarief,
                        aanvraag.getAantalLeraren(), aanvrager, kernteam(aanvraag),
                        new Inschrijving.Bevestiging(aanvraag.isBesluitSamen(), aanvraag.isTijdIngeroosterd(),
                                aanvraag.isSchoolleidersregister()), Instant.now(clock));
                refuseSecond(inschrijving);
                em.persist(inschrijving);
                em.flush();
                mails.ontvangen(inschrijving);
                LOG.info(() -> "Enrolment " + inschrijving.getId() + " requested for " + inschrijving.getEenheidNaam() + " "
                        + inschrijving.getStartjaar());
                return inschrijving.getId();
            });
        } catch (PersistenceException raced) {
            if (!Constraints.isViolation(raced)) {
                throw raced;
            }
            // Another request for the same unit and year was stored in the meantime: the unique key said no.
            throw new ConflictException("inschrijving.fout.dubbel", raced.getMessage(), school.getNaam(),
                    startjaar.toString());
        }
    }

    private void refuseSecond(Inschrijving inschrijving) {
        boolean bestaat = !em.createQuery("SELECT i.id FROM Inschrijving i WHERE i.uniekSleutel = :sleutel", Long.class)
                .setParameter("sleutel", inschrijving.getUniekSleutel()).setMaxResults(1).getResultList().isEmpty();
        if (bestaat) {
            throw new ConflictException("inschrijving.fout.dubbel", "second request " + inschrijving.getUniekSleutel(),
                    inschrijving.getEenheidNaam(), inschrijving.getStartjaar().toString());
        }
    }

    private Aanvrager aanvrager(Aanvraag aanvraag, School school) {
        return bijRegel(() -> {
            if (session.isCallerInRole(Roles.SCHOOLLEIDER) || session.isCallerInRole(Roles.BESTUURDER)) {
                Account caller = accounts.getCaller();
                boolean eigen = caller.getRol() == Rol.SCHOOLLEIDER ? school.equals(caller.getSchool())
                        : school.getBestuur().equals(caller.getBestuur());
                if (!eigen) {
                    throw new AccessDeniedException(caller.getUsername() + " may not enrol school " + school.getId());
                }
                Aanvrager.Functie functie = caller.getRol() == Rol.SCHOOLLEIDER ? Aanvrager.Functie.SCHOOLLEIDER
                        : Aanvrager.Functie.BESTUURDER;
                return new Aanvrager(caller.getNaam(), caller.getEmail(), functie, caller.getUsername());
            }
            Aanvrager.Functie functie;
            try {
                functie = Aanvrager.Functie.valueOf(String.valueOf(aanvraag.getAanvragerFunctie()));
            } catch (IllegalArgumentException e) {
                throw new BusinessException("inschrijving.fout.functie", "function " + aanvraag.getAanvragerFunctie());
            }
            String account = session.isCallerInRole(Roles.CENTRAAL_TEAM) ? accounts.getCaller().getUsername() : null;
            return new Aanvrager(aanvraag.getAanvragerNaam(), aanvraag.getAanvragerEmail(), functie, account);
        });
    }

    private static List<Kernteamlid> kernteam(Aanvraag aanvraag) {
        List<Kernteamlid> kernteam = new ArrayList<>();
        if (aanvraag.getSchoolcoachNaam() != null || aanvraag.getSchoolcoachFte() != null) {
            kernteam.add(new Kernteamlid(aanvraag.getSchoolcoachNaam(), Kernteamlid.Rol.SCHOOLCOACH,
                    aanvraag.getSchoolcoachFte(), aanvraag.getSchoolcoachEmail()));
        }
        for (Aanvraag.Lid lid : aanvraag.getAanjagers()) {
            boolean leeg = (lid.getNaam() == null || lid.getNaam().isBlank()) && lid.getFte() == null
                    && (lid.getEmail() == null || lid.getEmail().isBlank());
            if (!leeg) {
                kernteam.add(new Kernteamlid(lid.getNaam(), Kernteamlid.Rol.AANJAGER, lid.getFte(), lid.getEmail()));
            }
        }
        return kernteam;
    }

    // --- the central team's decisions ------------------------------------------------------------

    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public void keurGoed(long id) {
        apply(id, i -> {
            i.keurGoed(door(), Instant.now(clock));
            mails.goedgekeurd(i);
        });
    }

    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public void wijsAf(long id, String reden) {
        apply(id, i -> i.wijsAf(door(), Instant.now(clock), reden));
    }

    /**
     * Starts the trajectory: from 1 September of the start year; a daily job does it too. The
     * kernteam named at enrolment is invited to the platform then.
     */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public void activeer(long id) {
        apply(id, i -> {
            i.activeer(door(), Instant.now(clock), LocalDate.now(clock));
            em.persist(Traject.start(i, LocalDate.now(clock), door(), Instant.now(clock)));
            uitnodigingen.nodigKernteamUit(i);
        });
    }

    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public void rondAf(long id) {
        apply(id, i -> i.rondAf(door(), Instant.now(clock)));
    }

    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public void stop(long id, String reden) {
        apply(id, i -> i.stop(door(), Instant.now(clock), reden));
    }

    /** Records PO's follow-up, agreed with the school at the end of year 1, per teacher. */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public void spreekVervolgAf(long id, BigDecimal perLeraar) {
        if (perLeraar == null || perLeraar.stripTrailingZeros().scale() > 2) {
            throw new BusinessException("inschrijving.fout.vervolgBedrag", "amount " + perLeraar);
        }
        apply(id, i -> i.spreekVervolgAf(Bedrag.of(perLeraar)));
    }

    private void apply(long id, java.util.function.Consumer<Inschrijving> change) {
        Inschrijving inschrijving = em.find(Inschrijving.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (inschrijving == null) {
            throw new NotFoundException("No enrolment " + id);
        }
        bijRegel(() -> {
            change.accept(inschrijving);
        });
    }

    private String door() {
        return accounts.getCaller().getNaam();
    }

    // --- reading, within the caller's scope --------------------------------------------------------

    /** One enrolment with its history and invoices, if the caller may see its school. */
    @RolesAllowed({Roles.CENTRAAL_TEAM, Roles.BESTUURDER, Roles.SCHOOLLEIDER})
    public InschrijvingDetail getDetail(long id) {
        Inschrijving inschrijving = em.find(Inschrijving.class, id);
        if (inschrijving == null) {
            throw new NotFoundException("No enrolment " + id);
        }
        if (!scope.schools().permits(inschrijving.getSchool())) {
            throw new AccessDeniedException(accounts.getCaller().getUsername() + " may not see enrolment " + id);
        }
        List<FactuurRegel> facturen = em.createQuery(
                        "SELECT f FROM Factuur f WHERE f.inschrijving = :inschrijving ORDER BY f.nummer", Factuur.class)
                .setParameter("inschrijving", inschrijving)
                .getResultStream().map(FactuurRegel::new).toList();
        return new InschrijvingDetail(inschrijving, facturen, LocalDate.now(clock));
    }

    /**
     * A page of the enrolments the caller may see.
     *
     * @param sortField one of the row's properties; unknown ones sort by request date
     */
    @RolesAllowed({Roles.CENTRAAL_TEAM, Roles.BESTUURDER, Roles.SCHOOLLEIDER})
    public List<InschrijvingRegel> zoek(Filter filter, int first, int pageSize, String sortField, boolean ascending) {
        String order = SORTEERBAAR.getOrDefault(sortField == null ? "" : sortField, "i.aangevraagdOp");
        TypedQuery<InschrijvingRegel> query = em.createQuery("SELECT NEW nl.leerkracht.service.inschrijving.InschrijvingRegel("
                + "i.id, s.brin.code, s.naam, i.eenheidNaam, i.sector, i.startjaar, i.aantalLeraren, i.status,"
                + " i.aanvrager.naam, i.aangevraagdOp) FROM Inschrijving i JOIN i.school s" + where(filter)
                + " ORDER BY " + order + (ascending ? " ASC" : " DESC") + ", i.id DESC", InschrijvingRegel.class);
        parameters(query, filter);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(pageSize, 500))).getResultList();
    }

    @RolesAllowed({Roles.CENTRAAL_TEAM, Roles.BESTUURDER, Roles.SCHOOLLEIDER})
    public long tel(Filter filter) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(i) FROM Inschrijving i JOIN i.school s" + where(filter),
                Long.class);
        parameters(query, filter);
        return query.getSingleResult();
    }

    private String where(Filter filter) {
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
            conditions.add("(LOWER(s.naam) LIKE :zoek OR LOWER(i.eenheidNaam) LIKE :zoek OR LOWER(s.brin.code) LIKE :zoek)");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private void parameters(TypedQuery<?> query, Filter filter) {
        scope.schoolFilter("s").bind(query);
        if (filter.getStatus() != null) {
            query.setParameter("status", filter.getStatus());
        }
        if (filter.getStartjaar() != null) {
            query.setParameter("startjaar", parseStartjaar(filter.getStartjaar(), clock));
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
    public List<String> bekendeStartjaren() {
        return em.createQuery("SELECT DISTINCT t.startjaar FROM Tarief t", Schooljaar.class).getResultStream()
                .sorted(java.util.Comparator.reverseOrder()).map(Schooljaar::toString).toList();
    }

    /**
     * The approved enrolments whose trajectory start has come, for {@link TrajectStart}: it starts
     * each with {@link #startTraject} in a transaction of its own, so one that fails does not hold
     * back the others.
     */
    @PermitAll
    public List<Long> klaarVoorStart() {
        LocalDate vandaag = LocalDate.now(clock);
        return em.createQuery("SELECT i FROM Inschrijving i WHERE i.status = :status AND i.startjaar <= :huidig",
                        Inschrijving.class)
                .setParameter("status", InschrijvingStatus.GOEDGEKEURD)
                .setParameter("huidig", Schooljaar.of(vandaag))
                .getResultStream()
                .filter(i -> !vandaag.isBefore(i.getStartjaar().getTrajectStart()))
                .map(Inschrijving::getId)
                .toList();
    }

    /**
     * Starts the trajectory of one approved enrolment whose start has come, and invites the
     * kernteam named at enrolment. Returns false when there was nothing to start (another node or
     * an earlier run did it).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean startTraject(long inschrijvingId) {
        LocalDate vandaag = LocalDate.now(clock);
        Inschrijving inschrijving = em.find(Inschrijving.class, inschrijvingId, LockModeType.PESSIMISTIC_WRITE);
        if (inschrijving == null || inschrijving.getStatus() != InschrijvingStatus.GOEDGEKEURD
                || vandaag.isBefore(inschrijving.getStartjaar().getTrajectStart())) {
            return false;
        }
        inschrijving.activeer("leerKRACHT platform", Instant.now(clock), vandaag);
        em.persist(Traject.start(inschrijving, vandaag, "leerKRACHT platform", Instant.now(clock)));
        uitnodigingen.nodigKernteamUit(inschrijving);
        return true;
    }

    // --- shared --------------------------------------------------------------------------------

    private Tarief tarief(Sector sector, Schooljaar startjaar) {
        return em.createQuery("SELECT t FROM Tarief t WHERE t.sector = :sector AND t.startjaar = :startjaar", Tarief.class)
                .setParameter("sector", sector).setParameter("startjaar", startjaar)
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("inschrijving.fout.geenTarief", "no tariff " + sector + " "
                        + startjaar, startjaar.toString()));
    }

    private Inschrijfperiode periode(Schooljaar startjaar) {
        Inschrijfperiode periode = em.find(Inschrijfperiode.class, startjaar.startJaar());
        return periode != null ? periode : new Inschrijfperiode(startjaar, Inschrijfperiode.standaardSluiting(startjaar));
    }

    /**
     * @throws BusinessException {@code inschrijving.fout.startjaar}, naming the next start year as
     *         the example, for anything but a school year such as {@code 2027-2028}
     */
    static Schooljaar parseStartjaar(String startjaar, Clock clock) {
        try {
            return Schooljaar.parse(startjaar);
        } catch (IllegalArgumentException e) {
            throw new BusinessException("inschrijving.fout.startjaar", "start year " + startjaar,
                    Schooljaar.of(LocalDate.now(clock)).volgende().toString());
        }
    }

    /** What the enrolment list is narrowed to; every field optional. */
    public static class Filter implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private InschrijvingStatus status;
        private String startjaar;
        private Sector sector;
        private String zoekterm;

        public InschrijvingStatus getStatus() {
            return status;
        }

        public void setStatus(InschrijvingStatus status) {
            this.status = status;
        }

        public String getStartjaar() {
            return startjaar;
        }

        public void setStartjaar(String startjaar) {
            this.startjaar = startjaar == null || startjaar.isBlank() ? null : startjaar;
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
