package nl.leerkracht.service.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.logging.Logger;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.AccountStatus;
import nl.leerkracht.domain.account.Lidmaatschap;
import nl.leerkracht.domain.account.Personenlijst;
import nl.leerkracht.domain.account.PersoonAudit;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.account.SchoolAccess;
import nl.leerkracht.domain.inschrijving.Inschrijving;
import nl.leerkracht.domain.inschrijving.InschrijvingStatus;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.Team;
import nl.leerkracht.domain.shared.Tekst;
import nl.leerkracht.service.platform.AccessDeniedException;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.MailService;
import nl.leerkracht.service.platform.NotFoundException;

/**
 * A school's own people: its schoolleider and schoolcoach invite the kernteam and the teachers,
 * one by one or as a pasted list, and mark leavers; a bestuurder invites the schoolleiders of the
 * board's schools; the central team all of them; the school's Expertcoach reads along. What the
 * caller may do follows from {@link SchoolAccess}; a school outside their scope is refused, also
 * when asked for by id.
 */
@Stateless
@RolesAllowed({Roles.CENTRAAL_TEAM, Roles.BESTUURDER, Roles.EXPERTCOACH, Roles.SCHOOLLEIDER, Roles.SCHOOLCOACH})
public class SchoolMensenService {

    private static final Logger LOG = Logger.getLogger(SchoolMensenService.class.getName());
    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final ResourceBundle MAILS =
            ResourceBundle.getBundle("nl.leerkracht.service.account.mails", Locale.ROOT);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Scope scope;

    @EJB
    private AccountService accounts;

    @EJB
    private Uitnodigingen uitnodigingen;

    @EJB
    private MailService mail;

    @Inject
    private Clock clock;

    /** The people of the school, by name, and what the caller may do. */
    public SchoolMensen lijst(long schoolId) {
        School school = school(schoolId);
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
        return new SchoolMensen(school, volgorde, teams(school), mensen, inschrijving, opPlatform);
    }

    /**
     * Invites one person into the school. An address that already has an account (elsewhere, or
     * here in another role) gets the same answer as a new one (the school learns nothing about
     * other schools' people): the person gets this role here as a further membership and is mailed
     * that they can switch to it in the header.
     *
     * @throws BusinessException a field's rule, a person already at this school, or a role the
     *         caller may not invite; nothing is stored then
     */
    public void nodigUit(long schoolId, UitnodigingForm form) {
        School school = school(schoolId);
        Set<Rol> rollen = beheer(school);
        if (form.getRol() == null || !rollen.contains(form.getRol())) {
            throw new BusinessException("schoolmensen.fout.rol", "role " + form.getRol() + " not invitable");
        }
        String email = BusinessException.bijRegel(() -> Tekst.email(form.getEmail(), "account.fout.email"))
                .toLowerCase(Locale.ROOT);
        String naam = BusinessException.bijRegel(() ->
                Tekst.verplicht(form.getNaam(), Account.NAAM_LENGTH, "account.fout.naam", "account.fout.naam.markup"));
        Account bestaand = bestaand(email);
        if (bestaand != null
                && bestaand.lidmaatschap(form.getRol(), school, null).isPresent()) {
            throw new BusinessException("schoolmensen.fout.alBijSchool", "already at school " + schoolId);
        }
        Team team = null;
        if (form.getTeamId() != null) {
            team = em.find(Team.class, form.getTeamId());
            if (team == null || !team.getSchool().equals(school)) {
                throw new BusinessException(
                        "lijst.fout.team", "team " + form.getTeamId() + " not of school " + schoolId);
            }
        }
        Account uitnodiger = accounts.getCaller();
        if (bestaand != null) {
            voegRolToe(uitnodiger, bestaand, form.getRol(), school, team);
            return;
        }
        maak(uitnodiger, school, naam, email, form.getRol(), team, form.isLerarenregister());
    }

    /**
     * Invites everyone on a pasted list ({@code naam;e-mail;team}) in the given role, or, when any
     * line is wrong (also: a person already at this school, a team the school does not have),
     * nobody. Addresses with an account elsewhere count as invited, as in {@link #nodigUit}.
     */
    public LijstVerslag voegLijstToe(long schoolId, String tekst, Rol rol) {
        School school = school(schoolId);
        Set<Rol> rollen = beheer(school);
        if (rol == null || !rollen.contains(rol)) {
            throw new BusinessException("schoolmensen.fout.rol", "role " + rol + " not invitable");
        }
        Personenlijst lijst = Personenlijst.lees(tekst);
        Map<String, Team> teams = new HashMap<>();
        teams(school).forEach(t -> teams.put(t.getNaam().toLowerCase(Locale.ROOT), t));
        List<Personenlijst.Fout> fouten = new ArrayList<>(lijst.getFouten());
        Map<String, Account> bestaande = bestaande(
                lijst.getRegels().stream().map(Personenlijst.Persoon::getEmail).toList());
        for (Personenlijst.Persoon regel : lijst.getRegels()) {
            Account bestaand = bestaande.get(regel.getEmail());
            if (bestaand != null && bestaand.lidmaatschap(rol, school, null).isPresent()) {
                fouten.add(new Personenlijst.Fout(
                        regel.getNummer(), "schoolmensen.fout.alBijSchool", regel.getNaam() + ";" + regel.getEmail()));
            } else if (regel.getTeam() != null
                    && !teams.containsKey(regel.getTeam().toLowerCase(Locale.ROOT))) {
                fouten.add(new Personenlijst.Fout(
                        regel.getNummer(),
                        "lijst.fout.team",
                        regel.getNaam() + ";" + regel.getEmail() + ";" + regel.getTeam()));
            }
        }
        if (!fouten.isEmpty()) {
            fouten.sort(Comparator.comparingInt(Personenlijst.Fout::getNummer));
            return new LijstVerslag(0, fouten);
        }
        Account uitnodiger = accounts.getCaller();
        for (Personenlijst.Persoon regel : lijst.getRegels()) {
            Account bestaand = bestaande.get(regel.getEmail());
            Team team =
                    regel.getTeam() == null ? null : teams.get(regel.getTeam().toLowerCase(Locale.ROOT));
            if (bestaand != null) {
                voegRolToe(uitnodiger, bestaand, rol, school, team);
            } else {
                maak(uitnodiger, school, regel.getNaam(), regel.getEmail(), rol, team, false);
            }
        }
        LOG.info(() -> lijst.getRegels().size() + " people invited into school " + schoolId + " from a list");
        return new LijstVerslag(lijst.getRegels().size(), List.of());
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

    private Account bestaand(String email) {
        return bestaande(List.of(email)).get(email);
    }

    /** The accounts that have these (lower-case) addresses, by address: one query for a whole list. */
    private Map<String, Account> bestaande(List<String> emails) {
        Map<String, Account> gevonden = new HashMap<>();
        if (!emails.isEmpty()) {
            em.createQuery("SELECT a FROM Account a WHERE a.email IN :emails", Account.class)
                    .setParameter("emails", emails)
                    .getResultStream()
                    .forEach(a -> gevonden.put(a.getEmail(), a));
        }
        return gevonden;
    }

    /** Someone who has an account already gets this role here as a further membership, and a mail. */
    private void voegRolToe(Account uitnodiger, Account bestaand, Rol rol, School school, Team team) {
        uitnodigingen
                .voegRolToe(bestaand, rol, school, null, uitnodiger.getNaam())
                .kiesTeam(team);
    }

    private Account maak(
            Account uitnodiger, School school, String naam, String email, Rol rol, Team team, boolean lerarenregister) {
        Account account = BusinessException.bijRegel(
                () -> Account.nodigUit(uitnodigingen.vrijeGebruikersnaam(email), naam, email, rol, school, null));
        BusinessException.bijRegel(() -> account.getLidmaatschap().kiesTeam(team));
        account.setLerarenregister(lerarenregister);
        em.persist(account);
        em.flush();
        uitnodigingen.stuur(
                account,
                uitnodiger.getNaam(),
                false,
                Uitnodigingen.rolNaam(account) + ", " + school.getNaam() + (team == null ? "" : ", " + team.getNaam()));
        return account;
    }

    /** A person of this school whom the caller may manage; another school's person is "not found". */
    private Account persoon(long schoolId, long accountId) {
        School school = school(schoolId);
        Set<Rol> rollen = beheer(school);
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

    private Set<Rol> beheer(School school) {
        Set<Rol> rollen = scope.schools().invitableRoles(school);
        if (rollen.isEmpty()) {
            throw new AccessDeniedException("may not manage the people of school " + school.getId());
        }
        return rollen;
    }

    private School school(long schoolId) {
        School school = em.find(School.class, schoolId);
        if (school == null) {
            throw new NotFoundException("no school " + schoolId);
        }
        return school;
    }

    private List<Team> teams(School school) {
        return em.createQuery("SELECT t FROM Team t WHERE t.school = :school ORDER BY t.naam", Team.class)
                .setParameter("school", school)
                .getResultList();
    }
}
