package nl.leerkracht.service.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.AccountStatus;
import nl.leerkracht.domain.account.Lidmaatschap;
import nl.leerkracht.domain.account.PersoonAudit;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.account.SchoolAccess;
import nl.leerkracht.domain.inschrijving.Inschrijving;
import nl.leerkracht.domain.inschrijving.InschrijvingStatus;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.service.platform.AccessDeniedException;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.NotFoundException;

/**
 * A school's own people: its schoolleider and schoolcoach invite the kernteam and the teachers
 * ({@link SchoolUitnodigingService}), see who is there, resend an invitation and mark leavers; a bestuurder invites the schoolleiders of the
 * board's schools; the central team all of them; the school's Expertcoach reads along. What the
 * caller may do follows from {@link SchoolAccess}; a school outside their scope is refused, also
 * when asked for by id.
 */
@Stateless
@RolesAllowed({Roles.CENTRAAL_TEAM, Roles.BESTUURDER, Roles.EXPERTCOACH, Roles.SCHOOLLEIDER, Roles.SCHOOLCOACH})
public class SchoolMensenService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Scope scope;

    @EJB
    private AccountService accounts;

    @EJB
    private Uitnodigingen uitnodigingen;

    @Inject
    private Clock clock;

    /** The people of the school, by name, and what the caller may do. */
    public SchoolMensen lijst(long schoolId) {
        School school = SchoolBeheer.school(em, schoolId);
        SchoolAccess access = scope.schools();
        if (!access.permitsPeople(school)) {
            throw new AccessDeniedException("people of school " + schoolId);
        }
        Set<Rol> rollen = access.invitableRoles(school);
        Account caller = accounts.getCaller();
        Set<Long> elders = new HashSet<>(em.createQuery(
                        "SELECT DISTINCT e.account.id FROM Lidmaatschap e WHERE"
                                + " (e.school IS NULL OR e.school <> :school) AND e.account IN"
                                + " (SELECT l.account FROM Lidmaatschap l WHERE l.school = :school)",
                        Long.class)
                .setParameter("school", school)
                .getResultList());
        List<Lidmaatschap> hier = em.createQuery(
                        "SELECT l FROM Lidmaatschap l JOIN FETCH l.account a"
                                + " LEFT JOIN FETCH l.team WHERE l.school = :school ORDER BY a.naam, l.id",
                        Lidmaatschap.class)
                .setParameter("school", school)
                .getResultList();
        List<SchoolMensen.SchoolPersoonRow> mensen = hier.stream()
                .map(l -> new SchoolMensen.SchoolPersoonRow(
                        l,
                        rollen.contains(l.getRol()) && !l.getAccount().equals(caller),
                        elders.contains(l.getAccount().getId())))
                .toList();
        List<Rol> volgorde = EnumSet.copyOf(rollen.isEmpty() ? EnumSet.noneOf(Rol.class) : rollen).stream()
                .sorted(Comparator.reverseOrder())
                .toList();
        Inschrijving inschrijving = em.createQuery(
                        "SELECT i FROM Inschrijving i WHERE i.school = :school AND i.status IN :statussen"
                                + " ORDER BY i.startjaar DESC, i.id DESC",
                        Inschrijving.class)
                .setParameter("school", school)
                .setParameter("statussen", List.of(InschrijvingStatus.GOEDGEKEURD, InschrijvingStatus.ACTIEF))
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
        // Who of the kernteam is here already: read from the memberships loaded above, by role and address.
        Map<String, AccountStatus> opPlatform = new HashMap<>();
        hier.forEach(l -> opPlatform.put(
                l.getRol() + " " + l.getAccount().getEmail(), l.getAccount().getStatus()));
        return new SchoolMensen(school, volgorde, SchoolBeheer.teams(em, school), mensen, inschrijving, opPlatform);
    }

    /** Sends a person of the school a new invitation link; the earlier ones stop working. */
    public void stuurOpnieuw(long schoolId, long accountId) {
        Account account = persoon(schoolId, accountId);
        if (!account.isUitgenodigd()) {
            throw new BusinessException(
                    "uitnodiging.fout.nietUitgenodigd", account.getUsername() + " is " + account.getStatus());
        }
        uitnodigingen.stuur(account, accounts.getCaller().getNaam(), true, null);
    }

    /**
     * A leaver: someone with roles elsewhere keeps those and loses their roles here (a session in
     * one of them ends at its next request); someone who worked only here is deactivated (cannot
     * log in, open sessions end, the name stays in histories); an invitation not yet accepted is
     * withdrawn.
     *
     * @return what it meant for the person
     */
    public Vertrek vertrek(long schoolId, long accountId) {
        Account account = persoon(schoolId, accountId);
        if (account.equals(accounts.getCaller())) {
            throw new BusinessException("account.fout.zelf", "marking oneself as a leaver");
        }
        School school = em.find(School.class, schoolId);
        List<Lidmaatschap> hier = account.getLidmaatschappen().stream()
                .filter(l -> l.isBij(school))
                .toList();
        if (hier.size() < account.getLidmaatschappen().size()) {
            hier.forEach(l -> {
                account.verwijderLidmaatschap(l);
                em.remove(l);
            });
            em.persist(new PersoonAudit(
                    account,
                    PersoonAudit.PersoonActie.ROL_BEEINDIGD,
                    accounts.getCaller().getNaam(),
                    clock.instant(),
                    school.getNaam()));
            return Vertrek.ROL_BEEINDIGD;
        }
        if (account.isUitgenodigd()) {
            uitnodigingen.trekIn(account);
            em.remove(account);
            return Vertrek.INGETROKKEN;
        }
        BusinessException.bijRegel(() -> account.deactiveer(clock.instant()));
        em.persist(new PersoonAudit(
                account,
                PersoonAudit.PersoonActie.GEDEACTIVEERD,
                accounts.getCaller().getNaam(),
                clock.instant(),
                null));
        return Vertrek.GEDEACTIVEERD;
    }

    /** What marking a leaver did. */
    public enum Vertrek {
        /** The person works elsewhere too: only their roles at this school ended. */
        ROL_BEEINDIGD,
        /** The person worked only here: the account is deactivated. */
        GEDEACTIVEERD,
        /** The invitation had not been accepted: it is withdrawn. */
        INGETROKKEN
    }

    /** A person of this school whom the caller may manage; another school's person is "not found". */
    private Account persoon(long schoolId, long accountId) {
        School school = SchoolBeheer.school(em, schoolId);
        Set<Rol> rollen = SchoolBeheer.rollen(scope, school);
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null || account.lidmaatschapBij(school).isEmpty()) {
            throw new NotFoundException("no account " + accountId + " at school " + schoolId);
        }
        if (!account.getLidmaatschappen().stream()
                .filter(l -> l.isBij(school))
                .allMatch(l -> rollen.contains(l.getRol()))) {
            throw new AccessDeniedException("may not manage " + account.getUsername());
        }
        return account;
    }
}
