package nl.leerkracht.domain.publiek;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import nl.leerkracht.domain.shared.Tekst;

/**
 * A newsletter subscription with double opt-in: subscribing on the site only sends a confirmation
 * link (its key stored as a hash); the address counts once that link is opened within a week.
 * Subscribing again never tells whether the address was known: it mails the owner instead, at
 * most once per {@link #MAIL_PAUZE}, so the form cannot flood someone's mailbox. Unsubscribing
 * removes the subscription altogether.
 */
@Entity
@Table(name = "nieuwsbriefabonnee")
public class Nieuwsbriefabonnee {

    public static final int NAAM_LENGTH = 150;
    /** How long a confirmation link works; unconfirmed subscriptions are removed after it. */
    public static final Duration BEVESTIGEN_BINNEN = Duration.ofDays(7);
    /** The least time between two mails that the subscription form sends to one address. */
    public static final Duration MAIL_PAUZE = Duration.ofMinutes(10);

    /** What subscribing (again) asks to mail to the address. */
    public enum Mail {
        /** The confirmation link, for the new hash given. */
        BEVESTIGEN,
        /** That the address is already subscribed, with the unsubscribe link. */
        AL_INGESCHREVEN,
        /** Nothing: the address had a mail from the form a moment ago. */
        GEEN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "email", length = Tekst.EMAIL_LENGTH, nullable = false, unique = true)
    private String email;

    @Column(name = "naam", length = NAAM_LENGTH)
    private String naam;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private NieuwsbriefStatus status;

    @Column(name = "bevestig_sleutel_hash", length = 64, unique = true)
    private String bevestigSleutelHash;

    @Column(name = "afmeld_sleutel", length = 64, nullable = false, unique = true)
    private String afmeldSleutel;

    @Column(name = "aangemeld_op", nullable = false)
    private Instant aangemeldOp;

    @Column(name = "bevestigd_op")
    private Instant bevestigdOp;

    @Column(name = "gemaild_op", nullable = false)
    private Instant gemaildOp;

    protected Nieuwsbriefabonnee() {
        // JPA
    }

    /**
     * A new subscription waiting for its confirmation.
     *
     * @throws nl.leerkracht.domain.shared.Regelfout {@code nieuwsbrief.fout.email} for no address,
     *     {@code nieuwsbrief.fout.naam} / {@code nieuwsbrief.fout.html} for a name too long or with markup
     */
    public Nieuwsbriefabonnee(String email, String naam, String bevestigSleutelHash, String afmeldSleutel, Instant nu) {
        this.email = normaal(email);
        this.naam = naam(naam);
        this.status = NieuwsbriefStatus.WACHT_OP_BEVESTIGING;
        this.bevestigSleutelHash = Objects.requireNonNull(bevestigSleutelHash, "bevestigSleutelHash");
        this.afmeldSleutel = Objects.requireNonNull(afmeldSleutel, "afmeldSleutel");
        this.aangemeldOp = Objects.requireNonNull(nu, "nu");
        this.gemaildOp = nu;
    }

    /**
     * An address as the subscription stores and finds it: trimmed and in lower case.
     *
     * @throws nl.leerkracht.domain.shared.Regelfout {@code nieuwsbrief.fout.email}
     */
    public static String normaal(String email) {
        return Tekst.email(email, "nieuwsbrief.fout.email").toLowerCase(Locale.ROOT);
    }

    /**
     * A name as the subscription stores it: empty stays empty (it is optional).
     *
     * @throws nl.leerkracht.domain.shared.Regelfout {@code nieuwsbrief.fout.naam} for over 150
     *     characters, {@code nieuwsbrief.fout.html} for markup
     */
    public static String naam(String naam) {
        return naam == null || naam.isBlank()
                ? null
                : Tekst.verplicht(naam, NAAM_LENGTH, "nieuwsbrief.fout.naam", "nieuwsbrief.fout.html");
    }

    /**
     * Someone subscribes this address again. Unconfirmed, it gets a new confirmation link (the
     * week starts over); confirmed, it stays as it is. Either way the owner hears of it by mail,
     * unless the form mailed them less than {@link #MAIL_PAUZE} ago.
     */
    public Mail opnieuw(String nieuweBevestigSleutelHash, Instant nu) {
        if (gemaildOp.plus(MAIL_PAUZE).isAfter(nu)) {
            return Mail.GEEN;
        }
        gemaildOp = nu;
        if (status == NieuwsbriefStatus.BEVESTIGD) {
            return Mail.AL_INGESCHREVEN;
        }
        bevestigSleutelHash = Objects.requireNonNull(nieuweBevestigSleutelHash, "nieuweBevestigSleutelHash");
        aangemeldOp = nu;
        return Mail.BEVESTIGEN;
    }

    /**
     * The owner opened the confirmation link.
     *
     * @return whether this confirmed it now (false when the link is more than a week old, or the
     *     address was confirmed before)
     */
    public boolean bevestig(Instant nu) {
        if (status != NieuwsbriefStatus.WACHT_OP_BEVESTIGING || isVerlopen(nu)) {
            return false;
        }
        status = NieuwsbriefStatus.BEVESTIGD;
        bevestigSleutelHash = null;
        bevestigdOp = nu;
        return true;
    }

    /** Whether it waits for a confirmation that can no longer come. */
    public boolean isVerlopen(Instant nu) {
        return status == NieuwsbriefStatus.WACHT_OP_BEVESTIGING
                && !aangemeldOp.plus(BEVESTIGEN_BINNEN).isAfter(nu);
    }

    public boolean isBevestigd() {
        return status == NieuwsbriefStatus.BEVESTIGD;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getNaam() {
        return naam;
    }

    public NieuwsbriefStatus getStatus() {
        return status;
    }

    public String getAfmeldSleutel() {
        return afmeldSleutel;
    }

    public Instant getAangemeldOp() {
        return aangemeldOp;
    }

    public Instant getBevestigdOp() {
        return bevestigdOp;
    }
}
