package nl.leerkracht.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Slows down guessing (OWASP ASVS 2.2.1) instead of locking an account, which would let anyone
 * keep its owner out. One throttle per key: an account as tried from one client, or a client
 * across all accounts. The first failures are free; after them each further attempt must wait,
 * 30 seconds after the first and twice as long after each next one, at most 15 minutes. While a
 * key waits, its attempts are refused without looking at the password. A success clears the key;
 * an hour without attempts forgets the failures.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    public static final int KEY_LENGTH = 300;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "sleutel", length = KEY_LENGTH, nullable = false, unique = true)
    private String key;

    @Column(name = "mislukt", nullable = false)
    private int failures;

    @Column(name = "laatste_op", nullable = false)
    private Instant lastAttempt;

    @Column(name = "wacht_tot")
    private Instant waitUntil;

    protected LoginThrottle() {
        // for JPA
    }

    public LoginThrottle(String key, Instant now) {
        this.key = Objects.requireNonNull(key, "key");
        if (key.length() > KEY_LENGTH) {
            throw new IllegalArgumentException("key too long");
        }
        this.lastAttempt = Objects.requireNonNull(now, "now");
    }

    /** The key of an account as tried from one client. */
    public static String forAccount(long accountId, String client) {
        return "account:" + accountId + "@" + shorten(client);
    }

    /** The key of a client across all accounts. */
    public static String forClient(String client) {
        return "client:" + shorten(client);
    }

    private static String shorten(String client) {
        String value = client == null ? "?" : client;
        return value.length() > 200 ? value.substring(0, 200) : value;
    }

    /** Whether an attempt now must be refused unseen. */
    public boolean isWaiting(Instant now) {
        return waitUntil != null && now.isBefore(waitUntil);
    }

    /**
     * Counts a failure; beyond {@code free} failures the key waits.
     *
     * @return how long the key now waits (zero while failures are free)
     */
    public Duration fail(Instant now, int free) {
        if (lastAttempt != null && Duration.between(lastAttempt, now).compareTo(FORGET_AFTER) > 0) {
            failures = 0;
            waitUntil = null;
        }
        failures++;
        lastAttempt = now;
        if (failures <= free) {
            return Duration.ZERO;
        }
        Duration wait = waitAfter(failures - free);
        waitUntil = now.plus(wait);
        return wait;
    }

    /** After a success nothing of earlier failures counts. */
    public void succeed(Instant now) {
        failures = 0;
        waitUntil = null;
        lastAttempt = now;
    }

    /** 30 s after the first failure beyond the free ones, doubling, at most 15 minutes. */
    static Duration waitAfter(int beyondFree) {
        int doublings = Math.min(beyondFree - 1, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    public String getKey() {
        return key;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getWaitUntil() {
        return waitUntil;
    }
}
