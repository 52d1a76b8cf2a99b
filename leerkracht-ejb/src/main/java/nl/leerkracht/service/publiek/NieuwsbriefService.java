package nl.leerkracht.service.publiek;

import static nl.leerkracht.service.platform.BusinessException.bijRegel;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import nl.leerkracht.domain.account.Toegangslink;
import nl.leerkracht.domain.publiek.NieuwsbriefStatus;
import nl.leerkracht.domain.publiek.Nieuwsbriefabonnee;
import nl.leerkracht.service.account.Roles;
import nl.leerkracht.service.platform.MailService;
import nl.leerkracht.service.platform.PublicUrl;

/**
 * The newsletter's subscriptions with double opt-in. The platform keeps the list and mails the
 * confirmations; the central team exports the confirmed addresses, each with its unsubscribe
 * link, for the newsletter itself. Whatever is typed, the form's answer is the same: it never
 * tells whether an address was known (the owner hears it by mail).
 */
@Stateless
public class NieuwsbriefService {

    /** The page a confirmation link opens; the unsubscribe page; the one-click address (RFC 8058). */
    public static final String BEVESTIGEN = "/publiek/nieuwsbrief-bevestigen.xhtml";

    public static final String AFMELDEN = "/publiek/nieuwsbrief-afmelden.xhtml";
    public static final String AFMELDEN_IN_EEN_KLIK = "/nieuwsbrief/afmelden";

    private static final Logger LOG = Logger.getLogger(NieuwsbriefService.class.getName());
    private static final int KEY_BYTES = 32;
    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final ResourceBundle TEKSTEN =
            ResourceBundle.getBundle("nl.leerkracht.service.publiek.mails", Locale.ROOT);

    private final SecureRandom random = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PublicUrl publicUrl;

    @EJB
    private MailService mail;

    /**
     * Someone subscribes on the site: a new address gets a confirmation link; a known one a mail
     * saying so (see {@link Nieuwsbriefabonnee#opnieuw}).
     *
     * @throws nl.leerkracht.service.platform.BusinessException {@code nieuwsbrief.fout.*} for an
     *     address or name the rules refuse
     */
    @PermitAll
    public void aanmelden(String email, String naam) {
        Instant nu = Instant.now(clock);
        // Both fields are checked before the address is looked up: a refusal never depends on
        // whether it is known.
        String adres = bijRegel(() -> Nieuwsbriefabonnee.normaal(email));
        String schoneNaam = bijRegel(() -> Nieuwsbriefabonnee.naam(naam));
        String bevestigSleutel = nieuweSleutel();
        Optional<Nieuwsbriefabonnee> bekend = metAdres(adres);
        if (bekend.isEmpty()) {
            Nieuwsbriefabonnee abonnee =
                    new Nieuwsbriefabonnee(adres, schoneNaam, Toegangslink.hash(bevestigSleutel), nieuweSleutel(), nu);
            em.persist(abonnee);
            mailBevestiging(abonnee, bevestigSleutel);
            LOG.info(() -> "Newsletter subscription " + abonnee.getId() + " waits for its confirmation");
            return;
        }
        Nieuwsbriefabonnee abonnee = bekend.get();
        switch (abonnee.opnieuw(Toegangslink.hash(bevestigSleutel), nu)) {
            case BEVESTIGEN -> mailBevestiging(abonnee, bevestigSleutel);
            case AL_INGESCHREVEN ->
                mail.plaatsVoorAbonnee(
                        abonnee.getEmail(),
                        tekst("nieuwsbrief.al.onderwerp"),
                        tekst("nieuwsbrief.al.tekst", aanhef(abonnee), afmeldlink(abonnee)),
                        eenKlikAfmelden(abonnee));
            case GEEN -> LOG.info(() -> "Newsletter subscription " + abonnee.getId() + " asked again: no mail yet");
        }
    }

    /**
     * Deletes the subscriptions whose confirmation did not come within a week; the job calls it
     * every round.
     *
     * @return how many were deleted
     */
    @PermitAll
    public int ruimOp() {
        return em.createQuery("DELETE FROM Nieuwsbriefabonnee a WHERE a.status = :wacht AND a.aangemeldOp <= :grens")
                .setParameter("wacht", NieuwsbriefStatus.WACHT_OP_BEVESTIGING)
                .setParameter("grens", Instant.now(clock).minus(Nieuwsbriefabonnee.BEVESTIGEN_BINNEN))
                .executeUpdate();
    }

    /**
     * The confirmation link was opened.
     *
     * @return the confirmed address, or empty for a link that is unknown, used or over a week old
     */
    @PermitAll
    public Optional<String> bevestig(String sleutel) {
        if (!isSleutel(sleutel)) {
            return Optional.empty();
        }
        List<Nieuwsbriefabonnee> gevonden = em.createQuery(
                        "SELECT a FROM Nieuwsbriefabonnee a WHERE a.bevestigSleutelHash = :hash",
                        Nieuwsbriefabonnee.class)
                .setParameter("hash", Toegangslink.hash(sleutel))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (gevonden.isEmpty() || !gevonden.get(0).bevestig(Instant.now(clock))) {
            return Optional.empty();
        }
        Nieuwsbriefabonnee abonnee = gevonden.get(0);
        mail.plaatsVoorAbonnee(
                abonnee.getEmail(),
                tekst("nieuwsbrief.welkom.onderwerp"),
                tekst("nieuwsbrief.welkom.tekst", aanhef(abonnee), afmeldlink(abonnee)),
                eenKlikAfmelden(abonnee));
        LOG.info(() -> "Newsletter subscription " + abonnee.getId() + " confirmed");
        return Optional.of(abonnee.getEmail());
    }

    /** The address an unsubscribe link is for, while it is subscribed. */
    @PermitAll
    public Optional<String> afmeldbaar(String sleutel) {
        return metAfmeldSleutel(sleutel).map(Nieuwsbriefabonnee::getEmail);
    }

    /**
     * Unsubscribes the address of the link: the subscription is deleted, and with it the mails to
     * it that the outbox still holds. An unknown link (used already, say) changes nothing; two at
     * once (the mail program's POST and a click) are both fine.
     */
    @PermitAll
    public void afmelden(String sleutel) {
        if (!isSleutel(sleutel)) {
            return;
        }
        em.createQuery("DELETE FROM MailBericht m WHERE m.afmeldenUrl = :url")
                .setParameter("url", publicUrl.withKey(AFMELDEN_IN_EEN_KLIK, sleutel))
                .executeUpdate();
        int weg = em.createQuery("DELETE FROM Nieuwsbriefabonnee a WHERE a.afmeldSleutel = :sleutel")
                .setParameter("sleutel", sleutel)
                .executeUpdate();
        if (weg > 0) {
            LOG.info("A newsletter subscription was ended by its owner");
        }
    }

    /** The confirmed subscribers, in order of confirmation, for the central team's export. */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public List<AbonneeRow> bevestigden() {
        return em.createQuery(
                        "SELECT a FROM Nieuwsbriefabonnee a WHERE a.status = :bevestigd ORDER BY a.bevestigdOp, a.id",
                        Nieuwsbriefabonnee.class)
                .setParameter("bevestigd", NieuwsbriefStatus.BEVESTIGD)
                .getResultStream()
                .map(a -> new AbonneeRow(a.getEmail(), a.getNaam(), a.getBevestigdOp(), afmeldlink(a)))
                .toList();
    }

    /** How many addresses are confirmed, and how many wait for a confirmation that can still come. */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public long[] aantallen() {
        long[] aantallen = new long[2];
        for (Object[] rij : em.createQuery(
                        "SELECT a.status, COUNT(a) FROM Nieuwsbriefabonnee a"
                                + " WHERE a.status = :bevestigd OR a.aangemeldOp > :grens GROUP BY a.status",
                        Object[].class)
                .setParameter("bevestigd", NieuwsbriefStatus.BEVESTIGD)
                .setParameter("grens", Instant.now(clock).minus(Nieuwsbriefabonnee.BEVESTIGEN_BINNEN))
                .getResultList()) {
            aantallen[rij[0] == NieuwsbriefStatus.BEVESTIGD ? 0 : 1] = ((Number) rij[1]).longValue();
        }
        return aantallen;
    }

    private void mailBevestiging(Nieuwsbriefabonnee abonnee, String bevestigSleutel) {
        mail.plaatsVoorAbonnee(
                abonnee.getEmail(),
                tekst("nieuwsbrief.bevestigen.onderwerp"),
                tekst(
                        "nieuwsbrief.bevestigen.tekst",
                        aanhef(abonnee),
                        publicUrl.withKey(BEVESTIGEN, bevestigSleutel),
                        afmeldlink(abonnee)),
                eenKlikAfmelden(abonnee));
    }

    private String afmeldlink(Nieuwsbriefabonnee abonnee) {
        return publicUrl.withKey(AFMELDEN, abonnee.getAfmeldSleutel());
    }

    private String eenKlikAfmelden(Nieuwsbriefabonnee abonnee) {
        return publicUrl.withKey(AFMELDEN_IN_EEN_KLIK, abonnee.getAfmeldSleutel());
    }

    private static String aanhef(Nieuwsbriefabonnee abonnee) {
        return abonnee.getNaam() == null ? "Beste lezer" : "Beste " + abonnee.getNaam();
    }

    private static String tekst(String sleutel, Object... args) {
        return new MessageFormat(TEKSTEN.getString(sleutel), NL).format(args);
    }

    private Optional<Nieuwsbriefabonnee> metAdres(String adres) {
        // No row lock: on MySQL, locking an address that is not there locks the gap around it, and
        // two new subscriptions would deadlock. Two at once for one address meet at the unique key
        // or the version instead, and the form tries once more.
        return em.createQuery("SELECT a FROM Nieuwsbriefabonnee a WHERE a.email = :email", Nieuwsbriefabonnee.class)
                .setParameter("email", adres)
                .getResultStream()
                .findFirst();
    }

    private Optional<Nieuwsbriefabonnee> metAfmeldSleutel(String sleutel) {
        if (!isSleutel(sleutel)) {
            return Optional.empty();
        }
        return em.createQuery(
                        "SELECT a FROM Nieuwsbriefabonnee a WHERE a.afmeldSleutel = :sleutel", Nieuwsbriefabonnee.class)
                .setParameter("sleutel", sleutel)
                .getResultStream()
                .findFirst();
    }

    private static boolean isSleutel(String sleutel) {
        return sleutel != null && !sleutel.isBlank() && sleutel.length() <= 64;
    }

    private String nieuweSleutel() {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }
}
