package nl.leerkracht.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The complaints procedure in Chromium, with a real SMTP server (GreenMail) catching the mail:
 * anonymous and hostile complaints refused with nothing stored; a complaint through its life as
 * complainant, director and chair of the Raad van Toezicht; the director unable to reach a complaint
 * about the director in any way; the deadline job warning once; the retention purge deleting exactly
 * what is due. Run by {@link PlatformIT}.
 */
interface KlachtScenarios {

    String DIRECTEUR = "directeur@stichting-leerkracht.nl";
    String RVT = "rvt@stichting-leerkracht.nl";
    Pattern REFERENTIE = Pattern.compile("K\\d{4}-[A-Z0-9]{6}");

    Browser browser();

    String base();

    // --- the public form ---------------------------------------------------------------------

    @Test
    default void theComplaintFormLinksToAPrivacyStatementThatSaysWhatIsKeptAndForHowLong() {
        Browser browser = browser();
        browser.open("klacht/indienen.xhtml");
        browser.click("#privacyUitleg a");
        browser.waitFor("#privacy");
        assertEquals("privacy.xhtml", browser.path());
        assertEquals("Privacyverklaring", browser.textOf("h1"));
        String text = browser.textOf("#privacy").replaceAll("\\s+", " ");
        // The figures are the platform's own: the complaints' retention (default two years) and the sessions'.
        assertTrue(text.contains("Na afloop bewaren we de klacht 2 jaar; daarna verwijderen we je gegevens"), text);
        assertTrue(text.contains("dat verwijderen we 90 dagen na je laatste bezoek"), text);
        for (String part : List.of("Inschrijving van een school", "Klachten", "Nieuwsbrief", "Je rechten")) {
            assertTrue(text.contains(part), part + " — " + text);
        }
        // Every page links to it from its footer, in the chosen language too.
        browser.open("index.xhtml");
        browser.clickAndWait("taalForm:en");
        browser.clickAndWait("privacyLink");
        assertEquals("Privacy statement", browser.textOf("h1"));
        assertTrue(
                browser.textOf("#privacy").contains("we keep the complaint for 2 years"), browser.textOf("#privacy"));
        browser.clickAndWait("taalForm:nl");
    }

    @Test
    default void anAnonymousComplaintIsRefusedWithAnExplanationAndNothingIsStored() {
        long voor = TestDatabase.number("SELECT COUNT(*) FROM klacht");
        Browser browser = browser();
        browser.open("");
        browser.clickAndWait("klachtLink");
        assertEquals("Klacht indienen", browser.title());
        kiesOnderwerp(browser, 1);
        browser.type("klachtForm:omschrijving", "De training ging niet door.");
        browser.click("[id='klachtForm:indienen']");
        browser.waitForText("Naam: vul je naam in. Anonieme klachten nemen wij niet in behandeling.");
        assertTrue(browser.text()
                .contains("E-mailadres: vul je e-mailadres in. Anonieme klachten nemen wij niet in behandeling."));
        // The user was at the bottom of the form: the focus goes to the first field to mend.
        browser.waitUntilFocused("[id='klachtForm:naam']");
        browser.screenshot("klacht-anoniem");
        assertEquals(0, browser.phoneScreenshot("klacht-telefoon"), "the complaint form fits a phone");
        assertEquals(voor, TestDatabase.number("SELECT COUNT(*) FROM klacht"), "nothing stored");
    }

    @Test
    default void aLoggedInUserFindsTheFormPrefilledWithTheirNameAndAddress() {
        Browser browser = browser();
        browser.login("schoolcoach", InschrijvingScenarios.PASSWORD);
        browser.open("klacht/indienen.xhtml");
        assertFalse(browser.value("klachtForm:naam").isBlank(), "name prefilled");
        assertEquals(
                TestDatabase.string("SELECT email FROM account WHERE username = 'schoolcoach'"),
                browser.value("klachtForm:email"));
    }

    @Test
    default void fiftyComplaintsInAMinuteFromOneClientStoreAtMostFiveAndARobotsNone() {
        String email = "stortvloed." + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        Browser browser = browser();
        // A robot fills in the field people never see: it is thanked, and nothing is stored.
        fillIn(browser, "Robbie Robot", email, 0, "Bekijk onze aanbiedingen.");
        browser.script("document.getElementById('klachtForm:website').value = 'https://winkel.example'");
        browser.click("[id='klachtForm:indienen']");
        browser.waitForText("Dank je wel, je formulier is verstuurd.");
        assertFalse(browser.has("#ontvangen"), "no reference for a robot");
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM klacht WHERE email = ?", email));

        // Fifty complaints from one client as fast as the form goes: five go through, then the form
        // says why it waits, and stores nothing more.
        int ontvangen = 0;
        for (int i = 0; i < 50; i++) {
            if (!browser.has("[id='klachtForm:indienen']")) {
                fillIn(browser, "Stella Stortvloed", email, 1, "Klacht nummer " + i + ".");
            }
            browser.click("[id='klachtForm:indienen']");
            browser.waitForAjax();
            if (browser.has("#ontvangen")) {
                ontvangen++;
            } else {
                assertTrue(
                        browser.text().contains("Dit formulier is de laatste minuten al vaak verstuurd."),
                        browser.text());
                if (ontvangen == 5 && i == 5) {
                    assertEquals(
                            Boolean.TRUE,
                            browser.script(
                                    "var r = document.querySelector('.ui-messages-error').getBoundingClientRect();"
                                            + " return r.top >= 0 && r.bottom <= window.innerHeight;"),
                            "the message is scrolled into view");
                    browser.screenshot("klacht-te-vaak");
                }
            }
        }
        assertEquals(5, ontvangen);
        assertEquals(5, TestDatabase.number("SELECT COUNT(*) FROM klacht WHERE email = ?", email));

        // Someone else, at another address, is not bothered by it.
        String ander = "ander." + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        try (Browser anderAdres = new Browser(base())) {
            dienIn(anderAdres, "Anna Ander", ander, 0, "Een gewone klacht.");
        }
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM klacht WHERE email = ?", ander));
    }

    @Test
    default void hostileInputIsAnsweredClearlyAndNothingIsStored() throws IOException {
        long voor = TestDatabase.number("SELECT COUNT(*) FROM klacht");
        Browser browser = browser();
        browser.open("klacht/indienen.xhtml");
        browser.type("klachtForm:naam", "Mallory");
        browser.type("klachtForm:email", "mallory@example.nl");
        kiesOnderwerp(browser, 0);

        browser.type("klachtForm:omschrijving", "Zie <script>alert('xss')</script>");
        browser.click("[id='klachtForm:indienen']");
        browser.waitForText("Gebruik geen HTML-code (zoals <script>) in je tekst.");

        // Past the browser's own limits: 1 MB of text, a role instead of a subject, a forged handler field.
        String antwoord = new String(
                browser.submit(
                                "klachtForm",
                                "klachtForm:indienen",
                                java.util.Map.of(
                                        "klachtForm:naam",
                                        "Mallory",
                                        "klachtForm:email",
                                        "mallory@example.nl",
                                        "klachtForm:onderwerp",
                                        "PROGRAMMA",
                                        "klachtForm:omschrijving",
                                        "x".repeat(1024 * 1024)))
                        .body(),
                StandardCharsets.UTF_8);
        assertTrue(antwoord.contains("Omschrijving: maximaal"), meldingen(antwoord));
        antwoord = new String(
                browser.submit(
                                "klachtForm",
                                "klachtForm:indienen",
                                java.util.Map.of(
                                        "klachtForm:naam",
                                        "Mallory",
                                        "klachtForm:email",
                                        "mallory@example.nl",
                                        "klachtForm:onderwerp",
                                        "RVT_VOORZITTER",
                                        "klachtForm:behandelaar",
                                        "directeur",
                                        "klachtForm:omschrijving",
                                        "Een gewone klacht."))
                        .body(),
                StandardCharsets.UTF_8);
        assertTrue(antwoord.contains("Onderwerp: kies een van de mogelijkheden."), meldingen(antwoord));
        browser.open("klacht/indienen.xhtml");

        Path map = Files.createTempDirectory("klacht-bijlagen");
        browser.upload(
                "klachtForm:bijlage_input",
                Files.write(map.resolve("rapport.pdf"), new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}));
        browser.waitForText("rapport.pdf: dit soort bestand nemen we niet aan.");
        browser.upload(
                "klachtForm:bijlage_input",
                Files.writeString(map.resolve("brief.html"), "<html><script>alert(1)</script></html>"));
        browser.waitForText("brief.html: dit soort bestand nemen we niet aan.");
        browser.upload("klachtForm:bijlage_input", Files.write(map.resolve("leeg.pdf"), new byte[0]));
        browser.waitForText("leeg.pdf: het bestand is leeg.");
        browser.upload("klachtForm:bijlage_input", Files.writeString(map.resolve("verslag.docx"), "%PDF-1.4 vermomd"));
        browser.waitForText("verslag.docx: de inhoud past niet bij de bestandsnaam.");
        byte[] groot = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, groot, 0, 8);
        browser.upload("klachtForm:bijlage_input", Files.write(map.resolve("groot.pdf"), groot));
        browser.waitForText("groot.pdf: het bestand is groter dan 10 MB.");
        // A name PrimeFaces refuses as unsafe: in Dutch, with what to do, not its English "File Error".
        browser.upload("klachtForm:bijlage_input", Files.writeString(map.resolve("verslag 12:30.pdf"), "%PDF-1.4\n"));
        browser.waitForText("verslag 12:30.pdf: deze bestandsnaam nemen we niet aan. Geef het bestand een naam zonder");
        assertFalse(browser.text().contains("File Error"), browser.text());
        browser.screenshot("klacht-vijandig");
        assertFalse(browser.has(".lk-bijlage"), "no refused file is kept as an attachment");
        assertEquals(voor, TestDatabase.number("SELECT COUNT(*) FROM klacht"), "nothing stored");
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM klacht_audit WHERE door = 'Mallory'"));
    }

    @Test
    default void invisibleCharactersAndOverlongNamesAreRefusedNotCut() {
        String email = "omgekeerd." + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        Browser browser = browser();
        // A right-to-left override turned a complainant's name around on the director's screen.
        fillIn(browser, "Sam \u202Etnuh", email, 1, "Een klacht over de training.");
        browser.click("[id='klachtForm:indienen']");
        browser.waitForText(
                "Naam: gebruik geen onzichtbare tekens of stuurtekens, zoals tekens die de leesrichting omdraaien.");
        browser.screenshot("klacht-onzichtbaar-teken");

        java.util.Map<String, String> formulier = new java.util.HashMap<>(java.util.Map.of(
                "klachtForm:email",
                email,
                "klachtForm:onderwerp",
                "PROGRAMMA",
                "klachtForm:omschrijving",
                "Een klacht over de training."));
        formulier.put("klachtForm:naam", "Jan\r\nJansen");
        String antwoord = new String(
                browser.submit("klachtForm", "klachtForm:indienen", formulier).body(), StandardCharsets.UTF_8);
        assertTrue(antwoord.contains("Naam: gebruik geen onzichtbare tekens"), meldingen(antwoord));
        formulier.put("klachtForm:naam", "Jan\u200BJansen");
        antwoord = new String(
                browser.submit("klachtForm", "klachtForm:indienen", formulier).body(), StandardCharsets.UTF_8);
        assertTrue(antwoord.contains("Naam: gebruik geen onzichtbare tekens"), meldingen(antwoord));
        formulier.put("klachtForm:naam", "J".repeat(100 * 1024));
        antwoord = new String(
                browser.submit("klachtForm", "klachtForm:indienen", formulier).body(), StandardCharsets.UTF_8);
        assertTrue(antwoord.contains("Naam: maximaal 120 tekens."), meldingen(antwoord));
        formulier.put("klachtForm:naam", "Jan Jansen");
        formulier.put("klachtForm:omschrijving", "Regel een.\nRegel twee.\u2066verborgen\u2069");
        antwoord = new String(
                browser.submit("klachtForm", "klachtForm:indienen", formulier).body(), StandardCharsets.UTF_8);
        assertTrue(antwoord.contains("Omschrijving: gebruik geen onzichtbare tekens"), meldingen(antwoord));
        assertEquals(
                0,
                TestDatabase.number("SELECT COUNT(*) FROM klacht WHERE email = ?", email),
                "nothing stored, nothing cut");
    }

    // --- a complaint through its life ----------------------------------------------------------

    @Test
    default void aComplaintThroughItsLifeAsComplainantAndDirector() throws IOException {
        Browser browser = browser();
        String email = "anna." + System.nanoTime() + "@example.nl";
        Path pdf = Files.write(
                Files.createTempDirectory("klacht").resolve("verslag training.pdf"),
                "%PDF-1.4\n% verslag\n".getBytes(StandardCharsets.US_ASCII));
        // A photo too: PrimeFaces shows an image before it is sent (a blob: address the CSP allows).
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        Path foto = pdf.resolveSibling("foto mededeling.png");
        javax.imageio.ImageIO.write(image, "png", foto.toFile());
        String[] ingediend = dienIn(
                browser,
                "Anna de Vries",
                email,
                1,
                "De training van 12 november ging niet door.\nNiemand liet iets weten.",
                pdf,
                foto);
        String referentie = ingediend[0];
        browser.screenshot("klacht-ontvangen");

        Mailbox.Mail bevestiging = Mailbox.waitFor(email, "Uw klacht " + referentie + " is ontvangen");
        assertTrue(bevestiging.tekst().contains("Beste Anna de Vries"), bevestiging.tekst());
        String link = volglink(bevestiging.tekst());
        assertEquals(
                ingediend[1].substring(ingediend[1].indexOf("klacht/volgen")),
                link,
                "the mail has the link the page showed");
        Mailbox.Mail melding = Mailbox.waitFor(DIRECTEUR, "Nieuwe klacht " + referentie);
        assertFalse(melding.tekst().contains("Anna"), "no personal data in the handler's mail");
        assertTrue(Mailbox.to(RVT, referentie).isEmpty(), "a programme complaint is not the chair's");

        browser.open(link);
        assertEquals("Ontvangen", browser.textOf("#status"));
        browser.open(link.replaceAll("code=[^&]+", "code=geraden"));
        assertTrue(browser.text().contains("Deze link is niet (meer) geldig."), "a guessed code shows nothing");

        // The director: the register, the file, a note (no acknowledgement), an e-mail (acknowledgement).
        browser.login("directeur", InschrijvingScenarios.PASSWORD);
        browser.open("klachten/index.xhtml");
        assertTrue(browser.text().contains(referentie), browser.text());
        browser.open(browser.script(
                        "return Array.from(document.querySelectorAll('a.lk-referentie'))"
                                + ".find(a => a.textContent === arguments[0]).getAttribute('href')",
                        referentie)
                .toString()
                .replaceFirst("^.*?klachten/", "klachten/"));
        assertEquals("Klacht " + referentie, browser.title());
        assertEquals("Ontvangen", browser.textOf("#status"));
        assertTrue(browser.textOf("#omschrijving").contains("Niemand liet iets weten."));

        HttpResponse<byte[]> bijlage = browser.download(browser.script(
                        "return Array.from(document.querySelectorAll('#bijlagen a')).find(a => a.textContent.includes('verslag training.pdf'))"
                                + ".getAttribute('href')")
                .toString()
                .replaceFirst("^/", "")
                .replaceFirst("^[^?]*?klachten/", "klachten/"));
        assertEquals(200, bijlage.statusCode());
        assertEquals(
                "application/pdf",
                bijlage.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals(
                "attachment; filename=\"verslag training.pdf\"",
                bijlage.headers().firstValue("Content-Disposition").orElse(""));
        assertTrue(browser.textOf("#bijlagen").contains("foto mededeling.png"), browser.textOf("#bijlagen"));
        assertEquals(
                "nosniff",
                bijlage.headers().firstValue("X-Content-Type-Options").orElse(""));

        browser.click("a[href*='notitieTab']");
        browser.type("acties:notitieForm:notitie", "Trainer gebeld: ziek, niemand ingelicht.");
        browser.click("[id='acties:notitieForm:noteer']");
        browser.waitForText("De notitie is opgeslagen.");
        assertEquals("Ontvangen", browser.textOf("#status"), "an internal note does not acknowledge");

        browser.click("a[href*='mailTab']");
        browser.type(
                "acties:mailForm:bericht",
                "Dank voor uw melding. Wij zoeken uit wat er misging en nemen deze week contact op.");
        browser.click("[id='acties:mailForm:verstuur']");
        browser.waitForText("De e-mail aan de klager staat klaar voor verzending.");
        assertEquals("In behandeling", browser.textOf("#status"));
        Mailbox.Mail antwoord =
                Mailbox.waitFor(email, "Uw klacht " + referentie, m -> m.tekst().contains("Dank voor uw melding"));
        assertFalse(antwoord.tekst().contains("Trainer gebeld"), "notes never reach the complainant");

        // An agreed term needs a reason; then it is recorded and mailed.
        browser.click("a[href*='termijnTab']");
        java.time.LocalDate afgesproken = Jaren.vandaag().plusDays(40);
        String dag = afgesproken.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        String getoond = afgesproken.format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy"));
        browser.type("acties:termijnForm:termijn_input", dag);
        browser.click("[id='acties:termijnForm:legVast']");
        browser.waitForText("Vul de reden van de andere termijn in");
        browser.type("acties:termijnForm:termijnReden", "Klager is drie weken op reis");
        browser.click("[id='acties:termijnForm:legVast']");
        browser.waitForText("De nieuwe termijn is vastgelegd");
        assertTrue(
                browser.textOf("#oplossingUiterlijk")
                        .startsWith(getoond + " (afgesproken: Klager is drie weken op reis"),
                browser.textOf("#oplossingUiterlijk"));
        Mailbox.waitFor(email, "nieuwe termijn");
        browser.screenshot("klacht-dossier");

        // Closing without a solution: archived, read-only, the court named to the complainant.
        browser.click("a[href*='sluitTab']");
        browser.click("label[for='acties:sluitForm:uitkomst:1']");
        browser.type("acties:sluitForm:toelichting", "Geen overeenstemming over een vergoeding.");
        browser.click("[id='acties:sluitForm:sluit']");
        browser.waitUntilVisible("acties:sluitForm:ja");
        browser.click("[id='acties:sluitForm:ja']");
        browser.waitForText("De klacht is afgesloten en gearchiveerd.");
        assertTrue(browser.has("#gearchiveerd"));
        assertFalse(browser.has("[id='acties:mailForm:bericht']"), "no actions on an archived complaint");
        String audit = browser.textOf("[id='audit']");
        assertTrue(
                audit.contains("Ingezien")
                        && audit.contains("Dirk Directeur")
                        && audit.contains("Bijlage geopend")
                        && audit.contains("Ingezien door de klager"),
                audit);
        browser.screenshot("klacht-gearchiveerd");
        Mailbox.Mail afgesloten = Mailbox.waitFor(email, "is afgehandeld");
        assertTrue(afgesloten.tekst().contains("bevoegde rechter in het Arrondissement Amsterdam"), afgesloten.tekst());

        browser.logout();
        browser.open(link);
        assertEquals("Geen oplossing bereikt", browser.textOf("#uitkomst"));
        assertTrue(
                browser.text().contains(getoond + ": Klager is drie weken op reis"),
                "the complainant sees the agreed day");
        assertTrue(browser.text().contains("Arrondissement Amsterdam"));
        assertFalse(browser.text().contains("Trainer gebeld"), "the complainant never sees notes");
        browser.screenshot("klacht-volgen");

        assertEquals(1, Mailbox.to(email, "is ontvangen").size(), "each e-mail is sent once");
        assertEquals(1, Mailbox.to(DIRECTEUR, "Nieuwe klacht " + referentie).size(), "each e-mail is sent once");
    }

    @Test
    default void theDirectorCannotReachAComplaintAboutTheDirectorInAnyWay() throws IOException {
        Browser browser = browser();
        String email = "bert." + System.nanoTime() + "@example.nl";
        Path pdf = Files.write(
                Files.createTempDirectory("klacht").resolve("brief.pdf"),
                "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        String referentie =
                dienIn(browser, "Bert Bakker", email, 2, "De directeur zegde de afspraak drie keer af.", pdf)[0];
        long id = TestDatabase.number("SELECT id FROM klacht WHERE referentie = ?", referentie);
        long bijlage = TestDatabase.number("SELECT id FROM klacht_bijlage WHERE klacht_id = ?", id);
        Mailbox.waitFor(RVT, "Nieuwe klacht " + referentie);

        browser.login("directeur", InschrijvingScenarios.PASSWORD);
        browser.open("klachten/index.xhtml");
        assertFalse(browser.text().contains(referentie), "not in the register");
        assertFalse(browser.text().contains("De directeur"), "no subject or count that reveals it");
        assertEquals(404, browser.status("klachten/klacht.xhtml?id=" + id), "not by id");
        assertEquals(
                404,
                browser.download("klachten/bijlage?klacht=" + id + "&id=" + bijlage)
                        .statusCode(),
                "not its attachment");
        String csv = new String(browser.download("klachten/register.csv").body(), StandardCharsets.UTF_8);
        assertFalse(csv.contains(referentie), "not in the export");
        browser.logout();

        browser.login("rvt", InschrijvingScenarios.PASSWORD);
        browser.open("klachten/klacht.xhtml?id=" + id);
        assertEquals("Klacht " + referentie, browser.title());
        assertEquals("De directeur", browser.textOf("#onderwerp"));
        browser.open("klachten/index.xhtml");
        assertTrue(browser.text().contains(referentie));
        browser.screenshot("klachten-rvt");
        List<String> anderen = TestDatabase.strings("SELECT id FROM klacht WHERE onderwerp <> 'DIRECTEUR'");
        if (!anderen.isEmpty()) {
            assertEquals(
                    404,
                    browser.status("klachten/klacht.xhtml?id=" + anderen.get(0)),
                    "the chair handles only complaints about the director");
        }
        assertTrue(Mailbox.to(DIRECTEUR, referentie).isEmpty(), "the director is never mailed about it");
        assertEquals(
                0,
                TestDatabase.number(
                        "SELECT COUNT(*) FROM klacht_audit WHERE klacht_id = ? AND door = 'Dirk Directeur'", id));
    }

    // --- the clocks and retention ------------------------------------------------------------

    @Test
    default void theDeadlineJobWarnsOnceAndEscalatesOnce() {
        Browser browser = browser();
        String referentie = dienIn(
                browser,
                "Carla Claes",
                "carla." + System.nanoTime() + "@example.nl",
                0,
                "Onze coach reageerde niet op mails.")[0];
        // Move the acknowledgement deadline to within the 12-hour warning window.
        TestDatabase.update(
                "UPDATE klacht SET ontvangst_uiterlijk = TIMESTAMPADD(MINUTE, 60, ontvangen_op) WHERE referentie = ?",
                referentie);
        Mailbox.waitFor(DIRECTEUR, "Herinnering: bevestig de ontvangst van klacht " + referentie);
        Mailbox.sleep(Duration.ofSeconds(7)); // three more rounds of the job
        assertEquals(
                1,
                Mailbox.to(DIRECTEUR, "Herinnering: bevestig de ontvangst van klacht " + referentie)
                        .size(),
                "warned once");

        TestDatabase.update(
                "UPDATE klacht SET ontvangst_uiterlijk = TIMESTAMPADD(MINUTE, -1, ontvangen_op) WHERE referentie = ?",
                referentie);
        Mailbox.waitFor(DIRECTEUR, "Termijn verstreken: ontvangst van klacht " + referentie);
        Mailbox.waitFor(RVT, "Termijn verstreken: ontvangst van klacht " + referentie);
        Mailbox.sleep(Duration.ofSeconds(7));
        assertEquals(
                1,
                Mailbox.to(DIRECTEUR, "Termijn verstreken: ontvangst van klacht " + referentie)
                        .size(),
                "escalated once");
        assertEquals(
                1,
                Mailbox.to(RVT, "Termijn verstreken: ontvangst van klacht " + referentie)
                        .size(),
                "escalated once to the supervisor");
        assertEquals(
                1,
                Mailbox.to(DIRECTEUR, "Herinnering: bevestig de ontvangst van klacht " + referentie)
                        .size());

        browser.login("directeur", InschrijvingScenarios.PASSWORD);
        browser.open("klachten/index.xhtml");
        assertTrue(browser.has("tr.lk-te-laat"), "overdue complaints are highlighted");
        browser.screenshot("klachten-register");
    }

    @Test
    default void theRetentionPurgeDeletesExactlyWhatIsDue() throws IOException {
        Browser browser = browser();
        Path dir = Files.createTempDirectory("bewaar");
        Path pdf = Files.write(dir.resolve("stuk.pdf"), "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        String oud = dienIn(
                browser, "Dirk Oud", "oud." + System.nanoTime() + "@example.nl", 1, "Klacht van lang geleden.", pdf)[0];
        String recent = dienIn(
                browser, "Eva Recent", "recent." + System.nanoTime() + "@example.nl", 1, "Klacht van vorig jaar.", pdf)[
                0];
        String open = dienIn(
                browser, "Frank Open", "open." + System.nanoTime() + "@example.nl", 1, "Klacht die nog loopt.", pdf)[0];
        // Closed three years ago (past the default two years), closed a year and a half ago, and open since long ago.
        TestDatabase.update(
                "UPDATE klacht SET status = 'AFGESLOTEN', uitkomst = 'OPGELOST', ontvangen_op = TIMESTAMPADD(DAY, -1120, ontvangen_op),"
                        + " afgesloten_op = TIMESTAMPADD(DAY, -1095, ontvangen_op) WHERE referentie = ?",
                oud);
        TestDatabase.update(
                "UPDATE klacht SET status = 'AFGESLOTEN', uitkomst = 'OPGELOST', afgesloten_op = TIMESTAMPADD(DAY, -550, ontvangen_op)"
                        + " WHERE referentie = ?",
                recent);
        TestDatabase.update(
                "UPDATE klacht SET ontvangen_op = TIMESTAMPADD(DAY, -1500, ontvangen_op) WHERE referentie = ?", open);

        long deadline = System.currentTimeMillis() + 45_000;
        while (!"GEANONIMISEERD".equals(TestDatabase.string("SELECT status FROM klacht WHERE referentie = ?", oud))
                && System.currentTimeMillis() < deadline) {
            Mailbox.sleep(Duration.ofMillis(500));
        }
        assertEquals("GEANONIMISEERD", TestDatabase.string("SELECT status FROM klacht WHERE referentie = ?", oud));
        assertNull(TestDatabase.string("SELECT naam FROM klacht WHERE referentie = ?", oud));
        assertNull(TestDatabase.string("SELECT email FROM klacht WHERE referentie = ?", oud));
        assertNull(TestDatabase.string("SELECT omschrijving FROM klacht WHERE referentie = ?", oud));
        assertEquals(
                "OPGELOST",
                TestDatabase.string("SELECT uitkomst FROM klacht WHERE referentie = ?", oud),
                "the anonymous facts stay");
        assertEquals(
                0,
                TestDatabase.number(
                        "SELECT COUNT(*) FROM klacht_bijlage b JOIN klacht k ON k.id = b.klacht_id WHERE k.referentie = ?",
                        oud));
        assertEquals(
                0,
                TestDatabase.number(
                        "SELECT COUNT(*) FROM mail_bericht m JOIN klacht k ON k.id = m.klacht_id WHERE k.referentie = ?",
                        oud));
        assertEquals(
                0,
                TestDatabase.number(
                        "SELECT COUNT(*) FROM klacht_handeling h JOIN klacht k ON k.id = h.klacht_id"
                                + " WHERE k.referentie = ? AND h.tekst IS NOT NULL",
                        oud));
        assertEquals(
                1,
                TestDatabase.number(
                        "SELECT COUNT(*) FROM klacht_audit a JOIN klacht k ON k.id = a.klacht_id"
                                + " WHERE k.referentie = ? AND a.actie = 'GEANONIMISEERD'",
                        oud));

        for (String bewaard : List.of(recent, open)) {
            assertEquals(
                    "Eva Recent".equals(TestDatabase.string("SELECT naam FROM klacht WHERE referentie = ?", bewaard))
                            || "Frank Open"
                                    .equals(TestDatabase.string(
                                            "SELECT naam FROM klacht WHERE referentie = ?", bewaard)),
                    true,
                    bewaard + " keeps its data");
            assertEquals(
                    1,
                    TestDatabase.number(
                            "SELECT COUNT(*) FROM klacht_bijlage b JOIN klacht k ON k.id = b.klacht_id"
                                    + " WHERE k.referentie = ?",
                            bewaard),
                    bewaard + " keeps its attachment");
        }
    }

    // --- helpers -------------------------------------------------------------------------------

    /** Sends a complaint through the public form; returns {reference, private link shown}. */
    private static String[] dienIn(
            Browser browser, String naam, String email, int onderwerp, String tekst, Path... bijlagen) {
        fillIn(browser, naam, email, onderwerp, tekst);
        for (Path bijlage : bijlagen) {
            browser.upload("klachtForm:bijlage_input", bijlage);
            browser.waitForText(bijlage.getFileName().toString() + " verwijderen");
        }
        browser.click("[id='klachtForm:indienen']");
        browser.waitForText("Je klacht is ontvangen");
        Matcher matcher = REFERENTIE.matcher(browser.textOf("#ontvangen"));
        assertTrue(matcher.find(), browser.textOf("#ontvangen"));
        String link = browser.script("return document.getElementById('volglink').getAttribute('href')")
                .toString();
        return new String[] {matcher.group(), link};
    }

    /** Opens the public complaint form and fills it in, without sending it. */
    private static void fillIn(Browser browser, String naam, String email, int onderwerp, String tekst) {
        browser.open("klacht/indienen.xhtml");
        browser.type("klachtForm:naam", naam);
        browser.type("klachtForm:email", email);
        kiesOnderwerp(browser, onderwerp);
        browser.type("klachtForm:omschrijving", tekst);
    }

    /** The messages part of a page, for a readable failure. */
    private static String meldingen(String html) {
        int start = html.indexOf("<main");
        return start < 0 ? html : html.substring(start, Math.min(html.length(), start + 3000));
    }

    /** Chooses the subject of a complaint by its place in the list (a radio button). */
    static void kiesOnderwerp(Browser browser, int index) {
        browser.click("label[for='klachtForm:onderwerp:" + index + "']");
    }

    /** The private link in a mail, as a path below the application. */
    private static String volglink(String tekst) {
        Matcher matcher =
                Pattern.compile("https?://\\S+/(klacht/volgen\\.xhtml\\?\\S+)").matcher(tekst);
        if (!matcher.find()) {
            throw new UncheckedIOException(new IOException("no link in " + tekst));
        }
        return matcher.group(1);
    }
}
