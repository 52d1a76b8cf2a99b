package nl.leerkracht.service.account;

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
import jakarta.persistence.TypedQuery;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.AccountStatus;
import nl.leerkracht.domain.account.LoginOutcome;
import nl.leerkracht.domain.account.PasswordHash;
import nl.leerkracht.domain.account.Sessie;
import nl.leerkracht.service.platform.AccessDeniedException;
import nl.leerkracht.service.platform.MailService;
import nl.leerkracht.service.platform.RateLimits;
import nl.leerkracht.service.platform.RateLimits.Limit;

/** Logging in against the account table, and the caller's own account. */
@Stateless
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final ResourceBundle MAILS =
            ResourceBundle.getBundle("nl.leerkracht.service.account.mails", Locale.ROOT);
    /** Spent on unknown user names too, so response times do not tell which names exist. */
    private static final String DUMMY_HASH = PasswordHash.create("dummy-password-for-timing");

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private MailService mail;

    @Inject
    private Clock clock;

    @Inject
    private RateLimits limits;

    /**
     * Checks a user name (or e-mail address) and password from a client (its IP address), in a
     * transaction of its own so the failure count of the account is kept though the login fails.
     * Nothing locks an account: failed logins are limited ({@link RateLimits}) per user name (or
     * e-mail address) from one client and per client across all names, so an attacker elsewhere
     * never keeps the owner out.
     * A sender over a limit is refused before any password is hashed; a known and an unknown name
     * are limited alike, so the answers tell nothing about which names exist. The owner gets a mail
     * at the tenth failure in a row.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LoginResult authenticate(String username, String password, String client) {
        Instant now = clock.instant();
        String from = RateLimits.network(client);
        if (limits.isOver(Limit.LOGIN_CLIENT, from)) {
            LOG.warning(() -> "Login refused unseen: client " + client + " has too many failed logins");
            return LoginResult.throttled(limits.waitFor(Limit.LOGIN_CLIENT, from));
        }
        Optional<Account> found = find(username);
        // By the name as typed, known or not: a refusal tells nothing about which names exist or belong together.
        String name = from + "|" + Account.normalizeUsername(username);
        if (limits.isOver(Limit.LOGIN_NAME, name)) {
            LOG.warning(() -> "Login refused unseen: " + Account.normalizeUsername(username) + " from " + client
                    + " has too many failed logins");
            found.ifPresent(Account::countRefusedAttempt);
            warnWhenGuessed(found);
            return LoginResult.throttled(limits.waitFor(Limit.LOGIN_NAME, name));
        }
        LoginOutcome outcome;
        if (found.isEmpty()) {
            PasswordHash.matches(password == null ? "" : password, DUMMY_HASH);
            outcome = LoginOutcome.INVALID;
        } else {
            Account account = found.get();
            outcome = account.attemptLogin(password, now);
            if (outcome == LoginOutcome.SUCCESS) {
                limits.forget(Limit.LOGIN_NAME, name);
                return new LoginResult(outcome, account.getUsername(), account.getRol());
            }
        }
        limits.count(Limit.LOGIN_NAME, name);
        limits.count(Limit.LOGIN_CLIENT, from);
        warnWhenGuessed(found);
        return new LoginResult(outcome, null, null);
    }

    /** Mails the owner at the tenth failed login in a row. */
    private void warnWhenGuessed(Optional<Account> found) {
        found.filter(Account::isBeingGuessed).ifPresent(account -> {
            LOG.warning(() -> account.getUsername() + " has " + account.getFailedLogins() + " failed logins in a row");
            mail.plaats(
                    account.getEmail(),
                    MAILS.getString("geraden.onderwerp"),
                    new MessageFormat(MAILS.getString("geraden.tekst"), NL)
                            .format(new Object[] {account.getNaam(), account.getFailedLogins()}),
                    null);
        });
    }

    private Optional<Account> find(String username) {
        String name = Account.normalizeUsername(username);
        // A user name never holds '@': such a login is an e-mail address, which must name one account.
        // Its id is read first without a lock: a locking read that scans would lock every row it scans.
        List<Long> ids = em.createQuery(
                        name.contains("@")
                                ? "SELECT a.id FROM Account a WHERE a.email = :name"
                                : "SELECT a.id FROM Account a WHERE a.username = :name",
                        Long.class)
                .setParameter("name", name)
                .setMaxResults(2)
                .getResultList();
        return ids.size() == 1
                ? Optional.ofNullable(em.find(Account.class, ids.get(0), LockModeType.PESSIMISTIC_WRITE))
                : Optional.empty();
    }

    /** What a request of a logged-in user may do: go on, go on after noting it was used, or stop. */
    public enum SessieStatus {
        GELDIG,
        BIJWERKEN,
        VERLOPEN
    }

    /**
     * Records a login in a browser: the session "Mijn gegevens" lists and its owner can end.
     *
     * @return the session's id, kept in the HTTP session
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long beginSessie(String username, String userAgent, String adres) {
        Account account =
                findByUsername(username).orElseThrow(() -> new IllegalStateException("No account " + username));
        Sessie sessie = Sessie.begin(account, clock.instant(), userAgent, adres);
        em.persist(sessie);
        em.flush();
        return sessie.getId();
    }

    /**
     * Whether a session of this user that began at {@code loggedInAt} may go on: the account is
     * active, its sessions were not ended since (deactivation, a password reset or change), and
     * this session was not ended by its owner or left unused. Asked on every page request of a
     * logged-in user, so it reads one row by key (with the account's two columns) and starts no
     * transaction; {@link SessieStatus#BIJWERKEN} asks the caller to note the use ({@link #zieSessie}).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SessieStatus isSessieGeldig(String principal, Instant loggedInAt, long sessieId) {
        Long lidmaatschap = Principal.lidmaatschapId(principal);
        TypedQuery<Object[]> query = em.createQuery(
                        "SELECT a.status, a.sessiesGeldigVanaf, s.beeindigd, s.laatstGezien"
                                + " FROM Sessie s JOIN s.account a WHERE s.id = :id AND a.username = :username"
                                + (lidmaatschap == null
                                        ? ""
                                        : " AND EXISTS (SELECT l.id FROM Lidmaatschap l WHERE l.id = :lid AND l.account = a)"),
                        Object[].class)
                .setParameter("id", sessieId)
                .setParameter("username", Principal.username(principal));
        if (lidmaatschap != null) {
            query.setParameter("lid", lidmaatschap);
        }
        List<Object[]> rows = query.getResultList();
        if (rows.size() != 1) {
            return SessieStatus.VERLOPEN;
        }
        Object[] row = rows.get(0);
        Instant nu = clock.instant();
        if (!Account.isSessieGeldig((AccountStatus) row[0], (Instant) row[1], loggedInAt)
                || !Sessie.isOpen((Instant) row[2], (Instant) row[3], nu)) {
            return SessieStatus.VERLOPEN;
        }
        return Sessie.moetBijwerken((Instant) row[3], nu) ? SessieStatus.BIJWERKEN : SessieStatus.GELDIG;
    }

    /** Notes that a session was used now. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void zieSessie(long sessieId) {
        Optional.ofNullable(em.find(Sessie.class, sessieId)).ifPresent(s -> s.zie(clock.instant()));
    }

    /** A session ends: logout, or its HTTP session timed out. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void beeindigSessie(long sessieId) {
        Optional.ofNullable(em.find(Sessie.class, sessieId)).ifPresent(s -> s.beeindig(clock.instant()));
    }

    /** The logged-in user's profile. */
    @RolesAllowed({
        Roles.CENTRAAL_TEAM,
        Roles.DIRECTEUR,
        Roles.RVT_VOORZITTER,
        Roles.EXPERTCOACH,
        Roles.BESTUURDER,
        Roles.SCHOOLLEIDER,
        Roles.SCHOOLCOACH,
        Roles.AANJAGER,
        Roles.LERAAR
    })
    public Profiel getProfiel() {
        return new Profiel(getCaller());
    }

    /** The caller's own account; for other services that scope data by it. */
    @RolesAllowed({
        Roles.CENTRAAL_TEAM,
        Roles.DIRECTEUR,
        Roles.RVT_VOORZITTER,
        Roles.EXPERTCOACH,
        Roles.BESTUURDER,
        Roles.SCHOOLLEIDER,
        Roles.SCHOOLCOACH,
        Roles.AANJAGER,
        Roles.LERAAR
    })
    public Account getCaller() {
        String name = session.getCallerPrincipal().getName();
        Account account = findByUsername(Principal.username(name))
                .orElseThrow(() -> new IllegalStateException("No account for caller " + name));
        Long gekozen = Principal.lidmaatschapId(name);
        if (gekozen != null && !account.kies(gekozen)) {
            // The membership ended while this session ran; isSessieGeldig ends the session at its next request.
            throw new AccessDeniedException("membership " + gekozen + " of " + account.getUsername() + " has ended");
        }
        return account;
    }

    private Optional<Account> findByUsername(String username) {
        List<Account> accounts = em.createQuery("SELECT a FROM Account a WHERE a.username = :username", Account.class)
                .setParameter("username", Account.normalizeUsername(username))
                .getResultList();
        return accounts.stream().findFirst();
    }
}
