package nl.leerkracht.service.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.LoginOutcome;
import nl.leerkracht.domain.account.PasswordHash;

/** Logging in against the account table, and the caller's own account. */
@Stateless
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
    /** Spent on unknown user names too, so response times do not tell which names exist. */
    private static final String DUMMY_HASH = PasswordHash.create("dummy-password-for-timing");

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /**
     * Checks a user name (or e-mail address) and password and records the attempt: the failure count and lock are
     * committed even when the login fails, hence a transaction of its own. The account row is
     * locked meanwhile, so parallel attempts on one account are counted one by one: the same user
     * on two devices both get in, and parallel guessing still locks after five failures.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LoginResult authenticate(String username, String password) {
        String name = Account.normalizeUsername(username);
        // A user name never holds '@': such a login is an e-mail address, which must name one account.
        // Its id is read first without a lock: a locking read that scans would lock every row it scans.
        List<Long> ids = em.createQuery(name.contains("@")
                        ? "SELECT a.id FROM Account a WHERE LOWER(a.email) = :name"
                        : "SELECT a.id FROM Account a WHERE a.username = :name", Long.class)
                .setParameter("name", name)
                .setMaxResults(2)
                .getResultList();
        Optional<Account> found = ids.size() == 1
                ? Optional.ofNullable(em.find(Account.class, ids.get(0), LockModeType.PESSIMISTIC_WRITE))
                : Optional.empty();
        if (found.isEmpty()) {
            PasswordHash.matches(password == null ? "" : password, DUMMY_HASH);
            return LoginResult.invalid();
        }
        Account account = found.get();
        LoginOutcome outcome = account.attemptLogin(password, clock.instant());
        if (outcome == LoginOutcome.LOCKED) {
            LOG.warning(() -> "Login refused: account " + account.getUsername() + " is locked until "
                    + account.getLockedUntil());
        }
        return outcome == LoginOutcome.SUCCESS
                ? new LoginResult(outcome, account.getUsername(), account.getRol())
                : new LoginResult(outcome, null, null);
    }

    /** The logged-in user's profile. */
    @RolesAllowed({Roles.CENTRAAL_TEAM, Roles.DIRECTEUR, Roles.RVT_VOORZITTER, Roles.EXPERTCOACH,
        Roles.BESTUURDER, Roles.SCHOOLLEIDER, Roles.SCHOOLCOACH, Roles.AANJAGER, Roles.LERAAR})
    public Profiel getProfiel() {
        return new Profiel(getCaller());
    }

    /** The caller's own account; for other services that scope data by it. */
    @RolesAllowed({Roles.CENTRAAL_TEAM, Roles.DIRECTEUR, Roles.RVT_VOORZITTER, Roles.EXPERTCOACH,
        Roles.BESTUURDER, Roles.SCHOOLLEIDER, Roles.SCHOOLCOACH, Roles.AANJAGER, Roles.LERAAR})
    public Account getCaller() {
        String name = session.getCallerPrincipal().getName();
        return findByUsername(name).orElseThrow(() -> new IllegalStateException("No account for caller " + name));
    }

    private Optional<Account> findByUsername(String username) {
        List<Account> accounts = em.createQuery(
                        "SELECT a FROM Account a LEFT JOIN FETCH a.school LEFT JOIN FETCH a.bestuur"
                                + " WHERE a.username = :username", Account.class)
                .setParameter("username", Account.normalizeUsername(username))
                .getResultList();
        return accounts.stream().findFirst();
    }
}
