package nl.leerkracht.service.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.PasswordHash;
import nl.leerkracht.domain.account.PasswordPolicy;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.account.Toegangslink;
import nl.leerkracht.domain.account.Toegangslink.Doeleinde;
import nl.leerkracht.domain.shared.Tijdzone;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.MailService;
import nl.leerkracht.service.platform.NotFoundException;
import nl.leerkracht.service.platform.PublicUrl;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Going live: on a database where nobody of the central team can log in, the platform makes a
 * one-time installation link at start-up, writes it to the log once (and mails it to
 * {@code LEERKRACHT_SETUP_EMAIL} when set). Whoever opens it creates the first central-team
 * account; from then on the link, and every other installation link, answers "not found".
 */
@Stateless
@PermitAll // the installation page is public: the link's key is the credential
public class InstallatieService {

    /** The page the link opens, below the public URL. */
    public static final String PAD = "/installatie.xhtml";

    private static final Logger LOG = Logger.getLogger(InstallatieService.class.getName());
    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm", NL);
    private static final ResourceBundle MAILS =
            ResourceBundle.getBundle("nl.leerkracht.service.account.mails", Locale.ROOT);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private MailService mail;

    @Inject
    private PublicUrl publicUrl;

    @Inject
    @ConfigProperty(name = "leerkracht.setup-email")
    private Optional<String> setupEmail;

    @Inject
    private Clock clock;

    /**
     * At start-up: when no central-team account exists, replaces any unused installation link by a
     * new one, valid 24 hours, and tells the operator where it is.
     *
     * @return the link, or empty when the central team already has an account
     */
    public Optional<String> createLinkIfNeeded() {
        if (hasCentralTeam()) {
            return Optional.empty();
        }
        Instant nu = clock.instant();
        em.createQuery("DELETE FROM Toegangslink t WHERE t.doel = :doel AND t.gebruiktOp IS NULL")
                .setParameter("doel", Doeleinde.INSTALLATIE)
                .executeUpdate();
        Toegangslink.Uitgifte uitgifte = Toegangslink.maak(Doeleinde.INSTALLATIE, null, nu);
        em.persist(uitgifte.link());
        String link = publicUrl.withKey(PAD, uitgifte.sleutel());
        String tot = MOMENT.format(uitgifte.link().getGeldigTot().atZone(Tijdzone.NEDERLAND));
        LOG.warning(() -> "No central-team account yet. Create the first one within 24 hours (until " + tot
                + ", Dutch time) with this one-time link: " + link);
        setupEmail
                .map(String::trim)
                .filter(adres -> !adres.isEmpty())
                .ifPresent(adres -> mail.plaats(
                        adres,
                        MAILS.getString("installatie.onderwerp"),
                        new MessageFormat(MAILS.getString("installatie.tekst"), NL).format(new Object[] {link, tot}),
                        null));
        return Optional.of(link);
    }

    /** Whether the key opens the installation page now. */
    public boolean isOpen(String sleutel) {
        return find(sleutel, LockModeType.NONE)
                        .filter(link -> link.isGeldig(clock.instant()))
                        .isPresent()
                && !hasCentralTeam();
    }

    /**
     * Creates the first central-team account and uses the link up, under a row lock so that two
     * people with the same link cannot both succeed.
     *
     * @return the new account's user name, to log in with
     * @throws NotFoundException when the link is unknown, used, expired, or the central team exists
     * @throws BusinessException with a message key when a field breaks its rule; nothing is stored
     */
    public String install(String sleutel, InstallatieForm form) {
        Toegangslink link = find(sleutel, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("no such installation link"));
        Instant nu = clock.instant();
        if (!link.isGeldig(nu) || hasCentralTeam()) {
            throw new NotFoundException("installation link " + link.getId() + " is used or expired");
        }
        String wachtwoord =
                BusinessException.bijRegel(() -> PasswordPolicy.check(form.getWachtwoord(), form.getHerhaling()));
        String gebruikersnaam = BusinessException.bijRegel(() -> Account.checkUsername(form.getGebruikersnaam()));
        Account account = BusinessException.bijRegel(() -> Account.ofFoundation(
                gebruikersnaam, form.getNaam(), form.getEmail(), Rol.CENTRAAL_TEAM, PasswordHash.create(wachtwoord)));
        em.persist(account);
        link.gebruik(nu);
        LOG.info(() -> "First central-team account " + account.getUsername() + " created with the installation link");
        return account.getUsername();
    }

    private boolean hasCentralTeam() {
        return em.createQuery("SELECT COUNT(l) FROM Lidmaatschap l WHERE l.rol = :rol", Long.class)
                        .setParameter("rol", Rol.CENTRAAL_TEAM)
                        .getSingleResult()
                > 0;
    }

    private Optional<Toegangslink> find(String sleutel, LockModeType lock) {
        return Toegangslinks.find(em, sleutel, Doeleinde.INSTALLATIE, lock);
    }
}
