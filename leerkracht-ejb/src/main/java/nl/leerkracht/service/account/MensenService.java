package nl.leerkracht.service.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.AccountStatus;
import nl.leerkracht.domain.account.PersoonAudit;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.coaching.Cluster;
import nl.leerkracht.domain.school.Bestuur;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.shared.Tekst;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.NotFoundException;

/**
 * The central team's people: invitations for any role, a person's page, deactivating and withdrawing
 * (the list of everyone is {@link MensenLijstService}).
 * An invitation makes an account that cannot log in yet and mails a personal link (valid 14
 * days, single use, only its hash stored) with which the invitee chooses a password.
 */
@Stateless
@RolesAllowed(Roles.CENTRAAL_TEAM)
public class MensenService {

    private static final Logger LOG = Logger.getLogger(MensenService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @EJB
    private Uitnodigingen uitnodigingen;

    @Inject
    private Clock clock;

    /**
     * Invites a person: an account tied to what the role needs (a school by BRIN code, a board, an
     * Expertcoach's clusters), and the invitation mail. Nothing is stored when anything is wrong.
     *
     * @return the user name: of a new account, made from the e-mail address; or of the person who
     *         has an account with this address already and got the role as a further membership
     */
    public Uitnodiging invite(UitnodigingForm form) {
        String email = BusinessException.bijRegel(() -> Tekst.email(form.getEmail(), "account.fout.email"))
                .toLowerCase(Locale.ROOT);
        Rol rol = form.getRol();
        School school = rol != null && rol.getBereik() == Rol.Bereik.SCHOOL ? school(form.getSchoolBrin()) : null;
        Bestuur bestuur = rol == Rol.BESTUURDER ? bestuur(form.getBestuurId()) : null;
        List<Cluster> clusters = rol == Rol.EXPERTCOACH ? clusters(form.getClusterIds()) : List.of();
        Account bestaand = em.createQuery("SELECT a FROM Account a WHERE a.email = :email", Account.class)
                .setParameter("email", email)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (bestaand != null) {
            // One person, several roles: someone who has an account gets this one as a further membership.
            BusinessException.bijRegel(() -> Tekst.verplicht(
                    form.getNaam(), Account.NAAM_LENGTH, "account.fout.naam", "account.fout.naam.markup"));
            if (rol == null) {
                throw new BusinessException("account.fout.rol", "no role");
            }
            uitnodigingen.voegRolToe(
                    bestaand, rol, school, bestuur, accounts.getCaller().getNaam());
            clusters.forEach(cluster -> cluster.assignExpertcoach(bestaand));
            LOG.info(() -> bestaand.getUsername() + " got the role " + rol);
            return new Uitnodiging(bestaand.getUsername(), false);
        }
        Account account = BusinessException.bijRegel(() -> Account.nodigUit(
                uitnodigingen.vrijeGebruikersnaam(email), form.getNaam(), email, rol, school, bestuur));
        em.persist(account);
        clusters.forEach(cluster -> cluster.assignExpertcoach(account));
        em.flush();
        uitnodigingen.stuur(
                account,
                accounts.getCaller().getNaam(),
                false,
                Uitnodigingen.rolNaam(account)
                        + (account.getSchool() != null
                                ? ", " + account.getSchool().getNaam()
                                : account.getBestuur() != null
                                        ? ", " + account.getBestuur().getNaam()
                                        : clusters.isEmpty()
                                                ? ""
                                                : ", "
                                                        + String.join(
                                                                ", ",
                                                                clusters.stream()
                                                                        .map(Cluster::getNaam)
                                                                        .toList())));
        LOG.info(() -> "Invited " + account.getUsername() + " as " + rol);
        return new Uitnodiging(account.getUsername(), true);
    }

    /** What an invitation did: a new account, or a further role for someone who has one. */
    public record Uitnodiging(String gebruikersnaam, boolean nieuw) implements java.io.Serializable {}

    /** Sends a new invitation link; the earlier ones stop working. */
    public void resend(long accountId) {
        Account account = uitgenodigde(accountId);
        uitnodigingen.stuur(account, accounts.getCaller().getNaam(), true, null);
    }

    /** A person's page: who they are and their audit trail, newest first. */
    public PersoonView persoon(long accountId) {
        List<PersoonRow> rollen = em.createQuery(
                        MensenLijstService.ROW + " WHERE a.id = :id ORDER BY l.id", PersoonRow.class)
                .setParameter("id", accountId)
                .getResultList();
        if (rollen.isEmpty()) {
            throw new NotFoundException("no account " + accountId);
        }
        PersoonRow persoon = rollen.get(0);
        List<PersoonAudit> audit = em.createQuery(
                        "SELECT p FROM PersoonAudit p WHERE p.accountId = :id ORDER BY p.op DESC, p.id DESC",
                        PersoonAudit.class)
                .setParameter("id", accountId)
                .getResultList();
        return new PersoonView(
                persoon, rollen, persoon.getId().equals(accounts.getCaller().getId()), audit);
    }

    /**
     * A leaver: they cannot log in any more and their open sessions end at the next request; their
     * name stays wherever it was used.
     *
     * @throws BusinessException {@code account.fout.zelf} for one's own account,
     *         {@code account.fout.nietActief} unless the account is active
     */
    public void deactiveer(long accountId) {
        Account account = gevonden(accountId);
        if (account.equals(accounts.getCaller())) {
            throw new BusinessException("account.fout.zelf", "deactivating oneself");
        }
        BusinessException.bijRegel(() -> account.deactiveer(clock.instant()));
        audit(account, PersoonAudit.PersoonActie.GEDEACTIVEERD, null);
        LOG.info(() -> account.getUsername() + " deactivated");
    }

    /** A leaver who returns: they log in again with their password (or reset it). */
    public void heractiveer(long accountId) {
        Account account = gevonden(accountId);
        BusinessException.bijRegel(account::heractiveer);
        audit(account, PersoonAudit.PersoonActie.GEHERACTIVEERD, null);
        LOG.info(() -> account.getUsername() + " reactivated");
    }

    private Account gevonden(long accountId) {
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw new NotFoundException("no account " + accountId);
        }
        return account;
    }

    private void audit(Account account, PersoonAudit.PersoonActie actie, String detail) {
        em.persist(new PersoonAudit(account, actie, accounts.getCaller().getNaam(), clock.instant(), detail));
    }

    /** Withdraws an invitation that has not been accepted: the account and its links are removed. */
    public void withdraw(long accountId) {
        Account account = uitgenodigde(accountId);
        uitnodigingen.trekIn(account);
        em.createQuery("SELECT c FROM Cluster c JOIN c.expertcoaches e WHERE e = :account", Cluster.class)
                .setParameter("account", account)
                .getResultList()
                .forEach(cluster -> cluster.removeExpertcoach(account));
        em.remove(account);
        LOG.info(() -> "Invitation of " + account.getUsername() + " withdrawn");
    }

    private Account uitgenodigde(long accountId) {
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw new NotFoundException("no account " + accountId);
        }
        if (account.getStatus() != AccountStatus.UITGENODIGD) {
            throw new BusinessException(
                    "uitnodiging.fout.nietUitgenodigd", account.getUsername() + " is " + account.getStatus());
        }
        return account;
    }

    private School school(String brin) {
        if (brin == null || brin.isBlank()) {
            throw new BusinessException("account.fout.school", "no school");
        }
        return em.createQuery("SELECT s FROM School s WHERE s.brin.code = :brin", School.class)
                .setParameter("brin", brin.trim().toUpperCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("uitnodiging.fout.schoolOnbekend", "no school " + brin));
    }

    private Bestuur bestuur(Long id) {
        Bestuur bestuur = id == null ? null : em.find(Bestuur.class, id);
        if (bestuur == null) {
            throw new BusinessException("account.fout.bestuur", "no bestuur " + id);
        }
        return bestuur;
    }

    private List<Cluster> clusters(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new BusinessException("uitnodiging.fout.clusters", "an Expertcoach without clusters");
        }
        List<Cluster> clusters = em.createQuery("SELECT c FROM Cluster c WHERE c.id IN :ids", Cluster.class)
                .setParameter("ids", ids)
                .getResultList();
        if (clusters.size() != new java.util.HashSet<>(ids).size()) {
            throw new BusinessException("uitnodiging.fout.clusters", "unknown cluster in " + ids);
        }
        return clusters;
    }
}
