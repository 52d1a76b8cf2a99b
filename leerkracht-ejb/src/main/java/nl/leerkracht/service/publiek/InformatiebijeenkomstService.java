package nl.leerkracht.service.publiek;

import static nl.leerkracht.service.platform.BusinessException.bijRegel;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import nl.leerkracht.domain.account.Toegangslink;
import nl.leerkracht.domain.inschrijving.InschrijvingStatus;
import nl.leerkracht.domain.publiek.Aanmelding;
import nl.leerkracht.domain.publiek.AanmeldingStatus;
import nl.leerkracht.domain.publiek.Informatiebijeenkomst;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.service.account.Roles;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.Like;
import nl.leerkracht.service.platform.MailService;
import nl.leerkracht.service.platform.NotFoundException;
import nl.leerkracht.service.platform.PublicUrl;

/**
 * Information meetings (domain.md §4): the central team plans them at participating schools; anyone
 * registers without an account and gets a single-use cancel link; a full meeting keeps a waiting
 * list that moves up when someone cancels. Every change to a meeting's registrations holds the
 * meeting's row lock, so 20 people registering at once for the last 5 places get exactly 5 places.
 */
@Stateless
public class InformatiebijeenkomstService {

    private static final Logger LOG = Logger.getLogger(InformatiebijeenkomstService.class.getName());
    private static final int KEY_BYTES = 32;
    private static final String AFMELDEN = "/publiek/afmelden.xhtml";

    private final SecureRandom random = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PublicUrl publicUrl;

    @EJB
    private MailService mail;

    /** The coming meetings that go ahead, soonest first, with the places left. */
    @PermitAll
    public List<InformatiebijeenkomstRow> komende() {
        return rows(em.createQuery(
                        "SELECT b FROM Informatiebijeenkomst b JOIN FETCH b.school WHERE b.datum > :vandaag"
                                + " AND b.geannuleerdOp IS NULL ORDER BY b.datum, b.van, b.id",
                        Informatiebijeenkomst.class)
                .setParameter("vandaag", LocalDate.now(clock))
                .getResultList());
    }

    /** Every meeting, the coming ones first (soonest first), then the past ones (latest first). */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public List<InformatiebijeenkomstRow> alle() {
        LocalDate vandaag = LocalDate.now(clock);
        List<InformatiebijeenkomstRow> rows = rows(em.createQuery(
                        "SELECT b FROM Informatiebijeenkomst b JOIN FETCH b.school ORDER BY b.datum, b.van, b.id",
                        Informatiebijeenkomst.class)
                .getResultList());
        return java.util.stream.Stream.concat(
                        rows.stream().filter(r -> r.getDatum().isAfter(vandaag)),
                        rows.stream()
                                .filter(r -> !r.getDatum().isAfter(vandaag))
                                .sorted(java.util.Comparator.comparing(InformatiebijeenkomstRow::getDatum)
                                        .reversed()))
                .toList();
    }

    /** One meeting as the public sees it, also when cancelled or past (the page says so). */
    @PermitAll
    public InformatiebijeenkomstRow get(long id) {
        Informatiebijeenkomst bijeenkomst = find(id, LockModeType.NONE);
        return rows(List.of(bijeenkomst)).get(0);
    }

    /**
     * Registers someone: a place while there is one, else the waiting list; mails a confirmation
     * with a personal cancel link.
     *
     * @return whether they got a place or wait
     * @throws BusinessException with the rule's message key when a field or the moment is refused
     */
    @PermitAll
    public AanmeldingStatus meldAan(long id, AanmeldForm form) {
        if (form.getRol() == null) {
            throw new BusinessException("aanmelding.fout.rol", "no role");
        }
        Informatiebijeenkomst bijeenkomst = find(id, LockModeType.PESSIMISTIC_WRITE);
        String sleutel = nieuweSleutel();
        Aanmelding aanmelding = bijRegel(() -> bijeenkomst.meldAan(
                form.getNaam(),
                form.getEmail(),
                form.getOrganisatie(),
                form.getRol(),
                Toegangslink.hash(sleutel),
                Instant.now(clock),
                LocalDate.now(clock)));
        em.persist(aanmelding);
        String soort = aanmelding.getStatus() == AanmeldingStatus.AANGEMELD ? "aangemeld" : "wachtlijst";
        mail.plaats(
                aanmelding.getEmail(),
                BijeenkomstMails.tekst(
                        soort + ".onderwerp", bijeenkomst.getSchool().getNaam()),
                BijeenkomstMails.tekst(
                        soort + ".tekst",
                        aanmelding.getNaam(),
                        BijeenkomstMails.wanneer(bijeenkomst),
                        BijeenkomstMails.waar(bijeenkomst),
                        publicUrl.withKey(AFMELDEN, sleutel),
                        bijeenkomst.getOmschrijving() == null ? "" : bijeenkomst.getOmschrijving() + "\n\n"),
                null);
        LOG.info(() -> "Registration for information meeting " + id + ": " + aanmelding.getStatus());
        return aanmelding.getStatus();
    }

    /** The registration a cancel link belongs to, while it can still be cancelled. */
    @PermitAll
    public Optional<AfmeldView> afmelding(String sleutel) {
        return aanmeldingMet(sleutel)
                .map(a -> new AfmeldView(
                        a.getNaam(),
                        a.getStatus(),
                        rows(List.of(a.getBijeenkomst())).get(0)));
    }

    /**
     * Cancels the registration of a cancel link; the link then stops working. A place that comes
     * free goes to the first on the waiting list, who is mailed.
     *
     * @throws BusinessException {@code aanmelding.fout.sleutel} for a link that is unknown or used
     */
    @PermitAll
    public void meldAf(String sleutel) {
        // The meeting's lock comes first, before anything else is read: on MySQL the first plain
        // read fixes what the transaction sees, so a registration read before the lock could be stale.
        Informatiebijeenkomst bijeenkomst = bijeenkomstMet(sleutel)
                .orElseThrow(() -> new BusinessException("aanmelding.fout.sleutel", "unknown or used cancel key"));
        Aanmelding gevonden = aanmeldingMet(sleutel)
                .orElseThrow(() -> new BusinessException("aanmelding.fout.sleutel", "cancel key used meanwhile"));
        Optional<Aanmelding> doorgeschoven =
                bijRegel(() -> bijeenkomst.meldAf(gevonden, Instant.now(clock), LocalDate.now(clock)));
        doorgeschoven.ifPresent(a -> mailDoorgeschoven(bijeenkomst, a));
        LOG.info(() -> "Registration cancelled for information meeting " + bijeenkomst.getId()
                + (doorgeschoven.isPresent() ? "; the first on the waiting list moved up" : ""));
    }

    /**
     * Plans a meeting at a participating school.
     *
     * @return its id
     */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public long plan(InformatiebijeenkomstForm form) {
        School school = gastschool(form.getBrin());
        Informatiebijeenkomst bijeenkomst = bijRegel(() -> new Informatiebijeenkomst(
                school,
                form.getDatum(),
                form.getVan(),
                form.getTot(),
                form.getCapaciteit() == null ? 0 : form.getCapaciteit(),
                form.getOmschrijving(),
                LocalDate.now(clock)));
        em.persist(bijeenkomst);
        em.flush();
        return bijeenkomst.getId();
    }

    /** Changes a meeting's date, times, capacity or description; more places move the waiting list up. */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public void wijzig(long id, InformatiebijeenkomstForm form) {
        Informatiebijeenkomst bijeenkomst = find(id, LockModeType.PESSIMISTIC_WRITE);
        Informatiebijeenkomst.Wijziging wijziging = bijRegel(() -> bijeenkomst.wijzig(
                form.getDatum(),
                form.getVan(),
                form.getTot(),
                form.getCapaciteit() == null ? 0 : form.getCapaciteit(),
                form.getOmschrijving(),
                LocalDate.now(clock),
                Instant.now(clock)));
        wijziging.doorgeschoven().forEach(a -> mailDoorgeschoven(bijeenkomst, a));
        for (Aanmelding a : wijziging.verzet()) {
            mail.plaats(
                    a.getEmail(),
                    BijeenkomstMails.tekst(
                            "gewijzigd.onderwerp", bijeenkomst.getSchool().getNaam()),
                    BijeenkomstMails.tekst(
                            "gewijzigd.tekst",
                            a.getNaam(),
                            BijeenkomstMails.wanneer(bijeenkomst),
                            BijeenkomstMails.waar(bijeenkomst)),
                    null);
        }
    }

    private void mailDoorgeschoven(Informatiebijeenkomst bijeenkomst, Aanmelding a) {
        mail.plaats(
                a.getEmail(),
                BijeenkomstMails.tekst(
                        "doorgeschoven.onderwerp", bijeenkomst.getSchool().getNaam()),
                BijeenkomstMails.tekst(
                        "doorgeschoven.tekst",
                        a.getNaam(),
                        BijeenkomstMails.wanneer(bijeenkomst),
                        BijeenkomstMails.waar(bijeenkomst)),
                null);
    }

    /** Cancels a meeting and mails everyone who was registered or waiting. @return how many were mailed */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public int annuleer(long id) {
        Informatiebijeenkomst bijeenkomst = find(id, LockModeType.PESSIMISTIC_WRITE);
        List<Aanmelding> betrokkenen = bijRegel(() -> bijeenkomst.annuleer(Instant.now(clock)));
        for (Aanmelding a : betrokkenen) {
            mail.plaats(
                    a.getEmail(),
                    BijeenkomstMails.tekst(
                            "geannuleerd.onderwerp", bijeenkomst.getSchool().getNaam()),
                    BijeenkomstMails.tekst(
                            "geannuleerd.tekst",
                            a.getNaam(),
                            BijeenkomstMails.wanneer(bijeenkomst),
                            BijeenkomstMails.waar(bijeenkomst)),
                    null);
        }
        LOG.info(() -> "Information meeting " + id + " cancelled; " + betrokkenen.size() + " people mailed");
        return betrokkenen.size();
    }

    /** The registrations of a meeting in order of registration, cancelled ones too. */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public List<AanmeldingRow> aanmeldingen(long id) {
        find(id, LockModeType.NONE);
        return em.createQuery(
                        "SELECT a FROM Aanmelding a WHERE a.bijeenkomst.id = :id ORDER BY a.aangemeldOp, a.id",
                        Aanmelding.class)
                .setParameter("id", id)
                .getResultStream()
                .map(AanmeldingRow::new)
                .toList();
    }

    /** Participating schools whose name, place or BRIN code starts with or holds the text, for planning. */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public List<GastschoolRow> gastscholen(String zoek) {
        String tekst = zoek == null ? "" : zoek;
        return em.createQuery(
                        "SELECT NEW nl.leerkracht.service.publiek.GastschoolRow(s.id, s.naam, s.adres.plaats, s.brin.code)"
                                + " FROM School s WHERE (LOWER(s.naam) LIKE :tekst OR LOWER(s.adres.plaats) LIKE :tekst"
                                + " OR s.brin.code LIKE :begin)"
                                + " AND EXISTS (SELECT i.id FROM Inschrijving i WHERE i.school = s AND i.status IN :deelnemend)"
                                + " ORDER BY s.naam, s.id",
                        GastschoolRow.class)
                .setParameter("tekst", Like.contains(tekst))
                .setParameter("begin", Like.startsWithUpper(tekst))
                .setParameter("deelnemend", List.of(InschrijvingStatus.ACTIEF, InschrijvingStatus.AFGEROND))
                .setMaxResults(20)
                .getResultList();
    }

    /** The meetings of tomorrow that go ahead and whose reminder has not gone out. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Long> teHerinneren() {
        return em.createQuery(
                        "SELECT b.id FROM Informatiebijeenkomst b WHERE b.datum = :morgen"
                                + " AND b.geannuleerdOp IS NULL AND b.herinnerdOp IS NULL",
                        Long.class)
                .setParameter("morgen", LocalDate.now(clock).plusDays(1))
                .getResultList();
    }

    /**
     * Sends a meeting's reminder to those with a place, once: the meeting's row is locked and
     * marked in the same transaction as the mails are queued, so of several nodes only one sends.
     *
     * @return how many were mailed; 0 when another node was first
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int herinner(long id) {
        Informatiebijeenkomst bijeenkomst = em.find(Informatiebijeenkomst.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (bijeenkomst == null
                || bijeenkomst.getHerinnerdOp() != null
                || bijeenkomst.isGeannuleerd()
                || !bijeenkomst.getDatum().equals(LocalDate.now(clock).plusDays(1))) {
            return 0;
        }
        bijeenkomst.herinnerd(Instant.now(clock));
        int verstuurd = 0;
        for (Aanmelding a : bijeenkomst.getAanmeldingen()) {
            if (a.getStatus() == AanmeldingStatus.AANGEMELD) {
                mail.plaats(
                        a.getEmail(),
                        BijeenkomstMails.tekst("herinnering.onderwerp"),
                        BijeenkomstMails.tekst(
                                "herinnering.tekst",
                                a.getNaam(),
                                BijeenkomstMails.wanneer(bijeenkomst),
                                BijeenkomstMails.waar(bijeenkomst)),
                        null);
                verstuurd++;
            }
        }
        int aantal = verstuurd;
        LOG.info(() -> "Reminder of information meeting " + id + " queued for " + aantal + " people");
        return verstuurd;
    }

    /**
     * Deletes the registrations of meetings more than a year past (the privacy statement promises
     * it); the meetings themselves stay, with their numbers.
     *
     * @return how many registrations were deleted
     */
    @PermitAll
    public int ruimOp() {
        int verwijderd = em.createQuery("DELETE FROM Aanmelding a WHERE a.bijeenkomst IN"
                        + " (SELECT b FROM Informatiebijeenkomst b WHERE b.datum < :grens)")
                .setParameter("grens", LocalDate.now(clock).minusYears(1))
                .executeUpdate();
        if (verwijderd > 0) {
            LOG.info(() -> verwijderd + " registrations of information meetings more than a year past deleted");
        }
        return verwijderd;
    }

    /** The meeting of a cancel link's registration, locked, in one statement that reads nothing before the lock. */
    private Optional<Informatiebijeenkomst> bijeenkomstMet(String sleutel) {
        if (sleutel == null || sleutel.isBlank() || sleutel.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery(
                        "SELECT b FROM Informatiebijeenkomst b WHERE b.id IN"
                                + " (SELECT a.bijeenkomst.id FROM Aanmelding a WHERE a.afmeldSleutelHash = :hash)",
                        Informatiebijeenkomst.class)
                .setParameter("hash", Toegangslink.hash(sleutel.trim()))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    private Optional<Aanmelding> aanmeldingMet(String sleutel) {
        if (sleutel == null || sleutel.isBlank() || sleutel.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a FROM Aanmelding a WHERE a.afmeldSleutelHash = :hash", Aanmelding.class)
                .setParameter("hash", Toegangslink.hash(sleutel.trim()))
                .getResultStream()
                .findFirst();
    }

    private School gastschool(String brin) {
        if (brin == null || brin.isBlank()) {
            throw new BusinessException("informatiebijeenkomst.fout.school", "no school");
        }
        School school = em.createQuery("SELECT s FROM School s WHERE s.brin.code = :brin", School.class)
                .setParameter("brin", brin.trim().toUpperCase(java.util.Locale.ROOT))
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (school == null
                || em.createQuery(
                                        "SELECT COUNT(i) FROM Inschrijving i WHERE i.school = :school AND i.status IN :deelnemend",
                                        Long.class)
                                .setParameter("school", school)
                                .setParameter(
                                        "deelnemend", List.of(InschrijvingStatus.ACTIEF, InschrijvingStatus.AFGEROND))
                                .getSingleResult()
                        == 0) {
            throw new BusinessException("informatiebijeenkomst.fout.school", "school " + brin + " does not take part");
        }
        return school;
    }

    private Informatiebijeenkomst find(long id, LockModeType lock) {
        Informatiebijeenkomst bijeenkomst = em.find(Informatiebijeenkomst.class, id, lock);
        if (bijeenkomst == null) {
            throw new NotFoundException("No information meeting " + id);
        }
        return bijeenkomst;
    }

    private List<InformatiebijeenkomstRow> rows(List<Informatiebijeenkomst> bijeenkomsten) {
        if (bijeenkomsten.isEmpty()) {
            return List.of();
        }
        Map<Long, long[]> tellingen = new HashMap<>();
        for (Object[] rij : em.createQuery(
                        "SELECT a.bijeenkomst.id, a.status, COUNT(a) FROM Aanmelding a"
                                + " WHERE a.bijeenkomst.id IN :ids GROUP BY a.bijeenkomst.id, a.status",
                        Object[].class)
                .setParameter(
                        "ids",
                        bijeenkomsten.stream().map(Informatiebijeenkomst::getId).toList())
                .getResultList()) {
            long[] telling = tellingen.computeIfAbsent((Long) rij[0], k -> new long[2]);
            if (rij[1] == AanmeldingStatus.AANGEMELD) {
                telling[0] = ((Number) rij[2]).longValue();
            } else if (rij[1] == AanmeldingStatus.WACHTLIJST) {
                telling[1] = ((Number) rij[2]).longValue();
            }
        }
        return bijeenkomsten.stream()
                .map(b -> {
                    long[] telling = tellingen.getOrDefault(b.getId(), new long[2]);
                    return new InformatiebijeenkomstRow(b, telling[0], telling[1]);
                })
                .toList();
    }

    private String nieuweSleutel() {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }
}
