package nl.leerkracht.service.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.PasswordHash;
import nl.leerkracht.domain.account.PasswordPolicy;
import nl.leerkracht.domain.account.PersoonAudit;
import nl.leerkracht.domain.account.Sessie;
import nl.leerkracht.domain.account.Toegangslink;
import nl.leerkracht.domain.account.Toegangslink.Doeleinde;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.MailService;
import nl.leerkracht.service.platform.NotFoundException;
import nl.leerkracht.service.platform.PublicUrl;
import nl.leerkracht.service.platform.RateLimits;
import nl.leerkracht.service.platform.RateLimits.Limit;

/**
 * "Mijn gegevens": what every logged-in person does with their own account. Change the password
 * (the current one is asked; five wrong ones in 15 minutes make the caller wait), the name, ask for
 * another e-mail address (it counts once confirmed from the new mailbox, {@link EmailLinkService}),
 * and see and end their sessions. The download of one's own personal data is {@link InzageService}.
 */
@Stateless
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
public class MijnGegevensService {

    /** The page an e-mail confirmation link opens, below the public URL. */
    public static final String BEVESTIG_PAD = "/email-bevestiging.xhtml";
    /** The page the cancel link in the mail to the old address opens. */
    public static final String ANNULEER_PAD = "/email-annuleren.xhtml";

    private static final Logger LOG = Logger.getLogger(MijnGegevensService.class.getName());
    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final ResourceBundle MAILS =
            ResourceBundle.getBundle("nl.leerkracht.service.account.mails", Locale.ROOT);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @EJB
    private MailService mail;

    @Inject
    private PublicUrl publicUrl;

    @Inject
    private Clock clock;

    @Inject
    private RateLimits limits;

    /** The new e-mail address waiting for confirmation, if any. */
    public Optional<String> wachtendEmail() {
        return Optional.ofNullable(accounts.getCaller().getNieuwEmail());
    }

    /**
     * Changes the caller's password when the current one is right; every other session ends (the
     * caller's own session is renewed by the web layer) and the person gets a mail about it.
     *
     * @return false when the current password is wrong, or when too many wrong ones were given and
     *         the next attempt must wait: both get the same answer
     * @throws BusinessException the new password's rules; nothing is stored then
     */
    public boolean wijzigWachtwoord(String huidig, String nieuw, String herhaling) {
        Account account = eigen();
        Instant nu = clock.instant();
        String gekozen = BusinessException.bijRegel(() -> PasswordPolicy.check(nieuw, herhaling));
        if (!isHuidigWachtwoord(account, huidig)) {
            return false;
        }
        BusinessException.bijRegel(() -> account.wijzigWachtwoord(huidig, PasswordHash.create(gekozen), nu));
        Toegangslinks.vervalOngebruikte(em, account.getId(), Doeleinde.WACHTWOORD_HERSTEL);
        audit(account, PersoonAudit.PersoonActie.WACHTWOORD_GEWIJZIGD, nu, null);
        mail.plaats(
                account.getEmail(),
                MAILS.getString("wachtwoordGewijzigd.onderwerp"),
                new MessageFormat(MAILS.getString("wachtwoordGewijzigd.tekst"), NL)
                        .format(new Object[] {account.getNaam()}),
                null);
        LOG.info(() -> account.getUsername() + " changed their password");
        return true;
    }

    /** Whether the caller is registered in the lerarenregister (domain.md §5: a proof of their hours). */
    public boolean isLerarenregister() {
        return eigen().isLerarenregister();
    }

    /** Records whether the caller is registered in the lerarenregister. */
    @RolesAllowed({Roles.SCHOOLLEIDER, Roles.SCHOOLCOACH, Roles.AANJAGER, Roles.LERAAR})
    public void wijzigLerarenregister(boolean ingeschreven) {
        eigen().setLerarenregister(ingeschreven);
    }

    /** @throws BusinessException the name's rules */
    public void wijzigNaam(String naam) {
        Account account = eigen();
        String oud = account.getNaam();
        BusinessException.bijRegel(() -> account.wijzigNaam(naam));
        if (!oud.equals(account.getNaam())) {
            audit(account, PersoonAudit.PersoonActie.NAAM_GEWIJZIGD, clock.instant(), oud + " → " + account.getNaam());
        }
    }

    /**
     * Mails a confirmation link (24 hours, single use) to the new address, and a notice to the
     * current one; the address changes only when the link is used. The current password is asked:
     * whoever sits at an unattended computer cannot move the account to their own mailbox.
     *
     * @return false when the current password is wrong (or must wait); nothing changed then
     * @throws BusinessException {@code account.fout.email}, {@code account.fout.emailZelfde} or
     *         {@code uitnodiging.fout.emailBestaat}
     */
    public boolean vraagEmailWijziging(String adres, String wachtwoord) {
        Account account = eigen();
        Instant nu = clock.instant();
        if (!isHuidigWachtwoord(account, wachtwoord)) {
            return false;
        }
        String nieuw = BusinessException.bijRegel(() -> account.vraagEmailWijziging(adres));
        if (Toegangslinks.emailInGebruik(em, nieuw, account)) {
            throw new BusinessException("uitnodiging.fout.emailBestaat", "address in use");
        }
        Toegangslinks.vervalOngebruikte(em, account.getId(), Doeleinde.EMAIL_BEVESTIGING);
        Toegangslink.Uitgifte uitgifte = Toegangslink.maak(Doeleinde.EMAIL_BEVESTIGING, account.getId(), nu);
        em.persist(uitgifte.link());
        mail.plaats(
                nieuw,
                MAILS.getString("emailBevestiging.onderwerp"),
                new MessageFormat(MAILS.getString("emailBevestiging.tekst"), NL).format(new Object[] {
                    account.getNaam(), nieuw, publicUrl.withKey(BEVESTIG_PAD, uitgifte.sleutel())
                }),
                null);
        Toegangslinks.vervalOngebruikte(em, account.getId(), Doeleinde.EMAIL_ANNULERING);
        Toegangslink.Uitgifte annulering = Toegangslink.maak(Doeleinde.EMAIL_ANNULERING, account.getId(), nu);
        em.persist(annulering.link());
        mail.plaats(
                account.getEmail(),
                MAILS.getString("emailWijziging.onderwerp"),
                new MessageFormat(MAILS.getString("emailWijziging.tekst"), NL).format(new Object[] {
                    account.getNaam(), nieuw, publicUrl.withKey(ANNULEER_PAD, annulering.sleutel())
                }),
                null);
        LOG.info(() -> account.getUsername() + " asked to change their e-mail address");
        return true;
    }

    /** Ends every session of the caller but {@code huidig}; the web layer renews that one. */
    public void beeindigAndereSessies(long huidig) {
        Account account = eigen();
        Instant nu = clock.instant();
        account.beeindigSessies(nu);
        em.createQuery(
                        "SELECT s FROM Sessie s WHERE s.account = :account AND s.beeindigd IS NULL AND s.id <> :huidig",
                        Sessie.class)
                .setParameter("account", account)
                .setParameter("huidig", huidig)
                .getResultList()
                .forEach(s -> s.beeindig(nu));
        audit(account, PersoonAudit.PersoonActie.SESSIES_BEEINDIGD, nu, null);
    }

    /**
     * Where the caller is logged in: the open sessions, the current one first, then the newest use.
     * A session ended by a password reset or change, or by "log out everywhere", is not listed.
     */
    public List<SessieRow> sessies(long huidig) {
        Account account = accounts.getCaller();
        Instant nu = clock.instant();
        return em.createQuery(
                        "SELECT s FROM Sessie s WHERE s.account = :account AND s.beeindigd IS NULL"
                                + " AND s.laatstGezien > :sinds ORDER BY s.laatstGezien DESC, s.id DESC",
                        Sessie.class)
                .setParameter("account", account)
                .setParameter("sinds", nu.minus(Sessie.STIL).minus(Sessie.BIJWERKEN))
                .setMaxResults(50)
                .getResultStream()
                .filter(s -> s.getId() == huidig || account.isSessieGeldig(s.getBegonnen()))
                .map(s -> new SessieRow(s, s.getId() == huidig))
                .sorted(Comparator.comparing(r -> !r.isHuidig()))
                .toList();
    }

    /**
     * Ends one of the caller's other sessions at its next request.
     *
     * @throws NotFoundException for a session that is not the caller's, or is the current one
     */
    public void beeindigSessie(long sessieId, long huidig) {
        Account account = eigen();
        Sessie sessie = em.find(Sessie.class, sessieId, LockModeType.PESSIMISTIC_WRITE);
        if (sessie == null || sessieId == huidig || !sessie.getAccount().equals(account)) {
            throw new NotFoundException("no other session " + sessieId + " of " + account.getUsername());
        }
        Instant nu = clock.instant();
        sessie.beeindig(nu);
        audit(account, PersoonAudit.PersoonActie.SESSIE_BEEINDIGD, nu, sessie.getApparaat() + ", " + sessie.getAdres());
    }

    private Account eigen() {
        return em.find(Account.class, accounts.getCaller().getId(), LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Whether the caller's current password is right. Wrong ones are counted ({@link RateLimits},
     * in memory, so a rolled-back transaction keeps the count); after five in 15 minutes the caller
     * is told to wait, without the password being looked at.
     *
     * @throws BusinessException while the caller must wait
     */
    private boolean isHuidigWachtwoord(Account account, String wachtwoord) {
        String key = "account:" + account.getId();
        if (limits.isOver(Limit.CURRENT_PASSWORD, key)) {
            LOG.warning(() -> account.getUsername() + " must wait before trying their current password again");
            throw new BusinessException("wachtwoord.fout.teVaak", "too many wrong current passwords");
        }
        if (!account.isWachtwoord(wachtwoord)) {
            limits.count(Limit.CURRENT_PASSWORD, key);
            return false;
        }
        return true;
    }

    private void audit(Account account, PersoonAudit.PersoonActie actie, Instant nu, String detail) {
        em.persist(new PersoonAudit(account, actie, account.getNaam(), nu, detail));
    }
}
