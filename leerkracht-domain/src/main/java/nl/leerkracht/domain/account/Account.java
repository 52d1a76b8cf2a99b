package nl.leerkracht.domain.account;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.leerkracht.domain.school.Bestuur;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.Team;
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.domain.shared.Tekst;

/**
 * A person who can log in, with one or more roles ({@link Lidmaatschap}). School roles are tied to
 * a school, a bestuurder to a bestuur; an Expertcoach's schools follow from the clusters they guide. After
 * {@value #GUESSING_WARNING} failed logins in a row its owner is warned by mail.
 */
@Entity
@Table(name = "account")
public class Account {

    public static final int USERNAME_LENGTH = 60;
    public static final int NAAM_LENGTH = 120;
    public static final int EMAIL_LENGTH = 254;
    /** After this many failed logins in a row the owner gets a mail that someone may be guessing. */
    public static final int GUESSING_WARNING = 10;
    /** Stored for an invitee: not a hash, so no password matches it. */
    private static final String NO_PASSWORD = "!";

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3," + USERNAME_LENGTH + "}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "username", length = USERNAME_LENGTH, nullable = false, unique = true)
    private String username;

    @Column(name = "naam", length = NAAM_LENGTH, nullable = false)
    private String naam;

    @Column(name = "email", length = EMAIL_LENGTH, nullable = false)
    private String email;

    @Column(name = "password_hash", length = 200, nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private AccountStatus status = AccountStatus.ACTIEF;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "last_login")
    private Instant lastLogin;

    /** A new e-mail address waiting for its owner to confirm it by the link mailed there. */
    @Column(name = "nieuw_email", length = EMAIL_LENGTH)
    private String nieuwEmail;

    /** Sessions that started before this moment have ended; null: none was ended. */
    @Column(name = "sessies_geldig_vanaf")
    private Instant sessiesGeldigVanaf;

    /** The person's roles, the first one given first; never empty. */
    @OneToMany(
            mappedBy = "account",
            cascade = {CascadeType.PERSIST, CascadeType.REMOVE})
    @OrderBy("id")
    private List<Lidmaatschap> lidmaatschappen = new ArrayList<>();

    /** The membership the logged-in person chose for this request; null: the first. */
    @Transient
    private Lidmaatschap gekozen;

    /** Whether the person is registered in the lerarenregister, for accreditation of their hours. */
    @Column(name = "lerarenregister", nullable = false)
    private boolean lerarenregister;

    protected Account() {
        // for JPA
    }

    private Account(
            String username, String naam, String email, Rol rol, School school, Bestuur bestuur, String passwordHash) {
        this.username = checkUsername(username);
        this.naam = Tekst.verplicht(naam, NAAM_LENGTH, "account.fout.naam", "account.fout.naam.markup");
        this.email = Tekst.email(email, "account.fout.email").toLowerCase(Locale.ROOT);
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        lidmaatschappen.add(new Lidmaatschap(this, rol, school, bestuur));
    }

    /**
     * @return the user name in lower case
     * @throws Regelfout {@code account.fout.gebruikersnaam} unless it has 3-{@value #USERNAME_LENGTH}
     *         letters, digits, dots, dashes or underscores
     */
    public static String checkUsername(String username) {
        String normalized = normalizeUsername(username);
        if (!USERNAME.matcher(normalized).matches()) {
            throw new Regelfout(
                    "account.fout.gebruikersnaam",
                    "A user name has 3-" + USERNAME_LENGTH + " characters: letters, digits, dot, dash or underscore");
        }
        return normalized;
    }

    /** An account of the foundation itself, or an Expertcoach (whose schools come from clusters). */
    public static Account ofFoundation(String username, String naam, String email, Rol rol, String passwordHash) {
        if (rol.getBereik() != Rol.Bereik.FOUNDATION && rol.getBereik() != Rol.Bereik.CLUSTERS) {
            throw new IllegalArgumentException(rol + " belongs to a school or bestuur");
        }
        return new Account(username, naam, email, rol, null, null, passwordHash);
    }

    /** A bestuurder of one board. */
    public static Account ofBestuur(String username, String naam, String email, Bestuur bestuur, String passwordHash) {
        return new Account(
                username, naam, email, Rol.BESTUURDER, null, Objects.requireNonNull(bestuur, "bestuur"), passwordHash);
    }

    /** A schoolleider, schoolcoach, aanjager or leraar of one school. */
    public static Account ofSchool(
            String username, String naam, String email, Rol rol, School school, String passwordHash) {
        if (rol.getBereik() != Rol.Bereik.SCHOOL) {
            throw new IllegalArgumentException(rol + " is not a school role");
        }
        return new Account(username, naam, email, rol, Objects.requireNonNull(school, "school"), null, passwordHash);
    }

    /**
     * A person invited to the platform: no password yet, so they cannot log in until they accept
     * the invitation. The role decides what the account must be tied to: a school role a school, a
     * bestuurder a board; foundation roles and Expertcoaches neither (an Expertcoach's clusters are
     * assigned separately).
     *
     * @throws Regelfout {@code account.fout.rol}, {@code account.fout.school} or
     *         {@code account.fout.bestuur} when the role's tie is missing, and the rules of name,
     *         e-mail address and user name
     */
    public static Account nodigUit(
            String username, String naam, String email, Rol rol, School school, Bestuur bestuur) {
        Account account = new Account(username, naam, email, rol, school, bestuur, NO_PASSWORD);
        account.status = AccountStatus.UITGENODIGD;
        return account;
    }

    /**
     * The invitee accepts: from now on they log in with this password.
     *
     * @throws Regelfout {@code toegangslink.fout.ongeldig} when the account is not (or no longer) invited
     */
    public void aanvaardUitnodiging(String newPasswordHash) {
        if (status != AccountStatus.UITGENODIGD) {
            throw new Regelfout("toegangslink.fout.ongeldig", username + " is " + status);
        }
        this.passwordHash = Objects.requireNonNull(newPasswordHash, "passwordHash");
        this.status = AccountStatus.ACTIEF;
    }

    /**
     * A new password chosen with a reset link. Failed logins are forgotten, and every open session
     * ends: whoever knew the old password is out.
     *
     * @throws Regelfout {@code toegangslink.fout.ongeldig} unless the account is active
     */
    public void herstelWachtwoord(String newPasswordHash, Instant nu) {
        if (status != AccountStatus.ACTIEF) {
            throw new Regelfout("toegangslink.fout.ongeldig", username + " is " + status);
        }
        this.passwordHash = Objects.requireNonNull(newPasswordHash, "passwordHash");
        this.failedLogins = 0;
        beeindigSessies(nu);
    }

    /** Whether this is the account's password. */
    public boolean isWachtwoord(String wachtwoord) {
        return status == AccountStatus.ACTIEF && PasswordHash.matches(wachtwoord, passwordHash);
    }

    /**
     * The person changes their own password: the current one is asked, so that someone at an
     * unattended computer cannot. Every other session ends.
     *
     * @throws Regelfout {@code wachtwoord.fout.huidig} when the current password is wrong
     */
    public void wijzigWachtwoord(String huidig, String newPasswordHash, Instant nu) {
        if (!PasswordHash.matches(huidig, passwordHash)) {
            throw new Regelfout("wachtwoord.fout.huidig", username + " gave a wrong current password");
        }
        herstelWachtwoord(newPasswordHash, nu);
    }

    /** @throws Regelfout the name's rules */
    public void wijzigNaam(String nieuweNaam) {
        this.naam = Tekst.verplicht(nieuweNaam, NAAM_LENGTH, "account.fout.naam", "account.fout.naam.markup");
    }

    /**
     * A new e-mail address, which counts only once its owner confirms it ({@link #bevestigEmail}).
     *
     * @return the address in lower case
     * @throws Regelfout {@code account.fout.email} for a malformed address,
     *         {@code account.fout.emailZelfde} for the current one
     */
    public String vraagEmailWijziging(String adres) {
        String nieuw = Tekst.email(adres, "account.fout.email").toLowerCase(Locale.ROOT);
        if (nieuw.equals(email)) {
            throw new Regelfout("account.fout.emailZelfde", "the same address");
        }
        this.nieuwEmail = nieuw;
        return nieuw;
    }

    /**
     * The pending change of address is cancelled from the old mailbox: the address stays as it was.
     *
     * @return the address that was asked for
     * @throws Regelfout {@code toegangslink.fout.ongeldig} when no change is pending
     */
    public String annuleerEmailWijziging() {
        if (nieuwEmail == null) {
            throw new Regelfout("toegangslink.fout.ongeldig", username + " has no pending address");
        }
        String gevraagd = nieuwEmail;
        nieuwEmail = null;
        return gevraagd;
    }

    /**
     * The owner confirmed the new address from its mailbox: from now on it is theirs.
     *
     * @return the old address
     * @throws Regelfout {@code toegangslink.fout.ongeldig} when no new address is waiting
     */
    public String bevestigEmail() {
        if (nieuwEmail == null) {
            throw new Regelfout("toegangslink.fout.ongeldig", "no new address for " + username);
        }
        String oud = email;
        email = nieuwEmail;
        nieuwEmail = null;
        return oud;
    }

    /** The new e-mail address waiting for confirmation; null when none. */
    public String getNieuwEmail() {
        return nieuwEmail;
    }

    /**
     * A leaver: cannot log in any more, open sessions end at their next request; the account stays
     * so that the name stays in histories.
     *
     * @throws Regelfout {@code account.fout.nietActief} unless the account is active (an invitation
     *         that was not accepted is withdrawn instead)
     */
    public void deactiveer(Instant nu) {
        if (status != AccountStatus.ACTIEF) {
            throw new Regelfout("account.fout.nietActief", username + " is " + status);
        }
        status = AccountStatus.GEDEACTIVEERD;
        beeindigSessies(nu);
    }

    /**
     * A leaver who returns logs in again with their old password (or resets it).
     *
     * @throws Regelfout {@code account.fout.nietGedeactiveerd} unless the account was deactivated
     */
    public void heractiveer() {
        if (status != AccountStatus.GEDEACTIVEERD) {
            throw new Regelfout("account.fout.nietGedeactiveerd", username + " is " + status);
        }
        status = AccountStatus.ACTIEF;
        failedLogins = 0;
    }

    /** Every session that started before {@code nu} ends at its next request. */
    public void beeindigSessies(Instant nu) {
        this.sessiesGeldigVanaf = nu.truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Whether a session that started at {@code ingelogdOp} may go on: the account is active and its
     * sessions were not ended since.
     */
    public boolean isSessieGeldig(Instant ingelogdOp) {
        return isSessieGeldig(status, sessiesGeldigVanaf, ingelogdOp);
    }

    /** {@link #isSessieGeldig(Instant)} on the two columns, for a check that does not load the account. */
    public static boolean isSessieGeldig(AccountStatus status, Instant sessiesGeldigVanaf, Instant ingelogdOp) {
        return status == AccountStatus.ACTIEF
                && (sessiesGeldigVanaf == null
                        || !ingelogdOp.truncatedTo(ChronoUnit.MILLIS).isBefore(sessiesGeldigVanaf));
    }

    public boolean isUitgenodigd() {
        return status == AccountStatus.UITGENODIGD;
    }

    /** User names are case-insensitive: stored and looked up in lower case. */
    public static String normalizeUsername(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * Checks a password and counts failures in a row (from any client), so the owner can be warned
     * when the account is being guessed. Failures never lock the account: that would let anyone keep
     * its owner out. Guessing is slowed down per name and client by the platform's rate limits.
     */
    public LoginOutcome attemptLogin(String password, Instant now) {
        if (status != AccountStatus.ACTIEF) {
            return LoginOutcome.INVALID;
        }
        if (PasswordHash.matches(password, passwordHash)) {
            failedLogins = 0;
            lastLogin = now;
            return LoginOutcome.SUCCESS;
        }
        failedLogins++;
        return LoginOutcome.INVALID;
    }

    /**
     * Counts an attempt that was refused without looking at the password because its client must
     * wait: it is guessing all the same, so it counts towards warning the owner.
     */
    public void countRefusedAttempt() {
        failedLogins++;
    }

    /** Whether this failure is the one to warn the owner about: once per run of failures. */
    public boolean isBeingGuessed() {
        return failedLogins == GUESSING_WARNING;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getNaam() {
        return naam;
    }

    /** The e-mail address in lower case, as it is stored and looked up. */
    public String getEmail() {
        return email;
    }

    /**
     * A further role for this person, e.g. schoolleider of a second school. Persisted with the
     * account (cascade).
     *
     * @throws Regelfout {@code lidmaatschap.fout.bestaat} when the person already has this role
     *         there, and the rules of {@link Lidmaatschap}
     */
    public Lidmaatschap voegLidmaatschapToe(Rol rol, School school, Bestuur bestuur) {
        if (lidmaatschap(rol, school, bestuur).isPresent()) {
            throw new Regelfout("lidmaatschap.fout.bestaat", username + " already is " + rol + " there");
        }
        Lidmaatschap nieuw = new Lidmaatschap(this, rol, school, bestuur);
        lidmaatschappen.add(nieuw);
        return nieuw;
    }

    /**
     * The person no longer has this role (a leaver of one of their schools).
     *
     * @throws Regelfout {@code lidmaatschap.fout.laatste} for their only membership: a person who
     *         leaves their only place is deactivated instead
     */
    public void verwijderLidmaatschap(Lidmaatschap lidmaatschap) {
        if (lidmaatschappen.size() < 2 || !lidmaatschappen.contains(lidmaatschap)) {
            throw new Regelfout("lidmaatschap.fout.laatste", username + " would have no membership left");
        }
        lidmaatschappen.remove(lidmaatschap);
        if (gekozen == lidmaatschap) {
            gekozen = null;
        }
    }

    /** The person's membership with this role there, if they have it. */
    public Optional<Lidmaatschap> lidmaatschap(Rol rol, School school, Bestuur bestuur) {
        return lidmaatschappen.stream()
                .filter(l -> l.isZelfde(rol, school, bestuur))
                .findFirst();
    }

    /** The person's school-role membership at this school, if any. */
    public Optional<Lidmaatschap> lidmaatschapBij(School school) {
        return lidmaatschappen.stream().filter(l -> l.isBij(school)).findFirst();
    }

    /** All the person's roles, the first one given first. */
    public List<Lidmaatschap> getLidmaatschappen() {
        return Collections.unmodifiableList(lidmaatschappen);
    }

    /**
     * The logged-in person works in this membership for the current request: {@link #getRol()},
     * {@link #getSchool()} and {@link #getBestuur()} follow it.
     *
     * @return false when the membership is not (or no longer) this person's; the first one counts then
     */
    public boolean kies(Long lidmaatschapId) {
        gekozen = lidmaatschappen.stream()
                .filter(l -> l.getId() != null && l.getId().equals(lidmaatschapId))
                .findFirst()
                .orElse(null);
        return gekozen != null;
    }

    /** The membership this person works in now: the chosen one ({@link #kies}), otherwise the first. */
    public Lidmaatschap getLidmaatschap() {
        return gekozen != null ? gekozen : lidmaatschappen.get(0);
    }

    /** The role of the membership this person works in now ({@link #getLidmaatschap()}). */
    public Rol getRol() {
        return getLidmaatschap().getRol();
    }

    public AccountStatus getStatus() {
        return status;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLastLogin() {
        return lastLogin;
    }

    /** The team of the membership this person works in now; null when none. */
    public Team getTeam() {
        return getLidmaatschap().getTeam();
    }

    public boolean isLerarenregister() {
        return lerarenregister;
    }

    public void setLerarenregister(boolean lerarenregister) {
        this.lerarenregister = lerarenregister;
    }

    /** The school of the membership this person works in now, for a school role; null otherwise. */
    public School getSchool() {
        return getLidmaatschap().getSchool();
    }

    /** The board of the membership this person works in now, for a bestuurder; null otherwise. */
    public Bestuur getBestuur() {
        return getLidmaatschap().getBestuur();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Account that && Objects.equals(username, that.username);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(username);
    }

    @Override
    public String toString() {
        return username;
    }
}
