package nl.leerkracht.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import nl.leerkracht.domain.shared.Regelfout;

/**
 * A personal link that lets its holder do one thing once, for a limited time: set up the first
 * central-team account, accept an invitation, reset a password, or confirm a new e-mail address.
 * Only the SHA-256 hash of the link's key is stored, so a copy of the database opens nothing. A
 * link is valid strictly before its end ({@code geldigTot}) and until it is used.
 */
@Entity
@Table(name = "toegangslink")
public class Toegangslink {

    /** What the link is for, and how long it lasts. */
    public enum Doeleinde {
        INSTALLATIE(Duration.ofHours(24)),
        UITNODIGING(Duration.ofDays(14)),
        WACHTWOORD_HERSTEL(Duration.ofHours(1)),
        EMAIL_BEVESTIGING(Duration.ofHours(24)),
        /** To the old address: cancels a pending change, as long as the confirmation link lives. */
        EMAIL_ANNULERING(Duration.ofHours(24));

        private final Duration geldigheid;

        Doeleinde(Duration geldigheid) {
            this.geldigheid = geldigheid;
        }

        public Duration getGeldigheid() {
            return geldigheid;
        }
    }

    /** A new link and its key: the key exists only here, to be sent once, and is never stored. */
    public record Uitgifte(Toegangslink link, String sleutel) {}

    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "doel", length = 30, nullable = false)
    private Doeleinde doel;

    @Column(name = "sleutel_hash", length = 64, nullable = false, unique = true)
    private String sleutelHash;

    /** The account it acts on; none for the installation link, which creates the first one. */
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "aangemaakt_op", nullable = false)
    private Instant aangemaaktOp;

    @Column(name = "geldig_tot", nullable = false)
    private Instant geldigTot;

    @Column(name = "gebruikt_op")
    private Instant gebruiktOp;

    protected Toegangslink() {
        // for JPA
    }

    private Toegangslink(Doeleinde doel, Long accountId, String sleutelHash, Instant nu) {
        this.doel = Objects.requireNonNull(doel, "doel");
        this.accountId = accountId;
        this.sleutelHash = sleutelHash;
        this.aangemaaktOp = Objects.requireNonNull(nu, "nu");
        this.geldigTot = nu.plus(doel.getGeldigheid());
    }

    /** A fresh link with a random 256-bit key, valid from {@code nu} for the purpose's duration. */
    public static Uitgifte maak(Doeleinde doel, Long accountId, Instant nu) {
        if (doel != Doeleinde.INSTALLATIE && accountId == null) {
            throw new IllegalArgumentException(doel + " is a link for an account");
        }
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        String sleutel = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
        return new Uitgifte(new Toegangslink(doel, accountId, hash(sleutel), nu), sleutel);
    }

    /** The stored form of a key: its SHA-256 in hex. A 256-bit random key needs no salt or stretching. */
    public static String hash(String sleutel) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sleutel.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the key would still open this link at {@code nu}: not used, and before its end. */
    public boolean isGeldig(Instant nu) {
        return gebruiktOp == null && nu.isBefore(geldigTot);
    }

    /**
     * Uses the link up.
     *
     * @throws Regelfout {@code toegangslink.fout.ongeldig} when it was used before or has expired
     */
    public void gebruik(Instant nu) {
        if (!isGeldig(nu)) {
            throw new Regelfout("toegangslink.fout.ongeldig", "link " + id + " used or expired");
        }
        gebruiktOp = nu;
    }

    public Long getId() {
        return id;
    }

    public Doeleinde getDoel() {
        return doel;
    }

    public String getSleutelHash() {
        return sleutelHash;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Instant getGeldigTot() {
        return geldigTot;
    }

    public Instant getGebruiktOp() {
        return gebruiktOp;
    }
}
