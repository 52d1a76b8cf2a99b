package nl.leerkracht.service.inschrijving;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.AccountStatus;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.inschrijving.Aanvrager;
import nl.leerkracht.domain.inschrijving.Inschrijving;
import nl.leerkracht.domain.inschrijving.Offerte;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.shared.Bedrag;
import nl.leerkracht.service.account.AccountService;
import nl.leerkracht.service.account.Roles;
import nl.leerkracht.service.account.Uitnodigingen;
import nl.leerkracht.service.platform.MailService;

/**
 * The mails of an enrolment: the requester gets a confirmation with the request's number, and at
 * approval the quote; a schoolleider without an account is invited, so the school can start
 * working on the platform.
 */
@Stateless
public class InschrijvingMails {

    private static final Logger LOG = Logger.getLogger(InschrijvingMails.class.getName());
    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);
    private static final ResourceBundle MAILS =
            ResourceBundle.getBundle("nl.leerkracht.service.inschrijving.mails", Locale.ROOT);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private MailService mail;

    @EJB
    private Uitnodigingen uitnodigingen;

    @EJB
    private AccountService accounts;

    /** The confirmation of a new request, with its number. */
    @PermitAll
    public void ontvangen(Inschrijving inschrijving) {
        Aanvrager aanvrager = inschrijving.getAanvrager();
        mail.plaats(
                aanvrager.getEmail(),
                format("ontvangen.onderwerp", inschrijving.getId()),
                format(
                        "ontvangen.tekst",
                        aanvrager.getNaam(),
                        inschrijving.getEenheidNaam(),
                        inschrijving.getStartjaar().toString(),
                        inschrijving.getAantalLeraren(),
                        String.valueOf(inschrijving.getId())),
                null);
    }

    /**
     * The approval with the quote. A requester who asked as schoolleider and has no account yet is
     * invited as schoolleider of the school, unless the school already has one (active or invited):
     * the public form does not prove who someone is, so it never gives more than that one school,
     * and never a board. Others are told how to get an account.
     */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public void goedgekeurd(Inschrijving inschrijving) {
        Aanvrager aanvrager = inschrijving.getAanvrager();
        String email = aanvrager.getEmail().toLowerCase(Locale.ROOT);
        boolean heeftAccount = uitnodigingen.emailInGebruik(email);
        boolean uitnodigen = !heeftAccount
                && aanvrager.getFunctie() == Aanvrager.Functie.SCHOOLLEIDER
                && !heeftSchoolleider(inschrijving.getSchool());
        String vervolg = heeftAccount
                ? "goedgekeurd.account"
                : uitnodigen ? "goedgekeurd.uitnodiging" : "goedgekeurd.vraagAccount";
        mail.plaats(
                aanvrager.getEmail(),
                format("goedgekeurd.onderwerp", inschrijving.getId()),
                format(
                        "goedgekeurd.tekst",
                        aanvrager.getNaam(),
                        inschrijving.getEenheidNaam(),
                        inschrijving.getStartjaar().toString(),
                        DATUM.format(inschrijving.getStartjaar().getTrajectStart()),
                        inschrijving.getAantalLeraren(),
                        offerte(inschrijving.getOfferte()),
                        MAILS.getString(vervolg)),
                null);
        if (uitnodigen) {
            Account account = Account.nodigUit(
                    uitnodigingen.vrijeGebruikersnaam(email),
                    aanvrager.getNaam(),
                    email,
                    Rol.SCHOOLLEIDER,
                    inschrijving.getSchool(),
                    null);
            em.persist(account);
            em.flush();
            uitnodigingen.stuur(
                    account,
                    accounts.getCaller().getNaam(),
                    false,
                    Uitnodigingen.rolNaam(account) + ", aanvraag " + inschrijving.getId());
            LOG.info(() -> "Requester of enrolment " + inschrijving.getId() + " invited as " + account.getUsername());
        }
    }

    private boolean heeftSchoolleider(School school) {
        return em.createQuery(
                                "SELECT COUNT(l) FROM Lidmaatschap l JOIN l.account a WHERE l.school = :school AND l.rol = :rol"
                                        + " AND a.status IN :statussen",
                                Long.class)
                        .setParameter("school", school)
                        .setParameter("rol", Rol.SCHOOLLEIDER)
                        .setParameter("statussen", List.of(AccountStatus.ACTIEF, AccountStatus.UITGENODIGD))
                        .getSingleResult()
                > 0;
    }

    private static String offerte(Offerte offerte) {
        NumberFormat euro = NumberFormat.getCurrencyInstance(NL);
        StringBuilder tekst = new StringBuilder();
        for (Offerte.Programmajaar regel : offerte.getRegels()) {
            tekst.append(
                            regel.getBedrag() == null
                                    ? format("goedgekeurd.regelInOverleg", regel.getProgrammajaar())
                                    : format(
                                            "goedgekeurd.regel",
                                            regel.getProgrammajaar(),
                                            regel.getFactureerbareLeraren(),
                                            euro.format(
                                                    regel.getTariefPerLeraar().getWaarde()),
                                            euro.format(regel.getBedrag().getWaarde())))
                    .append('\n');
        }
        Bedrag totaal = offerte.getTotaal();
        if (totaal != null) {
            tekst.append(format("goedgekeurd.totaal", euro.format(totaal.getWaarde())));
        }
        return tekst.toString();
    }

    private static String format(String key, Object... args) {
        return new MessageFormat(MAILS.getString(key), NL).format(args);
    }
}
