package nl.leerkracht.service.account;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.StringWriter;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.PasswordHash;
import nl.leerkracht.domain.account.PasswordPolicy;
import nl.leerkracht.domain.account.PersoonAudit;
import nl.leerkracht.domain.account.Sessie;
import nl.leerkracht.domain.account.Toegangslink;
import nl.leerkracht.domain.account.Toegangslink.Doel;
import nl.leerkracht.domain.coaching.Cluster;
import nl.leerkracht.domain.shared.MailBericht;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.MailService;
import nl.leerkracht.service.platform.NotFoundException;
import nl.leerkracht.service.platform.PublicUrl;
import nl.leerkracht.service.platform.RateLimits;
import nl.leerkracht.service.platform.RateLimits.Limit;

/**
 * "Mijn gegevens": what every logged-in person does with their own account. Change the password
 * (the current one is asked; five wrong ones in 15 minutes make the caller wait), the name, the e-mail address
 * (which counts once confirmed from the new mailbox), end all other sessions, and download one's
 * own personal data (AVG inzage).
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
        Toegangslinks.vervalOngebruikte(em, account.getId(), Doel.WACHTWOORD_HERSTEL);
        audit(account, PersoonAudit.Actie.WACHTWOORD_GEWIJZIGD, nu, null);
        mail.plaats(
                account.getEmail(),
                MAILS.getString("wachtwoordGewijzigd.onderwerp"),
                new MessageFormat(MAILS.getString("wachtwoordGewijzigd.tekst"), NL)
                        .format(new Object[] {account.getNaam()}),
                null);
        LOG.info(() -> account.getUsername() + " changed their password");
        return true;
    }

    /** @throws BusinessException the name's rules */
    public void wijzigNaam(String naam) {
        Account account = eigen();
        String oud = account.getNaam();
        BusinessException.bijRegel(() -> account.wijzigNaam(naam));
        if (!oud.equals(account.getNaam())) {
            audit(account, PersoonAudit.Actie.NAAM_GEWIJZIGD, clock.instant(), oud + " → " + account.getNaam());
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
        if (inGebruik(nieuw, account)) {
            throw new BusinessException("uitnodiging.fout.emailBestaat", "address in use");
        }
        Toegangslinks.vervalOngebruikte(em, account.getId(), Doel.EMAIL_BEVESTIGING);
        Toegangslink.Uitgifte uitgifte = Toegangslink.maak(Doel.EMAIL_BEVESTIGING, account.getId(), nu);
        em.persist(uitgifte.link());
        mail.plaats(
                nieuw,
                MAILS.getString("emailBevestiging.onderwerp"),
                new MessageFormat(MAILS.getString("emailBevestiging.tekst"), NL).format(new Object[] {
                    account.getNaam(), nieuw, publicUrl.withKey(BEVESTIG_PAD, uitgifte.sleutel())
                }),
                null);
        Toegangslinks.vervalOngebruikte(em, account.getId(), Doel.EMAIL_ANNULERING);
        Toegangslink.Uitgifte annulering = Toegangslink.maak(Doel.EMAIL_ANNULERING, account.getId(), nu);
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

    /** The new address a confirmation key would confirm now; empty when the link does not work. */
    @PermitAll
    public Optional<String> openBevestiging(String sleutel) {
        return nieuwAdres(sleutel, Doel.EMAIL_BEVESTIGING);
    }

    /**
     * Confirms the new address from the link in its mailbox; works without being logged in, the
     * link's key is the credential.
     *
     * @return the confirmed address
     * @throws BusinessException {@code toegangslink.fout.ongeldig} for a link that no longer works,
     *         {@code uitnodiging.fout.emailBestaat} when someone else took the address meanwhile
     */
    @PermitAll
    public String bevestigEmail(String sleutel) {
        Instant nu = clock.instant();
        Toegangslink link = gebruikbaar(sleutel, Doel.EMAIL_BEVESTIGING, nu);
        Account account = em.find(Account.class, link.getAccountId());
        if (account.getNieuwEmail() == null) {
            throw new BusinessException(
                    "toegangslink.fout.ongeldig", "confirmation link " + link.getId() + " no longer works");
        }
        if (inGebruik(account.getNieuwEmail(), account)) {
            throw new BusinessException("uitnodiging.fout.emailBestaat", "address taken meanwhile");
        }
        String oud = BusinessException.bijRegel(account::bevestigEmail);
        link.gebruik(nu);
        // A reset link mailed to the old address must not outlive it.
        Toegangslinks.vervalOngebruikte(em, account.getId(), Doel.WACHTWOORD_HERSTEL);
        em.persist(PersoonAudit.emailGewijzigd(account, oud, nu));
        LOG.info(() -> account.getUsername() + " confirmed a new e-mail address");
        return account.getEmail();
    }

    /** The address a cancel link (mailed to the old address) would stop, while it works. */
    @PermitAll
    public Optional<String> openAnnulering(String sleutel) {
        return nieuwAdres(sleutel, Doel.EMAIL_ANNULERING);
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
    @PermitAll
    public String annuleerEmailWijziging(String sleutel) {
        Instant nu = clock.instant();
        Toegangslink link = gebruikbaar(sleutel, Doel.EMAIL_ANNULERING, nu);
        Account account = em.find(Account.class, link.getAccountId());
        String gevraagd = BusinessException.bijRegel(account::annuleerEmailWijziging);
        link.gebruik(nu);
        Toegangslinks.vervalOngebruikte(em, account.getId(), Doel.EMAIL_BEVESTIGING);
        account.beeindigSessies(nu);
        em.persist(new PersoonAudit(
                account, PersoonAudit.Actie.EMAIL_WIJZIGING_GEANNULEERD, account.getNaam(), nu, gevraagd));
        LOG.warning(() ->
                account.getUsername() + " cancelled a change of e-mail address from the old mailbox; sessions ended");
        return gevraagd;
    }

    /** The pending address of the account of a working link; empty when the link does not work. */
    private Optional<String> nieuwAdres(String sleutel, Doel doel) {
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
    private Toegangslink gebruikbaar(String sleutel, Doel doel, Instant nu) {
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
        audit(account, PersoonAudit.Actie.SESSIES_BEEINDIGD, nu, null);
    }

    /**
     * Where the caller is logged in: the open sessions, the current one first, then the newest use.
     * A session ended by a password reset or change, or by "log out everywhere", is not listed.
     */
    public List<SessieRegel> sessies(long huidig) {
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
                .map(s -> new SessieRegel(s, s.getId() == huidig))
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
        audit(account, PersoonAudit.Actie.SESSIE_BEEINDIGD, nu, sessie.getApparaat() + ", " + sessie.getAdres());
    }

    /**
     * The caller's personal data as the platform holds it (AVG inzage), as JSON: the account, the
     * clusters they guide, the audit trail of their account and the mails sent to them, at their
     * current and earlier addresses.
     */
    public String persoonsgegevens() {
        Account account = accounts.getCaller();
        JsonObjectBuilder accountJson = Json.createObjectBuilder()
                .add("gebruikersnaam", account.getUsername())
                .add("naam", account.getNaam())
                .add("email", account.getEmail())
                .add("rol", account.getRol().name())
                .add("status", account.getStatus().name());
        optioneel(accountJson, "nieuwEmailTeBevestigen", account.getNieuwEmail());
        optioneel(
                accountJson,
                "school",
                account.getSchool() == null ? null : account.getSchool().getNaam());
        optioneel(
                accountJson,
                "bestuur",
                account.getBestuur() == null ? null : account.getBestuur().getNaam());
        optioneel(accountJson, "laatsteLogin", account.getLastLogin());
        JsonArrayBuilder rollen = Json.createArrayBuilder();
        account.getLidmaatschappen().forEach(l -> {
            JsonObjectBuilder json =
                    Json.createObjectBuilder().add("rol", l.getRol().name());
            optioneel(
                    json, "school", l.getSchool() == null ? null : l.getSchool().getNaam());
            optioneel(
                    json,
                    "bestuur",
                    l.getBestuur() == null ? null : l.getBestuur().getNaam());
            optioneel(json, "team", l.getTeam() == null ? null : l.getTeam().getNaam());
            rollen.add(json);
        });
        accountJson.add("rollen", rollen);
        JsonArrayBuilder clusters = Json.createArrayBuilder();
        em.createQuery(
                        "SELECT c FROM Cluster c JOIN c.expertcoaches e WHERE e = :account ORDER BY c.naam",
                        Cluster.class)
                .setParameter("account", account)
                .getResultList()
                .forEach(cluster -> clusters.add(cluster.getNaam()));
        JsonArrayBuilder audit = Json.createArrayBuilder();
        List<PersoonAudit> regels = em.createQuery(
                        "SELECT p FROM PersoonAudit p WHERE p.accountId = :id ORDER BY p.op, p.id", PersoonAudit.class)
                .setParameter("id", account.getId())
                .getResultList();
        regels.forEach(regel -> {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("op", regel.getOp().toString())
                    .add("actie", regel.getActie().name())
                    .add("door", regel.getDoor());
            optioneel(json, "detail", regel.getDetail());
            audit.add(json);
        });
        JsonArrayBuilder mails = Json.createArrayBuilder();
        // Each address only for the time the person held it: a freed address may be someone else's now.
        List<MailBericht> berichten = new ArrayList<>();
        Instant vanaf = Instant.EPOCH;
        for (PersoonAudit regel : regels) {
            Optional<String> vorig = regel.getVorigEmail();
            if (vorig.isPresent()) {
                berichten.addAll(mailsAan(vorig.get(), vanaf, regel.getOp()));
                vanaf = regel.getOp();
            }
        }
        berichten.addAll(mailsAan(account.getEmail(), vanaf, clock.instant()));
        berichten.sort(Comparator.comparing(MailBericht::getAangemaaktOp).thenComparing(MailBericht::getId));
        berichten.forEach(bericht -> {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("aan", bericht.getAan())
                    .add("onderwerp", bericht.getOnderwerp())
                    .add("aangemaaktOp", bericht.getAangemaaktOp().toString());
            optioneel(json, "verzondenOp", bericht.getVerzondenOp());
            mails.add(json);
        });
        JsonObjectBuilder root = Json.createObjectBuilder()
                .add("uitgegevenOp", clock.instant().toString())
                .add("account", accountJson)
                .add("clusters", clusters)
                .add("wijzigingenVanHetAccount", audit)
                .add("mailsAanJou", mails);
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.writeObject(root.build());
        }
        return out.toString();
    }

    private List<MailBericht> mailsAan(String adres, Instant vanaf, Instant tot) {
        return em.createQuery(
                        "SELECT m FROM MailBericht m WHERE LOWER(m.aan) = :adres AND m.aangemaaktOp >= :vanaf"
                                + " AND m.aangemaaktOp <= :tot",
                        MailBericht.class)
                .setParameter("adres", adres.toLowerCase(Locale.ROOT))
                .setParameter("vanaf", vanaf)
                .setParameter("tot", tot)
                .getResultList();
    }

    private static void optioneel(JsonObjectBuilder json, String naam, Object waarde) {
        if (waarde != null) {
            json.add(naam, waarde.toString());
        }
    }

    private Account eigen() {
        return em.find(Account.class, accounts.getCaller().getId(), LockModeType.PESSIMISTIC_WRITE);
    }

    private boolean inGebruik(String adres, Account behalve) {
        return em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.email = :email AND a.id <> :id", Long.class)
                        .setParameter("email", adres)
                        .setParameter("id", behalve.getId())
                        .getSingleResult()
                > 0;
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

    private void audit(Account account, PersoonAudit.Actie actie, Instant nu, String detail) {
        em.persist(new PersoonAudit(account, actie, account.getNaam(), nu, detail));
    }
}
