package nl.leerkracht.service.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.PersoonAudit;
import nl.leerkracht.domain.account.Toegangslink;
import nl.leerkracht.domain.account.Toegangslink.Doeleinde;
import nl.leerkracht.service.platform.BusinessException;

/**
 * The links of a change of e-mail address, used without being logged in (the link's key is the
 * credential): the confirmation from the new mailbox, and "Was jij dit niet?" from the old one.
 */
@Stateless
@PermitAll
public class EmailLinkService {

    private static final Logger LOG = Logger.getLogger(EmailLinkService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The new address a confirmation key would confirm now; empty when the link does not work. */
    public Optional<String> openBevestiging(String sleutel) {
        return nieuwAdres(sleutel, Doeleinde.EMAIL_BEVESTIGING);
    }

    /**
     * Confirms the new address from the link in its mailbox; works without being logged in, the
     * link's key is the credential.
     *
     * @return the confirmed address
     * @throws BusinessException {@code toegangslink.fout.ongeldig} for a link that no longer works,
     *         {@code uitnodiging.fout.emailBestaat} when someone else took the address meanwhile
     */
    public String bevestigEmail(String sleutel) {
        Instant nu = clock.instant();
        Toegangslink link = gebruikbaar(sleutel, Doeleinde.EMAIL_BEVESTIGING, nu);
        Account account = em.find(Account.class, link.getAccountId());
        if (account.getNieuwEmail() == null) {
            throw new BusinessException(
                    "toegangslink.fout.ongeldig", "confirmation link " + link.getId() + " no longer works");
        }
        if (Toegangslinks.emailInGebruik(em, account.getNieuwEmail(), account)) {
            throw new BusinessException("uitnodiging.fout.emailBestaat", "address taken meanwhile");
        }
        String oud = BusinessException.bijRegel(account::bevestigEmail);
        link.gebruik(nu);
        // A reset link mailed to the old address must not outlive it.
        Toegangslinks.vervalOngebruikte(em, account.getId(), Doeleinde.WACHTWOORD_HERSTEL);
        em.persist(PersoonAudit.emailGewijzigd(account, oud, nu));
        LOG.info(() -> account.getUsername() + " confirmed a new e-mail address");
        return account.getEmail();
    }

    /** The address a cancel link (mailed to the old address) would stop, while it works. */
    public Optional<String> openAnnulering(String sleutel) {
        return nieuwAdres(sleutel, Doeleinde.EMAIL_ANNULERING);
    }

    /**
     * "Was jij dit niet?": from the old mailbox, the pending change of address is cancelled. The
     * confirmation link to the new address stops working, and since someone else may know the
     * password, every session of the account ends; the page then asks for a new password.
     *
     * @return the address that was asked for
     * @throws BusinessException {@code toegangslink.fout.ongeldig} for a link that no longer works
     *         or a change that is no longer pending (confirmed, or cancelled before)
     */
    public String annuleerEmailWijziging(String sleutel) {
        Instant nu = clock.instant();
        Toegangslink link = gebruikbaar(sleutel, Doeleinde.EMAIL_ANNULERING, nu);
        Account account = em.find(Account.class, link.getAccountId());
        String gevraagd = BusinessException.bijRegel(account::annuleerEmailWijziging);
        link.gebruik(nu);
        Toegangslinks.vervalOngebruikte(em, account.getId(), Doeleinde.EMAIL_BEVESTIGING);
        account.beeindigSessies(nu);
        em.persist(new PersoonAudit(
                account, PersoonAudit.PersoonActie.EMAIL_WIJZIGING_GEANNULEERD, account.getNaam(), nu, gevraagd));
        LOG.warning(() ->
                account.getUsername() + " cancelled a change of e-mail address from the old mailbox; sessions ended");
        return gevraagd;
    }

    /** The pending address of the account of a working link; empty when the link does not work. */
    private Optional<String> nieuwAdres(String sleutel, Doeleinde doel) {
        Instant nu = clock.instant();
        return Toegangslinks.find(em, sleutel, doel, LockModeType.NONE)
                .filter(link -> link.isGeldig(nu))
                .map(link -> em.find(Account.class, link.getAccountId()))
                .map(Account::getNieuwEmail);
    }

    /**
     * The link of a key, locked together with its account, while it works. The account is locked
     * first and the link after it, in the order every other change of an account and its links
     * takes, so that two requests cannot wait for each other.
     *
     * @throws BusinessException {@code toegangslink.fout.ongeldig} for an unknown, used or expired link
     */
    private Toegangslink gebruikbaar(String sleutel, Doeleinde doel, Instant nu) {
        Toegangslink link = Toegangslinks.find(em, sleutel, doel, LockModeType.NONE)
                .orElseThrow(() -> new BusinessException("toegangslink.fout.ongeldig", "no such " + doel + " link"));
        Account account = em.find(Account.class, link.getAccountId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(link, LockModeType.PESSIMISTIC_WRITE);
        if (account == null || !link.isGeldig(nu)) {
            throw new BusinessException(
                    "toegangslink.fout.ongeldig", doel + " link " + link.getId() + " no longer works");
        }
        return link;
    }
}
