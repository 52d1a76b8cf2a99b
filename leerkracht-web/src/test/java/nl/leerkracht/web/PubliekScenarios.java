package nl.leerkracht.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The public programme pages (issue 16): a school considering leerKRACHT reads the approach, what
 * joining asks and costs, and the programme for directieteams, with the tariffs and the closing date
 * of the start year it can enrol for read from the database. Run by {@link PlatformIT}.
 */
interface PubliekScenarios {

    Browser browser();

    String base();

    private static String euro(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.forLanguageTag("nl-NL"))
                .format(amount)
                .replace('\u00a0', ' ');
    }

    @Test
    default void theCostsPageShowsTheTariffAndClosingDateTheCentralTeamJustChanged() {
        Browser browser = browser();
        browser.forgetSession();
        browser.open("publiek/deelnemen.xhtml");
        String kop = browser.textOf("#kostenJaar");
        String startjaar = kop.substring(kop.lastIndexOf(' ') + 1);
        int jaar = Integer.parseInt(startjaar.substring(0, 4));
        long id = Long.parseLong(
                TestDatabase.string("SELECT id FROM tarief WHERE sector = 'HBO' AND startjaar = ?", jaar));
        BigDecimal jaar1 = new BigDecimal(TestDatabase.string("SELECT jaar_1 FROM tarief WHERE id = ?", id));
        BigDecimal oud = new BigDecimal(TestDatabase.string("SELECT jaar_2 FROM tarief WHERE id = ?", id));
        String oudeSluiting =
                TestDatabase.string("SELECT sluitingsdatum FROM inschrijfperiode WHERE startjaar = ?", jaar);
        LocalDate sluiting = oudeSluiting == null ? LocalDate.of(jaar, 9, 1) : LocalDate.parse(oudeSluiting);
        LocalDate vandaag = Jaren.vandaag();
        // A day between today and the closing date: the year stays open for every other scenario.
        LocalDate nieuweSluiting = vandaag.plusDays(ChronoUnit.DAYS.between(vandaag, sluiting) / 2 + 1);
        BigDecimal nieuw = oud.add(new BigDecimal("1.25"));
        try {
            browser.login("centraal", InschrijvingScenarios.PASSWORD);
            browser.open("centraal/tarieven.xhtml");
            browser.click("[data-tarief='" + id + "']");
            browser.waitUntilVisible("tariefForm:jaar2_input");
            browser.replace("tariefForm:jaar2_input", nieuw.toPlainString().replace('.', ','));
            browser.click("#tariefForm\\:opslaan");
            browser.waitForText("is opgeslagen");
            browser.click("[data-startjaar='" + startjaar + "']");
            browser.waitUntilVisible("sluitingForm:datum_input");
            browser.replace(
                    "sluitingForm:datum_input", nieuweSluiting.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
            browser.leave("sluitingForm:datum_input");
            browser.click("[id='sluitingForm:bewaarSluiting']");
            browser.waitForText("De sluitingsdatum voor " + startjaar + " is opgeslagen.");
            browser.logout();

            browser.open("publiek/deelnemen.xhtml");
            String hbo = browser.textOf("[id='tarieven_data'] tr:has([data-sector='HBO'])");
            assertTrue(hbo.contains(euro(nieuw)), "year 2 as just changed: " + hbo);
            assertTrue(hbo.contains(euro(jaar1.add(nieuw))), "the total per teacher: " + hbo);
            assertTrue(
                    hbo.contains("Minimaal "
                            + TestDatabase.string("SELECT minimum_leraren FROM tarief WHERE id = ?", id)
                            + ", je betaalt voor hoogstens "
                            + TestDatabase.string("SELECT maximum_leraren FROM tarief WHERE id = ?", id)),
                    hbo);
            String po = browser.textOf("[id='tarieven_data'] tr:has([data-sector='PO'])");
            assertTrue(po.contains("In overleg, hoogstens"), "PO's follow-up is agreed after year 1: " + po);
            String datum =
                    nieuweSluiting.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl")));
            assertEquals(
                    "De inschrijving voor schooljaar " + startjaar + " sluit op " + datum + ".",
                    browser.textOf("#sluiting"));
            browser.screenshot("publiek-deelnemen");
        } finally {
            TestDatabase.update("UPDATE tarief SET jaar_2 = ? WHERE id = ?", oud, id);
            if (oudeSluiting == null) {
                TestDatabase.update("DELETE FROM inschrijfperiode WHERE startjaar = ?", jaar);
            } else {
                TestDatabase.update(
                        "UPDATE inschrijfperiode SET sluitingsdatum = ? WHERE startjaar = ?",
                        LocalDate.parse(oudeSluiting),
                        jaar);
            }
        }
    }

    @Test
    default void aVisitorFindsTheProgrammeFromTheMenuAndEveryPageLeadsOn() {
        Browser browser = browser();
        browser.forgetSession();
        browser.open("index.xhtml");
        assertEquals(
                List.of(
                        "De aanpak",
                        "Deelnemen en kosten",
                        "Directieteams",
                        "Kaart van scholen",
                        "Informatiebijeenkomsten",
                        "Inschrijven"),
                browser.menu());
        browser.follow(".lk-menu a[href$='/publiek/aanpak.xhtml']");
        assertEquals("De leerKRACHT-aanpak", browser.title());
        String aanpak = browser.text();
        for (String onderdeel : List.of(
                "Bordsessie",
                "Gezamenlijk Lesontwerp",
                "Lesbezoek en Feedback",
                "Stem van de Leerling",
                "Drie voorwaarden",
                "Vier fasen",
                "Geen project",
                "Geen training",
                "Geen extra",
                "40 registeruren",
                "Persoonlijk Leiderschap",
                "Leidinggeven aan verandering")) {
            assertTrue(aanpak.contains(onderdeel), onderdeel);
        }
        browser.screenshot("publiek-aanpak");
        browser.clickAndWait("verderInschrijven");
        assertEquals("inschrijving/aanvragen.xhtml", browser.path());

        browser.open("publiek/deelnemen.xhtml");
        assertEquals(
                List.of("0,2", "0,4", "0,6"),
                List.of(
                        browser.textOf("[id='adviezen_data'] tr:nth-child(1) td:nth-child(2)"),
                        browser.textOf("[id='adviezen_data'] tr:nth-child(2) td:nth-child(2)"),
                        browser.textOf("[id='adviezen_data'] tr:nth-child(3) td:nth-child(2)")),
                "the advised fte by school size");
        assertTrue(browser.textOf("[id='adviezen_data']").contains("Tot en met 20 leraren"));
        assertTrue(browser.has("a#verderMail[href='mailto:info@stichting-leerkracht.nl']"));

        browser.follow(".lk-menu a[href$='/publiek/directieteams.xhtml']");
        assertEquals("Het programma voor directieteams", browser.title());
        assertEquals(
                "Een traject kost tussen € 3.400,00 en € 4.500,00. De prijs hangt af van de grootte van het"
                        + " directieteam en het aantal werksessies; je ziet hem voordat je bevestigt.",
                browser.textOf("#prijs").replace('\u00a0', ' '));
        assertTrue(browser.text().contains("bovenschoolse directeuren"), "the PO directieteam");
        assertTrue(browser.text().contains("de rectoren"), "the VO directieteam");
        browser.screenshot("publiek-directieteams");
        // The form is the bestuurder's: a visitor logs in first and then lands on it.
        browser.clickAndWait("directieteamInschrijven");
        assertEquals("login.xhtml", browser.path());
        browser.type("loginForm:username", "bestuurder");
        browser.type("loginForm:password", InschrijvingScenarios.PASSWORD);
        browser.clickAndWait("loginForm:submit");
        assertEquals("inschrijving/directieteam.xhtml", browser.path());
        assertFalse(browser.menu().contains("De aanpak"), "a logged-in user has the role's menu");
        browser.logout();
    }

    /**
     * Waits until the markers on the map, a cluster counting for the schools it holds, come to the
     * number: a cluster that splits is animated, and for a moment counts with its markers.
     */
    private static void waitForMarkers(Browser browser, long wanted) {
        long seen = -1;
        for (int poging = 0; poging < 40; poging++) {
            seen = markers(browser);
            if (seen == wanted) {
                return;
            }
            browser.pause(java.time.Duration.ofMillis(250));
        }
        assertEquals(wanted, seen, "markers on the map");
    }

    private static long markers(Browser browser) {
        return ((Number) browser.script(
                        "var n = 0; document.querySelectorAll('#kaart .leaflet-marker-icon').forEach(function (m) {"
                                + " n += m.classList.contains('marker-cluster') ? parseInt(m.textContent, 10) : 1; });"
                                + " return n;"))
                .longValue();
    }

    @Test
    default void theMapShowsParticipatingSchoolsFiltersThemAndLeavesOutAHiddenOne() {
        // Three participating schools in a place of their own: two PO, one VO; one PO school the central team hides.
        Testdata.School po = Testdata.schoolZoals("04AB");
        Testdata.School verborgen = Testdata.schoolZoals("05CD");
        Testdata.School vo = Testdata.schoolZoals("20AB");
        Testdata.School zonderTraject = Testdata.schoolZoals("06EF");
        String plaats = "Kaartdorp " + po.brin();
        // Postcodes of their own too: the PO school's differs from the others' in its fourth digit.
        String postcode = "9" + po.brin().substring(0, 2) + "1 " + po.brin().substring(2);
        for (Testdata.School school : List.of(po, verborgen, vo, zonderTraject)) {
            TestDatabase.update(
                    "UPDATE school SET plaats = ?, postcode = ? WHERE id = ?",
                    plaats,
                    school.equals(po) ? postcode : postcode.replace("1 ", "2 "),
                    school.id());
        }
        for (Testdata.School school : List.of(po, verborgen, vo)) {
            Testdata.trajectVan(school, Jaren.huidig());
        }

        Browser browser = browser();
        browser.login("centraal", InschrijvingScenarios.PASSWORD);
        browser.open("scholen/school.xhtml?id=" + verborgen.id());
        assertTrue(browser.textOf("#kaartStatus").contains("zodra ze meedoet"), browser.textOf("#kaartStatus"));
        browser.clickAndWait("kaartForm:zetOpKaart");
        assertTrue(
                browser.textOf("#kaartStatus").contains("niet op de openbare kaart"), browser.textOf("#kaartStatus"));
        browser.logout();

        HttpResponse<String> geoJson = Api.anonymous(base()).get("api/scholen/kaart");
        assertEquals(200, geoJson.statusCode());
        assertTrue(geoJson.body().contains("\"naam\":\"" + po.naam() + "\""), "a participating school");
        assertTrue(geoJson.body().contains("\"naam\":\"" + vo.naam() + "\""), "a participating VO school");
        assertFalse(geoJson.body().contains(verborgen.naam()), "the hidden school is not in the data at all");
        assertFalse(geoJson.body().contains(zonderTraject.naam()), "a school without a trajectory does not take part");
        assertFalse(geoJson.body().contains("@"), "no e-mail address, nobody's name");
        String etag = geoJson.headers().firstValue("ETag").orElseThrow();
        assertEquals(
                304,
                Api.anonymous(base())
                        .send("GET", "api/scholen/kaart", null, null, "If-None-Match", etag)
                        .statusCode(),
                "a client with the current copy gets nothing new");

        browser.open("scholen-kaart.xhtml");
        browser.waitFor("#kaart[data-geladen]");
        browser.type("zoek", plaats);
        browser.waitForCount("#scholenLijst > li", 2);
        String lijst = browser.textOf("#scholenLijst");
        assertTrue(lijst.contains(po.naam()) && lijst.contains(vo.naam()), lijst);
        assertEquals("2 scholen", browser.textOf("#aantal"));
        waitForMarkers(browser, 2);
        browser.screenshot("publiek-kaart");

        browser.click("#kaartFilter input[value='PO']");
        browser.waitForCount("#scholenLijst > li", 1);
        assertTrue(browser.textOf("#scholenLijst").contains(vo.naam()), "only the VO school is left");
        waitForMarkers(browser, 1);
        browser.click("#kaartFilter input[value='VO']");
        browser.waitForCount("#scholenLijst > li", 0);
        assertEquals(
                "Geen scholen gevonden. Kies een andere sector of zoek op een andere plaats.",
                browser.textOf("#aantal"));

        // By postcode, without its space, every sector again.
        browser.click("#kaartFilter input[value='PO']");
        browser.click("#kaartFilter input[value='VO']");
        browser.waitForCount("#scholenLijst > li", 2);
        browser.type("zoek", postcode.replace(" ", "").toLowerCase(java.util.Locale.ROOT));
        browser.waitForCount("#scholenLijst > li", 1);
        assertEquals(
                1, browser.count("#scholenLijst > li[data-school='" + po.id() + "']"), browser.textOf("#scholenLijst"));
    }
}
