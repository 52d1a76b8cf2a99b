package nl.leerkracht.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The newsletter: double opt-in, one-click unsubscribe from every mail, the central team's export. */
interface NieuwsbriefScenarios {

    Browser browser();

    String base();

    @Test
    default void aSubscriptionCountsOnceConfirmedFromTheMailAndEndsWithOneClick() throws Exception {
        String email = "lezer." + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        Browser browser = browser();
        browser.open("index.xhtml");
        browser.follow("#nieuwsbriefLink");
        assertEquals("publiek/nieuwsbrief.xhtml", browser.path());
        browser.type("nieuwsbriefForm:email", "lezer@");
        browser.type("nieuwsbriefForm:naam", "<b>Lotte</b>");
        browser.click("[id='nieuwsbriefForm:aanmelden']");
        browser.waitForText("Vul een geldig e-mailadres in, zoals naam@school.nl.");
        browser.replace("nieuwsbriefForm:email", email.toUpperCase(java.util.Locale.ROOT));
        browser.click("[id='nieuwsbriefForm:aanmelden']");
        browser.waitForText("Gebruik geen HTML-code of de tekens < en > in je naam.");
        assertTrue(status(email).isEmpty(), "nothing stored for a refused form");
        browser.replace("nieuwsbriefForm:naam", "Lotte Lezer");
        browser.click("[id='nieuwsbriefForm:aanmelden']");
        browser.waitForText("Kijk in je mailbox");
        String antwoord = browser.textOf("#verstuurd");
        assertEquals("WACHT_OP_BEVESTIGING", status(email));

        Mailbox.Mail bevestigen = Mailbox.waitFor(email, "Bevestig je aanmelding");
        assertTrue(bevestigen.tekst().startsWith("Beste Lotte Lezer,"), bevestigen.tekst());
        assertTrue(bevestigen.afmelden() != null && bevestigen.afmelden().contains("/nieuwsbrief/afmelden?sleutel="));
        assertFalse(export(browser).contains(email), "unconfirmed addresses are not exported");

        // Subscribing the known address again answers the same, and sends no second mail so soon.
        browser.open("publiek/nieuwsbrief.xhtml");
        browser.type("nieuwsbriefForm:email", email);
        browser.click("[id='nieuwsbriefForm:aanmelden']");
        browser.waitForText("Kijk in je mailbox");
        assertEquals(antwoord, browser.textOf("#verstuurd"));

        // Opening the link changes nothing (a mail scanner may open it); the button confirms.
        String bevestigLink =
                pad(bevestigen.tekst(), "publiek/nieuwsbrief-bevestigen\\.xhtml\\?sleutel=[A-Za-z0-9_-]+");
        browser.open(bevestigLink);
        assertEquals("WACHT_OP_BEVESTIGING", status(email));
        browser.click("[id='bevestigForm:bevestig']");
        browser.waitForText("je aanmelding is bevestigd");
        assertEquals("BEVESTIGD", status(email));
        Mailbox.Mail welkom = Mailbox.waitFor(email, "Je bent aangemeld voor de nieuwsbrief");
        assertEquals(1, Mailbox.to(email, "Bevestig je aanmelding").size(), "one confirmation mail only");
        browser.open(bevestigLink);
        browser.click("[id='bevestigForm:bevestig']");
        browser.waitForText("Deze bevestigingslink is onbekend, al gebruikt of ouder dan een week.");

        // A name with markup is refused for a known address exactly as for a new one.
        browser.open("publiek/nieuwsbrief.xhtml");
        browser.type("nieuwsbriefForm:email", email);
        browser.type("nieuwsbriefForm:naam", "<b>Lotte</b>");
        browser.click("[id='nieuwsbriefForm:aanmelden']");
        browser.waitForText("Gebruik geen HTML-code of de tekens < en > in je naam.");

        String csv = export(browser);
        assertTrue(csv.contains(email) && csv.contains("Lotte Lezer"), csv);
        browser.login("centraal", InschrijvingScenarios.PASSWORD);
        browser.open("centraal/index.xhtml");
        assertTrue(
                browser.textOf("#nieuwsbrief")
                        .matches("Nieuwsbrief: \\d+ bevestigde abonnees, \\d+ wachten op bevestiging.*"),
                browser.textOf("#nieuwsbrief"));
        browser.logout();

        // The mail program's one-click unsubscribe (RFC 8058): one POST, no page, no login.
        String header = welkom.afmelden();
        assertTrue(header.startsWith("<") && header.endsWith(">"), header);
        String eenKlik = pad(header, "nieuwsbrief/afmelden\\?sleutel=[A-Za-z0-9_-]+");
        HttpResponse<String> afgemeld = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(browser.base()).resolve(eenKlik))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, afgemeld.statusCode(), afgemeld.body());
        assertTrue(status(email).isEmpty(), "the subscription is gone");

        // The link in the mail's text, opened later, says it has been used.
        browser.open(pad(welkom.tekst(), "publiek/nieuwsbrief-afmelden\\.xhtml\\?sleutel=[A-Za-z0-9_-]+"));
        assertTrue(browser.textOf("#onbekend").startsWith("Deze afmeldlink is onbekend of al gebruikt."));
        assertFalse(browser.has("[id='afmeldForm:afmelden']"));
    }

    @Test
    default void theUnsubscribeLinkInTheTextEndsTheSubscriptionWithItsButton() {
        String email = "kort." + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        Browser browser = browser();
        browser.open("publiek/nieuwsbrief.xhtml");
        browser.type("nieuwsbriefForm:email", email);
        browser.click("[id='nieuwsbriefForm:aanmelden']");
        browser.waitForText("Kijk in je mailbox");
        Mailbox.Mail bevestigen = Mailbox.waitFor(email, "Bevestig je aanmelding");
        assertTrue(bevestigen.tekst().startsWith("Beste lezer,"), bevestigen.tekst());
        // Not asked for after all: the link under the confirmation mail removes the address at once.
        browser.open(pad(bevestigen.tekst(), "publiek/nieuwsbrief-afmelden\\.xhtml\\?sleutel=[A-Za-z0-9_-]+"));
        assertEquals("Wil je de nieuwsbrief niet meer ontvangen op " + email + "?", browser.textOf("#wie"));
        assertEquals("WACHT_OP_BEVESTIGING", status(email), "opening the page changes nothing");
        browser.click("[id='afmeldForm:afmelden']");
        browser.waitForText("Je bent afgemeld");
        assertTrue(status(email).isEmpty());
        // Its confirmation link no longer confirms anything.
        browser.open(pad(bevestigen.tekst(), "publiek/nieuwsbrief-bevestigen\\.xhtml\\?sleutel=[A-Za-z0-9_-]+"));
        browser.click("[id='bevestigForm:bevestig']");
        browser.waitForText("Deze bevestigingslink is onbekend");
        assertTrue(status(email).isEmpty());
    }

    /** The subscription's status, or empty when the address is not subscribed. */
    private static String status(String email) {
        java.util.List<String> status = TestDatabase.strings(
                "SELECT status FROM nieuwsbriefabonnee WHERE email = ?", email.toLowerCase(java.util.Locale.ROOT));
        return status.isEmpty() ? "" : status.get(0);
    }

    /** The central team's export of confirmed subscribers, downloaded as the central team. */
    private static String export(Browser browser) {
        browser.login("centraal", InschrijvingScenarios.PASSWORD);
        HttpResponse<byte[]> csv = browser.download("centraal/nieuwsbrief.csv");
        browser.logout();
        assertEquals(200, csv.statusCode());
        return new String(csv.body(), StandardCharsets.UTF_8);
    }

    /** A link in a mail, as a path below the application. */
    private static String pad(String tekst, String patroon) {
        Matcher matcher = Pattern.compile("https?://[^/\\s]+/(" + patroon + ")").matcher(tekst);
        assertTrue(matcher.find(), tekst);
        return matcher.group(1);
    }
}
