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
import nl.leerkracht.domain.account.PasswordHash;
import nl.leerkracht.domain.account.PasswordPolicy;
import nl.leerkracht.domain.account.PersoonAudit;
import nl.leerkracht.domain.account.Toegangslink;
import nl.leerkracht.domain.account.Toegangslink.Doeleinde;
import nl.leerkracht.service.platform.BusinessException;

/**
 * The invitee's side of an invitation: the link opens a page where they choose a password. The
 * link acts only on the invited account it was made for, once, within 14 days; it can never set
 * the password of an account that is already in use.
 */
@Stateless
@PermitAll // the invitation page is public: the link's key is the credential
public class UitnodigingService {

    private static final Logger LOG = Logger.getLogger(UitnodigingService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The invitation the key opens now, or empty when it is unknown, used, expired or accepted. */
    public Optional<UitnodigingView> open(String sleutel) {
        return geldigeUitnodiging(sleutel, LockModeType.NONE)
                .map(account -> new UitnodigingView(
                        account.getNaam(), account.getUsername(), account.getEmail(), account.getRol()));
    }

    /**
     * Sets the invitee's password and makes the account active; the link is used up. Both happen
     * under row locks, so a link clicked twice at once works once.
     *
     * @return the user name, to log in with
     * @throws BusinessException {@code toegangslink.fout.ongeldig} for a link that no longer works,
     *         or the password rules' message; nothing is stored then
     */
    public String accept(String sleutel, String wachtwoord, String herhaling) {
        Toegangslink link = find(sleutel, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new BusinessException("toegangslink.fout.ongeldig", "no such invitation"));
        Instant nu = clock.instant();
        Account account = em.find(Account.class, link.getAccountId(), LockModeType.PESSIMISTIC_WRITE);
        if (!link.isGeldig(nu) || account == null || !account.isUitgenodigd()) {
            throw new BusinessException(
                    "toegangslink.fout.ongeldig", "invitation link " + link.getId() + " no longer works");
        }
        String checked = BusinessException.bijRegel(() -> PasswordPolicy.check(wachtwoord, herhaling));
        BusinessException.bijRegel(() -> account.aanvaardUitnodiging(PasswordHash.create(checked)));
        em.persist(
                new PersoonAudit(account, PersoonAudit.PersoonActie.UITNODIGING_AANVAARD, account.getNaam(), nu, null));
        link.gebruik(nu);
        LOG.info(() -> account.getUsername() + " accepted the invitation");
        return account.getUsername();
    }

    private Optional<Account> geldigeUitnodiging(String sleutel, LockModeType lock) {
        Instant nu = clock.instant();
        return find(sleutel, lock)
                .filter(link -> link.isGeldig(nu))
                .map(link -> em.find(Account.class, link.getAccountId()))
                .filter(Account::isUitgenodigd);
    }

    private Optional<Toegangslink> find(String sleutel, LockModeType lock) {
        return Toegangslinks.find(em, sleutel, Doeleinde.UITNODIGING, lock);
    }
}
