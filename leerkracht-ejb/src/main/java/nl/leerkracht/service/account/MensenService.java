package nl.leerkracht.service.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import nl.leerkracht.service.platform.Like;
import nl.leerkracht.service.platform.NotFoundException;

/**
 * The central team's people: the list of everyone with an account, and invitations for any role.
 * An invitation makes an account that cannot log in yet and mails a personal link (valid 14
 * days, single use, only its hash stored) with which the invitee chooses a password.
 */
@Stateless
@RolesAllowed(Roles.CENTRAAL_TEAM)
public class MensenService {

    private static final Logger LOG = Logger.getLogger(MensenService.class.getName());
    /**
     * A row per membership: someone with two roles is listed twice, once per role and place. A page
     * is ordered by the chosen column and then the account, so the name order reads the name index
     * ({@code ix_account_naam}) and stops after one page; a person's roles follow in the order of
     * {@code ix_lidmaatschap_account}, the first given first.
     */
    private static final String VAN =
            " FROM Lidmaatschap l JOIN l.account a LEFT JOIN l.school s LEFT JOIN l.bestuur b";

    private static final String ROW = "SELECT NEW nl.leerkracht.service.account.PersoonRow(a.id, a.naam, a.email,"
            + " a.username, l.rol, a.status, s.naam, b.naam, a.lastLogin)" + VAN;
    private static final Map<String, String> SORTEERBAAR = Map.of(
            "naam",
            "a.naam",
            "email",
            "a.email",
            "rol",
            "l.rol",
            "weergaveStatus",
            "a.status",
            "plek",
            "s.naam",
            "laatsteLogin",
            "a.lastLogin");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @EJB
    private Uitnodigingen uitnodigingen;

    @Inject
    private Clock clock;

    /**
     * One page of people, filtered per column (name or e-mail address and school or board anywhere
     * in the text, role and status exactly) and sorted by one column.
     */
    public List<PersoonRow> zoek(
            Map<String, String> filters, int first, int pageSize, String sortField, boolean ascending) {
        String order = SORTEERBAAR.getOrDefault(sortField == null ? "" : sortField, "a.naam");
        TypedQuery<PersoonRow> query = em.createQuery(
                ROW + where(filters) + " ORDER BY " + order + (ascending ? " ASC" : " DESC") + ", a.id",
                PersoonRow.class);
        parameters(query, filters);
        return query.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, 1000)))
                .getResultList();
    }

    public long tel(Map<String, String> filters) {
        TypedQuery<Long> query = em.createQuery(
                "SELECT COUNT(l)" + (alleenRol(filters) ? " FROM Lidmaatschap l" : VAN) + where(filters), Long.class);
        parameters(query, filters);
        return query.getSingleResult();
    }

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
        List<PersoonRow> rollen = em.createQuery(ROW + " WHERE a.id = :id ORDER BY l.id", PersoonRow.class)
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

    /** Whether the filters ask nothing but the role, so counting needs no other table. */
    private static boolean alleenRol(Map<String, String> filters) {
        return !has(filters, "naam") && !has(filters, "plek") && status(filters) == null;
    }

    private static String where(Map<String, String> filters) {
        List<String> conditions = new ArrayList<>();
        if (has(filters, "naam")) {
            conditions.add("(LOWER(a.naam) LIKE :naam OR a.email LIKE :naam)");
        }
        if (has(filters, "plek")) {
            conditions.add("(LOWER(s.naam) LIKE :plek OR LOWER(b.naam) LIKE :plek)");
        }
        if (rol(filters) != null) {
            conditions.add("l.rol = :rol");
        }
        if (status(filters) != null) {
            conditions.add("a.status = :status");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void parameters(TypedQuery<?> query, Map<String, String> filters) {
        for (String field : List.of("naam", "plek")) {
            if (has(filters, field)) {
                query.setParameter(field, Like.contains(filters.get(field)));
            }
        }
        if (rol(filters) != null) {
            query.setParameter("rol", rol(filters));
        }
        if (status(filters) != null) {
            query.setParameter("status", status(filters));
        }
    }

    private static boolean has(Map<String, String> filters, String field) {
        return filters != null
                && filters.get(field) != null
                && !filters.get(field).isBlank();
    }

    private static Rol rol(Map<String, String> filters) {
        return has(filters, "rol") ? enumOrNull(Rol.class, filters.get("rol")) : null;
    }

    private static AccountStatus status(Map<String, String> filters) {
        return has(filters, "weergaveStatus") ? enumOrNull(AccountStatus.class, filters.get("weergaveStatus")) : null;
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
