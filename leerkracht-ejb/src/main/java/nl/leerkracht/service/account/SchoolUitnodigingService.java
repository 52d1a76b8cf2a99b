package nl.leerkracht.service.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.Personenlijst;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.Team;
import nl.leerkracht.domain.shared.Tekst;
import nl.leerkracht.service.platform.BusinessException;

/**
 * Inviting a school's people: one by one or as a pasted list, in the roles the caller may manage
 * there ({@link SchoolBeheer#rollen}). The list, resending and leavers are {@link SchoolMensenService}.
 */
@Stateless
@RolesAllowed({Roles.CENTRAAL_TEAM, Roles.BESTUURDER, Roles.EXPERTCOACH, Roles.SCHOOLLEIDER, Roles.SCHOOLCOACH})
public class SchoolUitnodigingService {

    private static final Logger LOG = Logger.getLogger(SchoolUitnodigingService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Scope scope;

    @EJB
    private AccountService accounts;

    @EJB
    private Uitnodigingen uitnodigingen;

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
        School school = SchoolBeheer.school(em, schoolId);
        Set<Rol> rollen = SchoolBeheer.rollen(scope, school);
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
        School school = SchoolBeheer.school(em, schoolId);
        Set<Rol> rollen = SchoolBeheer.rollen(scope, school);
        if (rol == null || !rollen.contains(rol)) {
            throw new BusinessException("schoolmensen.fout.rol", "role " + rol + " not invitable");
        }
        Personenlijst lijst = Personenlijst.lees(tekst);
        Map<String, Team> teams = new HashMap<>();
        SchoolBeheer.teams(em, school).forEach(t -> teams.put(t.getNaam().toLowerCase(Locale.ROOT), t));
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
}
