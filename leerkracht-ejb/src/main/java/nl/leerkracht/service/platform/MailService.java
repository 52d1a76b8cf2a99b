package nl.leerkracht.service.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import nl.leerkracht.domain.shared.MailBericht;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * E-mail through Jakarta Mail with the SMTP server from configuration ({@code LEERKRACHT_SMTP_HOST},
 * {@code _PORT}, {@code _FROM}, optional {@code _USER}/{@code _PASSWORD} and {@code _STARTTLS}).
 * Messages go to the outbox in the caller's transaction and are sent by {@link #verzendOpenstaande()}:
 * each under a row lock and marked sent in the same transaction, so two nodes never both send one.
 */
@Stateless
@PermitAll // no web entry point: called by services and the scheduled job
public class MailService {

    private static final Logger LOG = Logger.getLogger(MailService.class.getName());
    private static final int PER_RONDE = 50;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private MailService self;

    @Inject
    @ConfigProperty(name = "leerkracht.smtp.host", defaultValue = "localhost")
    private String host;

    @Inject
    @ConfigProperty(name = "leerkracht.smtp.port", defaultValue = "25")
    private int port;

    @Inject
    @ConfigProperty(name = "leerkracht.smtp.from", defaultValue = "info@stichting-leerkracht.nl")
    private String afzender;

    @Inject
    @ConfigProperty(name = "leerkracht.smtp.user")
    private Optional<String> gebruiker;

    @Inject
    @ConfigProperty(name = "leerkracht.smtp.password")
    private Optional<String> wachtwoord;

    @Inject
    @ConfigProperty(name = "leerkracht.smtp.starttls", defaultValue = "false")
    private boolean starttls;

    @Inject
    private Clock clock;

    /** Puts an e-mail in the outbox; it goes out only if the caller's transaction commits. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void plaats(String aan, String onderwerp, String tekst, Long klachtId) {
        em.persist(new MailBericht(aan, onderwerp, tekst, klachtId, Instant.now(clock)));
    }

    /**
     * Puts an e-mail to a newsletter subscriber in the outbox: it carries the headers with which a
     * mail program offers to unsubscribe in one click.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void plaatsVoorAbonnee(String aan, String onderwerp, String tekst, String afmeldenUrl) {
        em.persist(MailBericht.aanAbonnee(aan, onderwerp, tekst, afmeldenUrl, Instant.now(clock)));
    }

    /** Sends what is waiting in the outbox. @return how many were sent */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int verzendOpenstaande() {
        List<Long> open = em.createQuery(
                        "SELECT m.id FROM MailBericht m WHERE m.verzondenOp IS NULL"
                                + " AND m.pogingen < :max ORDER BY m.id",
                        Long.class)
                .setParameter("max", MailBericht.MAXIMUM_POGINGEN)
                .setMaxResults(PER_RONDE)
                .getResultList();
        int verzonden = 0;
        for (Long id : open) {
            if (self.verzend(id)) {
                verzonden++;
            }
        }
        return verzonden;
    }

    /** Sends one message under a row lock; a failure is recorded and retried on a later round. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean verzend(long id) {
        MailBericht bericht = em.find(MailBericht.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (bericht == null || !bericht.isTeVerzenden()) {
            return false;
        }
        try {
            MimeMessage message = new MimeMessage(session());
            message.setFrom(new InternetAddress(afzender, "stichting leerKRACHT", StandardCharsets.UTF_8.name()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(bericht.getAan(), true));
            message.setSubject(bericht.getOnderwerp(), StandardCharsets.UTF_8.name());
            message.setText(bericht.getTekst(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(clock.instant()));
            if (bericht.getAfmeldenUrl() != null) {
                message.setHeader("List-Unsubscribe", "<" + bericht.getAfmeldenUrl() + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            Transport.send(message);
            bericht.verzonden(Instant.now(clock));
            return true;
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            LOG.warning(() -> "Mail " + id + " not sent via " + host + ":" + port + ": " + e.getMessage());
            bericht.mislukt(e.getMessage());
            return false;
        }
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        properties.put("mail.smtp.starttls.required", String.valueOf(starttls));
        if (gebruiker.isPresent()) {
            properties.put("mail.smtp.auth", "true");
            return Session.getInstance(properties, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(gebruiker.get(), wachtwoord.orElse(""));
                }
            });
        }
        return Session.getInstance(properties);
    }
}
