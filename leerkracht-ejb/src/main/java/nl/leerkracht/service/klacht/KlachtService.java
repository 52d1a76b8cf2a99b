package nl.leerkracht.service.klacht;

import static nl.leerkracht.service.platform.BusinessException.bijRegel;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.klacht.Klacht;
import nl.leerkracht.domain.klacht.KlachtAudit;
import nl.leerkracht.domain.klacht.KlachtBijlage;
import nl.leerkracht.domain.klacht.Klachttermijn;
import nl.leerkracht.domain.shared.Bestandstype;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.MailService;
import nl.leerkracht.service.platform.NotFoundException;
import nl.leerkracht.service.platform.PublicUrl;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The complaints procedure (domain.md §6), the complainant's side: anyone submits a complaint and
 * follows it through a private link. The handlers' side is {@link KlachtBehandeling}. Every read
 * and change is written to the complaint's audit trail.
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
    public Indiening indienen(@NotNull KlachtForm invoer, List<Upload> bijlagen) {
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
        audit(klacht, KlachtAudit.KlachtActie.INGEDIEND, klacht.getNaam(), bestanden.size() + " bijlage(n)");
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
        audit(klacht, KlachtAudit.KlachtActie.GEVOLGD, "klager", null);
        return new KlachtVolgen(klacht, Instant.now(clock));
    }

    private Dossier dossier() {
        return new Dossier(em, publiekeUrl, clock);
    }

    private void audit(Klacht klacht, KlachtAudit.KlachtActie actie, String door, String detail) {
        dossier().audit(klacht, actie, door, detail);
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
