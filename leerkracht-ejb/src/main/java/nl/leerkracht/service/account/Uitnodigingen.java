package nl.leerkracht.service.account;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.Lidmaatschap;
import nl.leerkracht.domain.account.PersoonAudit;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.account.Toegangslink;
import nl.leerkracht.domain.account.Toegangslink.Doeleinde;
import nl.leerkracht.domain.inschrijving.Inschrijving;
import nl.leerkracht.domain.inschrijving.InschrijvingStatus;
import nl.leerkracht.domain.inschrijving.Kernteamlid;
import nl.leerkracht.domain.school.Bestuur;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.shared.Tijdzone;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.MailService;
import nl.leerkracht.service.platform.PublicUrl;

/**
 * Making and sending invitations, the same for the central team's people list and a school's own
 * people: a free user name, the check for an address in use, the personal link (14 days, single
 * use, only its hash stored) and its mail, and the audit line.
 */
@Stateless
@RolesAllowed({Roles.CENTRAAL_TEAM, Roles.BESTUURDER, Roles.SCHOOLLEIDER, Roles.SCHOOLCOACH})
public class Uitnodigingen {

    /** The page an invitation link opens, below the public URL. */
    public static final String PAD = "/uitnodiging.xhtml";

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("d-M-yyyy", NL);
    /** Who invites when the platform does it on its own, e.g. at a trajectory's start. */
    private static final String STICHTING = "Stichting leerKRACHT";

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

    /** Whether an account already has this (lower-case) address. */
    public boolean emailInGebruik(String email) {
        return em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.email = :email", Long.class)
                        .setParameter("email", email)
                        .getSingleResult()
                > 0;
    }

    /** A user name from the e-mail address's local part, with a number added when it is taken. */
    public String vrijeGebruikersnaam(String email) {
        String basis = email.substring(0, email.indexOf('@'))
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]+", ".")
                .replaceAll("^[._-]+|[._-]+$", "");
        if (basis.length() < 3) {
            basis = (basis + "gebruiker").substring(0, Math.max(3, basis.length() + 9));
        }
        basis = basis.substring(0, Math.min(basis.length(), Account.USERNAME_LENGTH - 6));
        List<String> bezet = em.createQuery(
                        "SELECT a.username FROM Account a WHERE a.username LIKE :basis", String.class)
                .setParameter(
                        "basis", basis.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .getResultList();
        String kandidaat = basis;
        for (int nummer = 2; bezet.contains(kandidaat); nummer++) {
            kandidaat = basis + nummer;
        }
        return kandidaat;
    }

    /**
     * Mails the invitee a new personal link (earlier ones stop working) and notes it in their audit
     * trail with what the invitation is for, signed with the inviter's name.
     */
    public void stuur(Account account, String uitnodiger, boolean opnieuw, String waarvoor) {
        vervalLinks(account);
        Toegangslink.Uitgifte uitgifte = Toegangslink.maak(Doeleinde.UITNODIGING, account.getId(), clock.instant());
        em.persist(uitgifte.link());
        String plek = account.getSchool() != null
                ? " bij " + account.getSchool().getNaam()
                : account.getBestuur() != null ? " bij " + account.getBestuur().getNaam() : "";
        String tekst = new MessageFormat(MAILS.getString("uitnodiging.tekst"), NL).format(new Object[] {
            account.getNaam(),
            uitnodiger,
            rolNaam(account),
            plek,
            account.getUsername(),
            DAG.format(uitgifte.link().getGeldigTot().atZone(Tijdzone.NEDERLAND)),
            publicUrl.withKey(PAD, uitgifte.sleutel())
        });
        mail.plaats(account.getEmail(), MAILS.getString("uitnodiging.onderwerp"), tekst, null);
        em.persist(new PersoonAudit(
                account,
                opnieuw ? PersoonAudit.PersoonActie.OPNIEUW_UITGENODIGD : PersoonAudit.PersoonActie.UITGENODIGD,
                uitnodiger,
                clock.instant(),
                opnieuw ? null : waarvoor));
    }

    /**
     * When a trajectory starts, the kernteam named at enrolment with an e-mail address is invited
     * as schoolcoach or aanjager of the school, signed by the foundation. Open to every caller
     * because the nightly start job has none; it acts only on what the enrolment itself holds, and
     * only for an enrolment that has just become active. An address that already has an account is
     * not invited again: its owner gets the role at this school as a further membership, unless they
     * have it already.
     *
     * @return how many people were invited
     */
    @PermitAll
    public int nodigKernteamUit(Inschrijving inschrijving) {
        if (inschrijving.getStatus() != InschrijvingStatus.ACTIEF) {
            throw new IllegalStateException("enrolment " + inschrijving.getId() + " is " + inschrijving.getStatus());
        }
        School school = inschrijving.getSchool();
        int uitgenodigd = 0;
        for (Kernteamlid lid : inschrijving.getKernteam()) {
            if (lid.getEmail() == null) {
                continue;
            }
            Rol rol = lid.getRol() == Kernteamlid.Kernteamrol.SCHOOLCOACH ? Rol.SCHOOLCOACH : Rol.AANJAGER;
            Account bestaand = em.createQuery("SELECT a FROM Account a WHERE a.email = :email", Account.class)
                    .setParameter("email", lid.getEmail())
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            if (bestaand != null) {
                if (bestaand.lidmaatschap(rol, school, null).isEmpty()) {
                    voegRolToe(bestaand, rol, school, null, STICHTING);
                }
                continue;
            }
            Account account = Account.nodigUit(
                    vrijeGebruikersnaam(lid.getEmail()), lid.getNaam(), lid.getEmail(), rol, school, null);
            em.persist(account);
            em.flush();
            stuur(
                    account,
                    STICHTING,
                    false,
                    rolNaam(account) + ", " + school.getNaam() + ", kernteam bij de start van het traject");
            uitgenodigd++;
        }
        return uitgenodigd;
    }

    /**
     * Someone who has an account gets a further role (a second school, a schoolcoach who also
     * teaches, an Expertcoach who also works in the central team): a membership added to their
     * account, a line in their audit trail, and a mail saying they can switch to it in the header.
     *
     * @throws BusinessException {@code lidmaatschap.fout.bestaat} when they have this role there
     */
    public Lidmaatschap voegRolToe(Account account, Rol rol, School school, Bestuur bestuur, String door) {
        Lidmaatschap nieuw = BusinessException.bijRegel(() -> account.voegLidmaatschapToe(rol, school, bestuur));
        em.persist(nieuw);
        String plek = Profiel.plek(nieuw);
        String rolEnPlek = MAILS.getString("rol." + rol.name()) + (plek == null ? "" : " bij " + plek);
        mail.plaats(
                account.getEmail(),
                MAILS.getString("bestaand.onderwerp"),
                new MessageFormat(MAILS.getString("bestaand.tekst"), NL)
                        .format(new Object[] {account.getNaam(), door, rolEnPlek}),
                null);
        em.persist(
                new PersoonAudit(account, PersoonAudit.PersoonActie.ROL_TOEGEVOEGD, door, clock.instant(), rolEnPlek));
        return nieuw;
    }

    /** An invitation that was not accepted is withdrawn: its links and audit trail go with the account. */
    public void trekIn(Account account) {
        vervalLinks(account);
        em.createQuery("DELETE FROM PersoonAudit p WHERE p.accountId = :account")
                .setParameter("account", account.getId())
                .executeUpdate();
    }

    /** How the role reads in a sentence, e.g. "leraar". */
    public static String rolNaam(Account account) {
        return MAILS.getString("rol." + account.getRol().name());
    }

    /** Unused invitation links of the account are deleted: only the newest one works. */
    private void vervalLinks(Account account) {
        Toegangslinks.vervalOngebruikte(em, account.getId(), Doeleinde.UITNODIGING);
    }
}
