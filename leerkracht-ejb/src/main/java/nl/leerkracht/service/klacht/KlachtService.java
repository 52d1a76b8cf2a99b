package nl.leerkracht.service.klacht;

import static nl.leerkracht.service.platform.BusinessException.bijRegel;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.klacht.Klacht;
import nl.leerkracht.domain.klacht.KlachtAudit;
import nl.leerkracht.domain.klacht.KlachtBijlage;
import nl.leerkracht.domain.klacht.KlachtOnderwerp;
import nl.leerkracht.domain.klacht.KlachtUitkomst;
import nl.leerkracht.domain.klacht.Klachttermijn;
import nl.leerkracht.domain.shared.Bestandstype;
import nl.leerkracht.service.account.AccountService;
import nl.leerkracht.service.account.Roles;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.MailService;
import nl.leerkracht.service.platform.NotFoundException;
import nl.leerkracht.service.platform.PublicUrl;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The complaints procedure (domain.md §6). Anyone submits a complaint and follows it through a
 * private link; the director handles complaints about employees and the programme, the chair of the
 * Raad van Toezicht those about the director. A handler reaches only the complaints of their role's
 * subjects: anything else is "not found", so not even its existence shows. Every read and change is
 * written to the complaint's audit trail.
 */
@Stateless
public class KlachtService {

    /** The part of the site the complainant's private link points to. */
    public static final String VOLG_PAD = "/klacht/volgen.xhtml";

    static final String SYSTEEM = "systeem";
    private static final Logger LOG = Logger.getLogger(KlachtService.class.getName());
    /** The characters of a reference: no 0, O, 1 or I, which a reader confuses. */
    public static final String REFERENTIE_TEKENS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private static final int MB = 1024 * 1024;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @EJB
    private MailService mail;

    @Inject
    private PublicUrl publiekeUrl;

    @Inject
    @ConfigProperty(name = "leerkracht.upload.max-bytes", defaultValue = "10485760")
    private long maximumBestand;

    private final SecureRandom random = new SecureRandom();

    @Inject
    private Clock clock;

    /** The largest attachment accepted, in whole megabytes, for the form's hint and messages. */
    @PermitAll
    public long getMaximumBestandMb() {
        return Math.max(1, maximumBestand / MB);
    }

    /**
     * Receives a complaint with its attachments, mails the complainant a confirmation with the
     * reference and private link, and tells the handler a complaint has come in. Nothing is stored
     * when any part is refused.
     *
     * @throws BusinessException for a missing name or e-mail address (anonymous complaints are not
     *         handled), an invalid field, more than five attachments or an attachment refused by size or content
     */
    @PermitAll
    public Indiening indienen(@NotNull KlachtInvoer invoer, List<Upload> bijlagen) {
        List<Upload> bestanden = bijlagen == null ? List.of() : bijlagen;
        if (bestanden.size() > KlachtBijlage.MAXIMUM_AANTAL) {
            throw new BusinessException(
                    "klacht.fout.bijlagen", "attachments: " + bestanden.size(), KlachtBijlage.MAXIMUM_AANTAL);
        }
        Instant nu = Instant.now(clock);
        String code = volgcode();
        Klacht klacht = BusinessException.bijRegel(() -> Klacht.ontvang(
                referentie(nu),
                hash(code),
                invoer.getNaam(),
                invoer.getEmail(),
                invoer.getOnderwerp(),
                invoer.getOmschrijving(),
                nu));
        em.persist(klacht);
        em.flush();
        for (Upload bestand : bestanden) {
            bijRegel(
                    () -> {
                        em.persist(new KlachtBijlage(klacht, bestand.getNaam(), bestand.inhoud(), maximumBestand));
                    },
                    Bestandstype.veiligeNaam(bestand.getNaam()),
                    getMaximumBestandMb());
        }
        audit(klacht, KlachtAudit.Actie.INGEDIEND, klacht.getNaam(), bestanden.size() + " bijlage(n)");
        String link = publiekeUrl.of(VOLG_PAD + "?ref=" + klacht.getReferentie() + "&code=" + code);
        mail.plaats(
                klacht.getEmail(),
                KlachtMails.tekst("bevestiging.onderwerp", klacht.getReferentie()),
                KlachtMails.tekst(
                        "bevestiging.tekst",
                        klacht.getReferentie(),
                        klacht.getNaam(),
                        KlachtMails.onderwerp(klacht.getOnderwerp()),
                        KlachtMails.moment(nu),
                        KlachtMails.moment(klacht.getOntvangstUiterlijk()),
                        KlachtMails.moment(klacht.getOplossingUiterlijk()),
                        link),
                klacht.getId());
        for (Account behandelaar : dossier().behandelaars(klacht.getOnderwerp())) {
            mail.plaats(
                    behandelaar.getEmail(),
                    KlachtMails.tekst("nieuw.onderwerp", klacht.getReferentie()),
                    KlachtMails.tekst(
                            "nieuw.tekst",
                            klacht.getReferentie(),
                            KlachtMails.moment(klacht.getOntvangstUiterlijk()),
                            dossier().registerLink(klacht)),
                    klacht.getId());
        }
        LOG.info(() -> "Complaint " + klacht.getReferentie() + " received about " + klacht.getOnderwerp());
        return new Indiening(klacht.getReferentie(), link);
    }

    /**
     * The complainant's view through the private link.
     *
     * @throws NotFoundException for an unknown reference, a wrong code, or a complaint past retention
     */
    @PermitAll
    public KlachtVolgen volg(String referentie, String code) {
        List<Klacht> gevonden = referentie == null || code == null
                ? List.of()
                : em.createQuery("SELECT k FROM Klacht k WHERE k.referentie = :ref", Klacht.class)
                        .setParameter("ref", referentie.trim().toUpperCase(java.util.Locale.ROOT))
                        .getResultList();
        Klacht klacht = gevonden.stream()
                .filter(k -> k.getVolgcodeHash() != null
                        && MessageDigest.isEqual(
                                k.getVolgcodeHash().getBytes(StandardCharsets.US_ASCII),
                                hash(code).getBytes(StandardCharsets.US_ASCII)))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No complaint " + referentie + " with this code"));
        audit(klacht, KlachtAudit.Actie.GEVOLGD, "klager", null);
        return new KlachtVolgen(klacht, Instant.now(clock));
    }

    /** The complaints the caller handles, newest first. */
    @RolesAllowed({Roles.DIRECTEUR, Roles.RVT_VOORZITTER})
    public List<KlachtRegel> register() {
        Instant nu = Instant.now(clock);
        return zichtbare().stream().map(k -> new KlachtRegel(k, nu)).toList();
    }

    /** The register for export; each exported complaint gets a line in its audit trail. */
    @RolesAllowed({Roles.DIRECTEUR, Roles.RVT_VOORZITTER})
    public List<KlachtRegel> exporteer() {
        String door = accounts.getCaller().getNaam();
        Instant nu = Instant.now(clock);
        List<Klacht> klachten = zichtbare();
        klachten.forEach(k -> audit(k, KlachtAudit.Actie.GEEXPORTEERD, door, null));
        return klachten.stream().map(k -> new KlachtRegel(k, nu)).toList();
    }

    /** Received, closed and in-time counts per year and subject, over the caller's subjects, newest year first. */
    @RolesAllowed({Roles.DIRECTEUR, Roles.RVT_VOORZITTER})
    public List<Jaartelling> jaaroverzicht() {
        Map<String, Jaartelling> tellingen = new LinkedHashMap<>();
        for (Klacht k : zichtbare()) {
            int jaar = k.getOntvangenOp().atZone(Klachttermijn.ZONE).getYear();
            tellingen
                    .computeIfAbsent(jaar + "/" + k.getOnderwerp(), s -> new Jaartelling(jaar, k.getOnderwerp()))
                    .tel(k.getOntvangstOpTijd(), k.getOplossingOpTijd());
        }
        List<Jaartelling> lijst = new ArrayList<>(tellingen.values());
        lijst.sort(Comparator.comparing(Jaartelling::getJaar).reversed().thenComparing(Jaartelling::getOnderwerp));
        return lijst;
    }

    /**
     * A complaint's file, if the caller handles its subject; the read is written to the audit trail.
     *
     * @throws NotFoundException otherwise, exactly as for an id that does not exist
     */
    @RolesAllowed({Roles.DIRECTEUR, Roles.RVT_VOORZITTER})
    public KlachtDetail get(long id) {
        Klacht klacht = zichtbare(id, LockModeType.NONE);
        audit(klacht, KlachtAudit.Actie.GELEZEN, accounts.getCaller().getNaam(), null);
        em.flush();
        List<KlachtDetail.BijlageRegel> bijlagen = em.createQuery(
                        "SELECT b.id, b.bestandsnaam, b.grootte FROM KlachtBijlage b"
                                + " WHERE b.klacht = :k ORDER BY b.id",
                        Object[].class)
                .setParameter("k", klacht)
                .getResultStream()
                .map(r -> new KlachtDetail.BijlageRegel((Long) r[0], (String) r[1], ((Number) r[2]).longValue()))
                .toList();
        List<KlachtAudit> audit = em.createQuery(
                        "SELECT a FROM KlachtAudit a WHERE a.klachtId = :id ORDER BY a.op DESC, a.id DESC",
                        KlachtAudit.class)
                .setParameter("id", id)
                .getResultList();
        return new KlachtDetail(klacht, Instant.now(clock), bijlagen, audit);
    }

    /** An attachment as a download; the opening is written to the audit trail. */
    @RolesAllowed({Roles.DIRECTEUR, Roles.RVT_VOORZITTER})
    public Bijlage bijlage(long klachtId, long bijlageId) {
        Klacht klacht = zichtbare(klachtId, LockModeType.NONE);
        KlachtBijlage bijlage = em.find(KlachtBijlage.class, bijlageId);
        if (bijlage == null || !bijlage.getKlacht().equals(klacht)) {
            throw new NotFoundException("No attachment " + bijlageId + " of complaint " + klachtId);
        }
        audit(klacht, KlachtAudit.Actie.BIJLAGE_GEOPEND, accounts.getCaller().getNaam(), bijlage.getBestandsnaam());
        return new Bijlage(bijlage.getBestandsnaam(), bijlage.getBestandstype().getMimeType(), bijlage.getInhoud());
    }

    /** E-mails the complainant; the first e-mail acknowledges the complaint. */
    @RolesAllowed({Roles.DIRECTEUR, Roles.RVT_VOORZITTER})
    public void mailKlager(long id, String tekst) {
        Klacht klacht = zichtbare(id, LockModeType.PESSIMISTIC_WRITE);
        Account door = accounts.getCaller();
        String bericht = BusinessException.bijRegel(() -> klacht.mailKlager(tekst, door.getNaam(), Instant.now(clock)));
        mail.plaats(
                klacht.getEmail(),
                KlachtMails.tekst("bericht.onderwerp", klacht.getReferentie()),
                KlachtMails.tekst("bericht.tekst", klacht.getReferentie(), klacht.getNaam(), bericht, door.getNaam()),
                klacht.getId());
        audit(klacht, KlachtAudit.Actie.EMAIL_KLAGER, door.getNaam(), null);
    }

    /** A note for the file only. */
    @RolesAllowed({Roles.DIRECTEUR, Roles.RVT_VOORZITTER})
    public void noteer(long id, String tekst) {
        Klacht klacht = zichtbare(id, LockModeType.PESSIMISTIC_WRITE);
        String door = accounts.getCaller().getNaam();
        BusinessException.bijRegel(() -> klacht.noteer(tekst, door, Instant.now(clock)));
        audit(klacht, KlachtAudit.Actie.NOTITIE, door, null);
    }

    /** Records another term agreed with the complainant and confirms it to them by e-mail. */
    @RolesAllowed({Roles.DIRECTEUR, Roles.RVT_VOORZITTER})
    public void spreekTermijnAf(long id, LocalDate dag, String reden) {
        Klacht klacht = zichtbare(id, LockModeType.PESSIMISTIC_WRITE);
        String door = accounts.getCaller().getNaam();
        BusinessException.bijRegel(() -> klacht.spreekTermijnAf(dag, reden, door, Instant.now(clock)));
        mail.plaats(
                klacht.getEmail(),
                KlachtMails.tekst("termijn.onderwerp", klacht.getReferentie()),
                KlachtMails.tekst(
                        "termijn.tekst",
                        klacht.getReferentie(),
                        klacht.getNaam(),
                        KlachtMails.dag(dag),
                        klacht.getTermijnReden(),
                        door),
                klacht.getId());
        audit(klacht, KlachtAudit.Actie.TERMIJN_AFGESPROKEN, door, dag.toString());
    }

    /** Closes the complaint with its outcome and tells the complainant; from then on it is archived. */
    @RolesAllowed({Roles.DIRECTEUR, Roles.RVT_VOORZITTER})
    public void sluit(long id, KlachtUitkomst uitkomst, String toelichting) {
        Klacht klacht = zichtbare(id, LockModeType.PESSIMISTIC_WRITE);
        String door = accounts.getCaller().getNaam();
        BusinessException.bijRegel(() -> klacht.sluit(uitkomst, toelichting, door, Instant.now(clock)));
        mail.plaats(
                klacht.getEmail(),
                KlachtMails.tekst("afgesloten.onderwerp", klacht.getReferentie()),
                KlachtMails.tekst(
                        "afgesloten." + uitkomst.name(),
                        klacht.getReferentie(),
                        klacht.getNaam(),
                        toelichting.trim(),
                        door),
                klacht.getId());
        audit(klacht, KlachtAudit.Actie.AFGESLOTEN, door, uitkomst.name());
    }

    private Dossier dossier() {
        return new Dossier(em, publiekeUrl, clock);
    }

    private void audit(Klacht klacht, KlachtAudit.Actie actie, String door, String detail) {
        dossier().audit(klacht, actie, door, detail);
    }

    private List<Klacht> zichtbare() {
        List<KlachtOnderwerp> onderwerpen =
                KlachtOnderwerp.behandeldDoor(accounts.getCaller().getRol());
        return em.createQuery(
                        "SELECT k FROM Klacht k WHERE k.onderwerp IN :onderwerpen ORDER BY k.ontvangenOp DESC, k.id DESC",
                        Klacht.class)
                .setParameter("onderwerpen", onderwerpen)
                .getResultList();
    }

    private Klacht zichtbare(long id, LockModeType lock) {
        Klacht klacht = em.find(Klacht.class, id, lock);
        Account caller = accounts.getCaller();
        if (klacht == null || klacht.getOnderwerp().getBehandelaar() != caller.getRol()) {
            throw new NotFoundException(caller.getUsername() + " asked for complaint " + id);
        }
        return klacht;
    }

    private String referentie(Instant nu) {
        StringBuilder ref = new StringBuilder("K")
                .append(nu.atZone(Klachttermijn.ZONE).getYear())
                .append('-');
        for (int i = 0; i < 6; i++) {
            ref.append(REFERENTIE_TEKENS.charAt(random.nextInt(REFERENTIE_TEKENS.length())));
        }
        return ref.toString();
    }

    private String volgcode() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** How a tracking code is kept: its SHA-256, never the code itself. */
    public static String hash(String code) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
