package nl.leerkracht.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One login of a person in a browser, so they can see where they are logged in and end a session
 * they do not trust (OWASP ASVS 3.3.4). It records when it began, when it was last used (to the
 * nearest {@link #BIJWERKEN}), on which kind of device and from which address, and when it ended.
 * A session unused for {@link #STIL} is over, as its HTTP session is.
 */
@Entity
@Table(name = "account_sessie")
public class Sessie {

    public static final int APPARAAT_LENGTH = 100;
    public static final int ADRES_LENGTH = 64;
    /** The HTTP session's timeout (web.xml): a session unused this long is over. */
    public static final Duration STIL = Duration.ofMinutes(30);
    /** How stale "last used" may be before a request writes it again. */
    public static final Duration BIJWERKEN = Duration.ofMinutes(5);
    /** How long the record of a session is kept after it was last used (the address is personal data). */
    public static final Duration BEWAREN = Duration.ofDays(90);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Column(name = "begonnen", nullable = false, updatable = false)
    private Instant begonnen;

    @Column(name = "laatst_gezien", nullable = false)
    private Instant laatstGezien;

    @Column(name = "apparaat", length = APPARAAT_LENGTH, nullable = false, updatable = false)
    private String apparaat;

    @Column(name = "adres", length = ADRES_LENGTH, nullable = false, updatable = false)
    private String adres;

    @Column(name = "beeindigd")
    private Instant beeindigd;

    protected Sessie() {
        // for JPA
    }

    /** A session begins at a successful login from a browser ({@code userAgent}) at a client address. */
    public static Sessie begin(Account account, Instant nu, String userAgent, String adres) {
        Sessie sessie = new Sessie();
        sessie.account = Objects.requireNonNull(account, "account");
        sessie.begonnen = nu.truncatedTo(ChronoUnit.MILLIS);
        sessie.laatstGezien = sessie.begonnen;
        sessie.apparaat = apparaat(userAgent);
        String a = adres == null || adres.isBlank() ? "onbekend" : adres.trim();
        sessie.adres = a.substring(0, Math.min(a.length(), ADRES_LENGTH));
        return sessie;
    }

    /**
     * The kind of browser and system, in a few words ("Chrome op Windows"), from a User-Agent
     * header: enough for a person to recognise their own devices, nothing more is kept.
     */
    public static String apparaat(String userAgent) {
        String ua = userAgent == null ? "" : userAgent;
        String browser = ua.contains("Edg/")
                ? "Edge"
                : ua.contains("OPR/")
                        ? "Opera"
                        : ua.contains("Firefox/")
                                ? "Firefox"
                                : ua.contains("Chrome/") || ua.contains("Chromium/")
                                        ? "Chrome"
                                        : ua.contains("Safari/") ? "Safari" : null;
        String systeem = ua.contains("Android")
                ? "Android"
                : ua.contains("iPhone") || ua.contains("iPad")
                        ? "iOS"
                        : ua.contains("Windows")
                                ? "Windows"
                                : ua.contains("Mac OS X") || ua.contains("Macintosh")
                                        ? "macOS"
                                        : ua.contains("CrOS") ? "ChromeOS" : ua.contains("Linux") ? "Linux" : null;
        if (browser == null && systeem == null) {
            return "Onbekende browser";
        }
        return browser == null ? "Browser op " + systeem : systeem == null ? browser : browser + " op " + systeem;
    }

    /** Whether "last used" is stale enough to write again now. */
    public static boolean moetBijwerken(Instant laatstGezien, Instant nu) {
        return laatstGezien == null || !laatstGezien.plus(BIJWERKEN).isAfter(nu);
    }

    /**
     * Whether the session still counts: not ended, and used within {@link #STIL} (plus the
     * {@link #BIJWERKEN} by which "last used" may lag, so a live HTTP session is never cut short).
     */
    public static boolean isOpen(Instant beeindigd, Instant laatstGezien, Instant nu) {
        return beeindigd == null && laatstGezien.plus(STIL).plus(BIJWERKEN).isAfter(nu);
    }

    public boolean isOpen(Instant nu) {
        return isOpen(beeindigd, laatstGezien, nu);
    }

    public void zie(Instant nu) {
        if (nu.isAfter(laatstGezien)) {
            laatstGezien = nu.truncatedTo(ChronoUnit.MILLIS);
        }
    }

    /** Ends the session (logout, ended by its owner, or timed out); the first end counts. */
    public void beeindig(Instant nu) {
        if (beeindigd == null) {
            beeindigd = nu.truncatedTo(ChronoUnit.MILLIS);
        }
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public Instant getBegonnen() {
        return begonnen;
    }

    public Instant getLaatstGezien() {
        return laatstGezien;
    }

    public String getApparaat() {
        return apparaat;
    }

    public String getAdres() {
        return adres;
    }

    public Instant getBeeindigd() {
        return beeindigd;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Sessie that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
