package nl.leerkracht.web;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * A real SMTP server for the suite (GreenMail), on the port the platform is configured to mail
 * to. Started once per JVM; tests find their own messages by recipient and subject.
 */
final class Mailbox {

    private static GreenMail server;

    private Mailbox() {}

    static synchronized GreenMail server() {
        if (server == null) {
            int port = Integer.parseInt(System.getProperty("leerkracht.smtpPort", "37025"));
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server;
    }

    /** One received message, read; {@code afmelden} is its List-Unsubscribe header, if any. */
    record Mail(String aan, String onderwerp, String tekst, String afmelden) {}

    static List<Mail> all() {
        return Arrays.stream(server().getReceivedMessages()).map(Mailbox::read).toList();
    }

    static List<Mail> to(String aan, String onderwerpBevat) {
        return all().stream()
                .filter(m -> m.aan().equalsIgnoreCase(aan) && m.onderwerp().contains(onderwerpBevat))
                .toList();
    }

    /** Waits (the platform's job sends every 2 s in the tests) until a message matches, and returns it. */
    static Mail waitFor(String aan, String onderwerpBevat) {
        return waitFor(aan, onderwerpBevat, m -> true);
    }

    static Mail waitFor(String aan, String onderwerpBevat, Predicate<Mail> extra) {
        Instant until = Instant.now().plus(Duration.ofSeconds(45));
        while (Instant.now().isBefore(until)) {
            List<Mail> found = to(aan, onderwerpBevat).stream().filter(extra).toList();
            if (!found.isEmpty()) {
                return found.get(0);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new AssertionError("no mail to " + aan + " about \"" + onderwerpBevat + "\"; received: "
                + all().stream().map(m -> m.aan() + ": " + m.onderwerp()).toList());
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Mail read(MimeMessage message) {
        try {
            return new Mail(
                    message.getAllRecipients()[0].toString(),
                    message.getSubject(),
                    String.valueOf(message.getContent()).replace("\r\n", "\n"),
                    message.getHeader("List-Unsubscribe", null));
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
