package nl.leerkracht.service.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.AccountStatus;
import nl.leerkracht.domain.account.PasswordHash;
import nl.leerkracht.domain.account.PasswordPolicy;
import nl.leerkracht.domain.account.PersoonAudit;
import nl.leerkracht.domain.account.Toegangslink;
import nl.leerkracht.domain.account.Toegangslink.Doeleinde;
import nl.leerkracht.domain.shared.Tijdzone;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.MailService;
import nl.leerkracht.service.platform.PublicUrl;

/**
 * "Wachtwoord vergeten?": a reset link by mail (valid 1 hour, single use, only its hash stored).
 * Whoever asks gets the same answer whether or not the address belongs to an account, so the form
 * tells nobody which addresses are known; an address gets at most {@value #PER_UUR} links an hour.
 */
@Stateless
@PermitAll // the pages are public: the mailbox, and then the link's key, are the credential
public class WachtwoordHerstelService {

    /** The page a reset link opens, below the public URL. */
    public static final String PAD = "/wachtwoord-herstel.xhtml";
    /** Reset links per account per hour; more requests are ignored, silently. */
    static final int PER_UUR = 3;

    private static final Logger LOG = Logger.getLogger(WachtwoordHerstelService.class.getName());
    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("HH:mm", NL);
    private static final ResourceBundle MAILS =
            ResourceBundle.getBundle("nl.leerkracht.service.account.mails", Locale.ROOT);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private MailService mail;

    @Inject
    private PublicUrl publicUrl;

    @Inject
    private Clock clock;

    /**
     * Mails a reset link when the address belongs to one active account that has not had
     * {@value #PER_UUR} links in the last hour; otherwise does nothing. Either way the caller shows
     * the same answer.
     */
    public void vraagAan(String email) {
        String adres = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (adres.isEmpty() || adres.length() > Account.EMAIL_LENGTH) {
            return;
        }
        List<Long> ids = em.createQuery(
                        "SELECT a.id FROM Account a WHERE a.email = :email AND a.status = :actief", Long.class)
                .setParameter("email", adres)
                .setParameter("actief", AccountStatus.ACTIEF)
                .setMaxResults(2)
                .getResultList();
        if (ids.size() != 1) {
            LOG.info(() -> "Password reset asked for an address without one active account");
            return;
        }
        Account account = em.find(Account.class, ids.get(0), LockModeType.PESSIMISTIC_WRITE);
        Instant nu = clock.instant();
        long recent = em.createQuery(
                        "SELECT COUNT(t) FROM Toegangslink t WHERE t.accountId = :account AND t.doel = :doel"
                                + " AND t.aangemaaktOp > :sinds",
                        Long.class)
                .setParameter("account", account.getId())
                .setParameter("doel", Doeleinde.WACHTWOORD_HERSTEL)
                .setParameter("sinds", nu.minus(Duration.ofHours(1)))
                .getSingleResult();
        if (recent >= PER_UUR) {
            LOG.warning(() ->
                    "Password reset for " + account.getUsername() + " ignored: " + recent + " links in the last hour");
            return;
        }
        Toegangslink.Uitgifte uitgifte = Toegangslink.maak(Doeleinde.WACHTWOORD_HERSTEL, account.getId(), nu);
        em.persist(uitgifte.link());
        String tot = TIJD.format(uitgifte.link().getGeldigTot().atZone(Tijdzone.NEDERLAND));
        mail.plaats(
                account.getEmail(),
                MAILS.getString("herstel.onderwerp"),
                new MessageFormat(MAILS.getString("herstel.tekst"), NL).format(new Object[] {
                    account.getNaam(), account.getUsername(), tot, publicUrl.withKey(PAD, uitgifte.sleutel())
                }),
                null);
        LOG.info(() -> "Password reset link mailed to " + account.getUsername());
    }

    /** The name of the person whose password the key resets now; empty when the link does not work. */
    public Optional<String> open(String sleutel) {
        Instant nu = clock.instant();
        return Toegangslinks.find(em, sleutel, Doeleinde.WACHTWOORD_HERSTEL, LockModeType.NONE)
                .filter(link -> link.isGeldig(nu))
                .map(link -> em.find(Account.class, link.getAccountId()))
                .filter(account -> account.getStatus() == AccountStatus.ACTIEF)
                .map(Account::getNaam);
    }

    /**
     * Sets the new password; the link and any other reset link of the account stop working, and
     * every open session of the account ends.
     *
     * @return the user name, to log in with
     * @throws BusinessException {@code toegangslink.fout.ongeldig} for a link that no longer works,
     *         or the password rules' message; nothing is stored then
     */
    public String herstel(String sleutel, String wachtwoord, String herhaling) {
        Toegangslink link = Toegangslinks.find(
                        em, sleutel, Doeleinde.WACHTWOORD_HERSTEL, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new BusinessException("toegangslink.fout.ongeldig", "no such reset link"));
        Instant nu = clock.instant();
        Account account = em.find(Account.class, link.getAccountId(), LockModeType.PESSIMISTIC_WRITE);
        if (!link.isGeldig(nu) || account == null) {
            throw new BusinessException(
                    "toegangslink.fout.ongeldig", "reset link " + link.getId() + " no longer works");
        }
        String checked = BusinessException.bijRegel(() -> PasswordPolicy.check(wachtwoord, herhaling));
        BusinessException.bijRegel(() -> account.herstelWachtwoord(PasswordHash.create(checked), nu));
        link.gebruik(nu);
        Toegangslinks.vervalOngebruikte(em, account.getId(), Doeleinde.WACHTWOORD_HERSTEL);
        em.persist(
                new PersoonAudit(account, PersoonAudit.PersoonActie.WACHTWOORD_HERSTELD, account.getNaam(), nu, null));
        LOG.info(() -> account.getUsername() + " reset their password");
        return account.getUsername();
    }
}
