package nl.leerkracht.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Information meetings (issue 16): the central team plans one at a participating school, anyone
 * registers without an account, a full meeting keeps a waiting list that a cancel link moves up, a
 * reminder goes out once the day before, and a cancelled meeting mails everyone. Run by {@link PlatformIT}.
 */
interface BijeenkomstScenarios {

    Browser browser();

    String base();

    /** Through the proxy the app trusts on the loopback address, so each client's own address counts. */
    private String viaProxy() {
        return base().replaceFirst("//[^/:]+", "//127.0.0.1");
    }

    private static long bijeenkomst(Testdata.School school, LocalDate datum, int capaciteit) {
        return TestDatabase.insert(
                "INSERT INTO informatiebijeenkomst (version, school_id, datum, van, tot, capaciteit, omschrijving)"
                        + " VALUES (0, ?, ?, '15:30:00', '17:00:00', ?, 'Kijk mee bij een bordsessie.')",
                school.id(),
                datum,
                capaciteit);
    }

    private static String aanmelding(String naam, String email) {
        return "{\"naam\":\"" + naam + "\",\"email\":\"" + email + "\",\"organisatie\":\"Basisschool Het Anker\","
                + "\"rol\":\"SCHOOLLEIDER\"}";
    }

    private static void meldAanInBrowser(Browser browser, String naam, String email) {
        browser.type("aanmeldForm:naam", naam);
        browser.type("aanmeldForm:email", email);
        browser.type("aanmeldForm:organisatie", "Basisschool Het Anker");
        browser.click("label[for='aanmeldForm:rol:0']");
        browser.click("[id='aanmeldForm:verstuur']");
    }

    private static String afmeldlink(Mailbox.Mail mail) {
        Matcher link = Pattern.compile("https?://\\S+/(publiek/afmelden\\.xhtml\\?sleutel=[A-Za-z0-9_-]+)")
                .matcher(mail.tekst());
        assertTrue(link.find(), mail.tekst());
        return link.group(1);
    }

    @Test
    default void aFullMeetingOffersTheWaitingListAndACancelLinkMovesTheFirstUp() {
        Testdata.School school = Testdata.schoolZoals("04AB");
        Testdata.trajectVan(school, Jaren.huidig());
        LocalDate datum = Jaren.vandaag().plusDays(21);
        String tag = school.brin().toLowerCase(Locale.ROOT);
        String ada = "ada." + tag + "@school.example.nl";
        String bob = "bob." + tag + "@school.example.nl";

        // The central team plans it: refused without a school and ending before it starts, then planned.
        Browser browser = browser();
        browser.login("centraal", InschrijvingScenarios.PASSWORD);
        browser.clickAndWait("bijeenkomstenLink");
        browser.click("[id='lijstForm:nieuw']");
        browser.waitUntilVisible("bewerkForm:school_input");
        browser.replace("bewerkForm:datum_input", datum.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        browser.leave("bewerkForm:datum_input");
        browser.replace("bewerkForm:van_input", "15:30");
        browser.leave("bewerkForm:van_input");
        browser.replace("bewerkForm:tot_input", "17:00");
        browser.leave("bewerkForm:tot_input");
        browser.click("[id='bewerkForm:bewaar']");
        browser.waitForText("Kies een deelnemende school");
        browser.replace("bewerkForm:school_input", school.brin());
        browser.waitFor(".ui-autocomplete-item[data-item-label*='" + school.brin() + "']");
        browser.click(".ui-autocomplete-item[data-item-label*='" + school.brin() + "']");
        browser.replace("bewerkForm:tot_input", "14:00");
        browser.leave("bewerkForm:tot_input");
        browser.click("[id='bewerkForm:bewaar']");
        browser.waitForText("Vul een begin- en eindtijd in (uu:mm); het einde ligt na het begin.");
        assertEquals(
                0, TestDatabase.number("SELECT COUNT(*) FROM informatiebijeenkomst WHERE school_id = ?", school.id()));
        browser.replace("bewerkForm:tot_input", "17:00");
        browser.leave("bewerkForm:tot_input");
        browser.replace("bewerkForm:capaciteit_input", "1");
        browser.click("[id='bewerkForm:bewaar']");
        browser.waitForText("De bijeenkomst is gepland");
        long id = TestDatabase.number("SELECT id FROM informatiebijeenkomst WHERE school_id = ?", school.id());
        browser.logout();

        // Ada takes the one place, from the public list.
        browser.open("publiek/bijeenkomsten.xhtml");
        String kaart = browser.textOf("[data-bijeenkomst='" + id + "']");
        assertTrue(kaart.contains("Nog 1 plaats vrij") && kaart.contains(school.naam()), kaart);
        browser.follow("[data-bijeenkomst='" + id + "'] a");
        meldAanInBrowser(browser, "Ada Aanmelder", ada);
        browser.waitFor("#aangemeld");
        Mailbox.Mail bevestiging = Mailbox.waitFor(ada, "Je bent aangemeld");
        String link = afmeldlink(bevestiging);

        // Bob finds it full and joins the waiting list; the same address twice is refused.
        browser.open("publiek/aanmelden.xhtml?id=" + id);
        assertTrue(browser.has("#vol"), "the page says it is full");
        meldAanInBrowser(browser, "Ada Aanmelder", ada.toUpperCase(Locale.ROOT));
        browser.waitForText("Dit e-mailadres is al aangemeld voor deze bijeenkomst.");
        browser.open("publiek/aanmelden.xhtml?id=" + id);
        meldAanInBrowser(browser, "Bob Wachter", bob);
        browser.waitFor("#wachtlijst");
        Mailbox.waitFor(bob, "wachtlijst");
        browser.screenshot("publiek-bijeenkomst-wachtlijst");

        // Ada cancels with her link: Bob moves up and is mailed; the link works once.
        browser.open(link);
        assertTrue(browser.textOf("#status").contains("Na het afmelden gaat je plaats"), browser.textOf("#status"));
        browser.click("[id='afmeldForm:meldAf']");
        browser.waitFor("#afgemeld");
        Mailbox.waitFor(bob, "Er is een plaats vrij");
        assertEquals("AANGEMELD", TestDatabase.string("SELECT status FROM informatieaanmelding WHERE email = ?", bob));
        browser.open(link);
        assertTrue(browser.has("#onbekend"), "a used link does nothing");

        // The central team sees both, exports them, and cancels the meeting: Bob is mailed.
        browser.login("centraal", InschrijvingScenarios.PASSWORD);
        browser.open("centraal/bijeenkomsten.xhtml");
        assertEquals("1", browser.textOf("[data-aangemeld='" + id + "']"));
        browser.click("[data-aanmeldingen='" + id + "']");
        browser.waitUntilVisible("aanmeldingenDialog");
        String lijst = browser.textOf("[id='aanmeldingenForm:aanmeldingen']");
        assertTrue(
                lijst.contains("Ada Aanmelder") && lijst.contains("Afgemeld") && lijst.contains("Bob Wachter"), lijst);
        HttpResponse<byte[]> csv = browser.download("centraal/bijeenkomst-aanmeldingen.csv?id=" + id);
        assertEquals(200, csv.statusCode());
        String csvTekst = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(csvTekst.contains(bob) && csvTekst.contains("aangemeld"), csvTekst);
        browser.pressEscape();
        browser.waitUntilHidden("aanmeldingenDialog");
        // A week later: Bob, who has a place, hears of it; Ada, who cancelled, does not.
        browser.click("[data-wijzig='" + id + "']");
        browser.waitUntilVisible("bewerkForm:datum_input");
        browser.replace("bewerkForm:datum_input", datum.plusDays(7).format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        browser.leave("bewerkForm:datum_input");
        browser.click("[id='bewerkForm:bewaar']");
        browser.waitForText("De bijeenkomst is gewijzigd.");
        Mailbox.Mail verzet = Mailbox.waitFor(bob, "Gewijzigd");
        assertTrue(
                verzet.tekst()
                        .contains(datum.plusDays(7)
                                .format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl")))),
                verzet.tekst());
        assertTrue(Mailbox.to(ada, "Gewijzigd").isEmpty(), "Ada had cancelled");
        browser.click("[data-annuleer='" + id + "']");
        browser.waitUntilVisible("lijstForm:ja");
        browser.click("[id='lijstForm:ja']");
        browser.waitForText("De bijeenkomst is geannuleerd; 1 persoon krijgt een e-mail.");
        Mailbox.waitFor(bob, "gaat niet door");
        assertTrue(Mailbox.to(ada, "gaat niet door").isEmpty(), "Ada had cancelled");
        browser.logout();
        browser.open("publiek/bijeenkomsten.xhtml");
        assertFalse(browser.has("[data-bijeenkomst='" + id + "']"), "a cancelled meeting leaves the public list");
    }

    @Test
    default void twentyAtOnceForTheLastFivePlacesGiveFivePlacesAndFifteenWaiting() throws Exception {
        Testdata.School school = Testdata.schoolZoals("05CD");
        Testdata.trajectVan(school, Jaren.huidig());
        long id = bijeenkomst(school, Jaren.vandaag().plusDays(30), 5);
        String tag = school.brin().toLowerCase(Locale.ROOT);
        List<HttpResponse<String>> antwoorden = Parallel.run(
                20,
                i -> Api.anonymous(viaProxy())
                        .from("10.16." + (i + 1) + "." + (id % 200 + 1))
                        .post(
                                "api/informatiebijeenkomsten/" + id + "/aanmeldingen",
                                aanmelding("Persoon " + i, "persoon" + i + "." + tag + "@school.example.nl")));
        for (HttpResponse<String> antwoord : antwoorden) {
            assertEquals(201, antwoord.statusCode(), antwoord.body());
        }
        assertEquals(
                5,
                TestDatabase.number(
                        "SELECT COUNT(*) FROM informatieaanmelding WHERE bijeenkomst_id = ? AND status = 'AANGEMELD'",
                        id));
        assertEquals(
                15,
                TestDatabase.number(
                        "SELECT COUNT(*) FROM informatieaanmelding WHERE bijeenkomst_id = ? AND status = 'WACHTLIJST'",
                        id));

        // Bad input is answered in Dutch and stores nothing.
        HttpResponse<String> html = Api.anonymous(viaProxy())
                .from("10.17.0." + (id % 200 + 1))
                .post(
                        "api/informatiebijeenkomsten/" + id + "/aanmeldingen",
                        aanmelding("<b>Eve</b>", "eve." + tag + "@school.example.nl"));
        assertEquals(400, html.statusCode());
        assertTrue(html.body().contains("Gebruik geen HTML-code"), html.body());
        assertEquals(20, TestDatabase.number("SELECT COUNT(*) FROM informatieaanmelding WHERE bijeenkomst_id = ?", id));
    }

    @Test
    default void theDayBeforeThoseWithAPlaceAreRemindedOnceAndRobotsAreThankedButNotStored() {
        Testdata.School school = Testdata.schoolZoals("06EF");
        Testdata.trajectVan(school, Jaren.huidig());
        // Registered while it is weeks away, then moved to tomorrow: the job cannot come first.
        long morgen = bijeenkomst(school, Jaren.vandaag().plusDays(20), 1);
        String tag = school.brin().toLowerCase(Locale.ROOT);
        String cas = "cas." + tag + "@school.example.nl";
        String dex = "dex." + tag + "@school.example.nl";
        Api api = Api.anonymous(viaProxy()).from("10.18.0." + (morgen % 200 + 1));
        assertEquals(
                201,
                api.post("api/informatiebijeenkomsten/" + morgen + "/aanmeldingen", aanmelding("Cas", cas))
                        .statusCode());
        assertEquals(
                201,
                api.post("api/informatiebijeenkomsten/" + morgen + "/aanmeldingen", aanmelding("Dex", dex))
                        .statusCode());
        TestDatabase.update(
                "UPDATE informatiebijeenkomst SET datum = ? WHERE id = ?",
                Jaren.vandaag().plusDays(1),
                morgen);
        Mailbox.Mail herinnering = Mailbox.waitFor(cas, "Morgen: de informatiebijeenkomst");
        assertTrue(herinnering.tekst().contains(school.naam()), herinnering.tekst());
        Mailbox.sleep(java.time.Duration.ofSeconds(5));
        assertEquals(1, Mailbox.to(cas, "Morgen:").size(), "the reminder goes out once");
        assertTrue(Mailbox.to(dex, "Morgen:").isEmpty(), "the waiting list gets no reminder");

        // A robot fills in the hidden field: it is thanked, and nothing is stored.
        long later = bijeenkomst(school, Jaren.vandaag().plusDays(40), 10);
        Browser browser = browser();
        browser.forgetSession();
        browser.open("publiek/aanmelden.xhtml?id=" + later);
        browser.script("document.getElementById('aanmeldForm:website').value = 'http://spam.example';");
        meldAanInBrowser(browser, "Robot", "robot." + tag + "@school.example.nl");
        browser.waitFor("#aangemeld");
        assertEquals(
                0, TestDatabase.number("SELECT COUNT(*) FROM informatieaanmelding WHERE bijeenkomst_id = ?", later));
        assertTrue(Mailbox.to("robot." + tag + "@school.example.nl", "").isEmpty());
    }
}
