package nl.leerkracht.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The Clusteragenda and the session documents in Chromium: the central team plans a meeting (bad
 * input refused) and uploads documents (checked by content and size, versioned); a schoolcoach sees
 * the cluster's dates, subscribes to them as an iCalendar feed (renewed and revoked), and downloads
 * a meeting's documents one by one and as a ZIP, each recorded; another cluster's school gets 403.
 * Run by {@link PlatformIT}.
 */
interface AgendaScenarios {

    Browser browser();

    private static LocalDate vandaag() {
        return Jaren.vandaag();
    }

    private static long bijeenkomst(String titel) {
        return TestDatabase.number("SELECT id FROM bijeenkomst WHERE titel = ? ORDER BY id LIMIT 1", titel);
    }

    @Test
    default void theCentralTeamPlansAMeetingThatTheClusterSeesAlsoInItsCalendarFeed() {
        long voor = TestDatabase.number("SELECT COUNT(*) FROM bijeenkomst");
        Browser browser = browser();
        browser.login("centraal", InschrijvingScenarios.PASSWORD);
        browser.open("agenda/index.xhtml");
        browser.choose("planForm:cluster", "Cluster Amersfoort-Eemland");
        browser.choose("planForm:type", "Werksessie");
        browser.type("planForm:titel", "Werksessie <i>lesbezoek</i>");
        browser.type("planForm:datum_input", vandaag().plusDays(10).format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        browser.type("planForm:van_input", "16:00");
        browser.type("planForm:tot_input", "15:00");
        browser.type("planForm:plaats", "CBS Het Kompas, Amersfoort");
        browser.click("[id='planForm:plan']");
        browser.waitForText("Gebruik geen HTML-code");
        browser.type("planForm:titel", "Werksessie lesbezoek plannen");
        browser.click("[id='planForm:plan']");
        browser.waitForText("Vul een begin- en eindtijd in (uu:mm); het einde ligt na het begin.");
        assertEquals(voor, TestDatabase.number("SELECT COUNT(*) FROM bijeenkomst"), "nothing stored");
        browser.replace("planForm:tot_input", "17:30");
        browser.click("[id='planForm:plan']");
        browser.waitForText("De bijeenkomst staat in de Clusteragenda.");
        assertEquals(voor + 1, TestDatabase.number("SELECT COUNT(*) FROM bijeenkomst"));
        browser.logout();

        browser.login("schoolcoach", InschrijvingScenarios.PASSWORD);
        browser.open("agenda/index.xhtml");
        assertTrue(browser.textOf("[id='lijstForm:bijeenkomsten']").contains("Werksessie lesbezoek plannen"));
        assertFalse(
                browser.textOf("[id='lijstForm:bijeenkomsten']").contains("Werksessie teambord"),
                "another cluster's meeting");
        browser.waitFor("[id='schedule'] .fc-event");
        browser.screenshot("agenda-schoolcoach");

        browser.click("[id='abonnementForm:abonneer']");
        browser.waitUntilVisible("feedLink");
        String link = browser.textOf("#feedLink");
        String pad = link.substring(link.indexOf("agenda.ics"));
        browser.logout();
        HttpResponse<byte[]> feed = browser.download(pad);
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        String ics = new String(feed.body(), StandardCharsets.UTF_8);
        assertTrue(
                ics.startsWith("BEGIN:VCALENDAR\r\n")
                        && ics.contains("SUMMARY:Werksessie lesbezoek plannen (Cluster Amersfoort-Eemland)"),
                ics);
        assertTrue(ics.contains("LOCATION:CBS Het Kompas\\, Amersfoort"), "text is escaped: " + ics);
        assertFalse(ics.contains("Werksessie teambord"));
        assertEquals(
                404,
                browser.download(pad.replaceAll("sleutel=[^&]+", "sleutel=geraden"))
                        .statusCode());

        // A new link revokes the old one; revoking leaves none.
        browser.login("schoolcoach", InschrijvingScenarios.PASSWORD);
        browser.open("agenda/index.xhtml");
        browser.click("[id='abonnementForm:abonneer']");
        browser.waitForText("Je persoonlijke agendalink is gemaakt.");
        String nieuw = browser.textOf("#feedLink");
        browser.click("[id='abonnementForm:zegOp']");
        browser.waitForText("Je agendalink is ingetrokken");
        browser.logout();
        assertEquals(404, browser.download(pad).statusCode(), "the old link stopped working when a new one was made");
        assertEquals(
                404,
                browser.download(nieuw.substring(nieuw.indexOf("agenda.ics"))).statusCode(),
                "the revoked link");
    }

    @Test
    default void aSchoolcoachDownloadsAMeetingsDocumentsOneByOneAndAsAZip() throws IOException {
        long training = bijeenkomst("Training feedback geven");
        String vanCoach =
                "SELECT COUNT(*) FROM document_download d JOIN account a ON a.id = d.account_id WHERE a.username = 'schoolcoach'";
        long downloads = TestDatabase.number(vanCoach);
        Browser browser = browser();
        browser.login("schoolcoach", InschrijvingScenarios.PASSWORD);
        browser.open("agenda/index.xhtml");
        browser.click("a.lk-bijeenkomst-link");
        browser.waitForText("Documenten voor deze bijeenkomst");
        assertEquals("Training feedback geven", browser.title());
        String stukken = browser.textOf("#stukken");
        assertTrue(
                stukken.contains("Werkblad feedbackkaart") && stukken.contains("Presentatie training feedback"),
                stukken);
        assertFalse(browser.has("[id='aanwezigheidForm:legVast']"), "a schoolcoach does not record attendance");
        browser.screenshot("bijeenkomst-schoolcoach");

        String href = browser.script("return document.querySelector('#stukken a.lk-document').getAttribute('href')")
                .toString();
        HttpResponse<byte[]> pdf = browser.download(href.substring(href.indexOf("documenten/")));
        assertEquals(200, pdf.statusCode());
        assertEquals(
                "application/pdf",
                pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\""));
        assertEquals(
                "nosniff", pdf.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));

        HttpResponse<byte[]> zip = browser.download("documenten/zip?bijeenkomst=" + training);
        assertEquals(200, zip.statusCode());
        assertEquals(
                "application/zip",
                zip.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        List<String> namen = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                namen.add(entry.getName());
            }
        }
        assertEquals(
                List.of("presentatie-feedback.pdf", "werkblad-feedbackkaart.pdf"),
                namen.stream().sorted().toList());
        assertEquals(downloads + 3, TestDatabase.number(vanCoach), "each download recorded, with who");
        browser.logout();

        long document = TestDatabase.number("SELECT id FROM sessiedocument WHERE titel = 'Werkblad feedbackkaart'");
        browser.login("schoolcoach.piramide", InschrijvingScenarios.PASSWORD);
        assertEquals(
                403,
                browser.download("documenten/bestand?id=" + document).statusCode(),
                "another cluster's document, by id");
        assertEquals(
                403, browser.download("documenten/zip?bijeenkomst=" + training).statusCode());
        assertEquals(403, browser.status("agenda/bijeenkomst.xhtml?id=" + training));
        assertEquals(404, browser.download("documenten/bestand?id=999999999").statusCode());
        browser.logout();
        browser.login("leraar", InschrijvingScenarios.PASSWORD);
        assertEquals(
                403, browser.status("documenten/index.xhtml"), "teachers get the documents from their schoolcoach");
    }

    @Test
    default void theExpertcoachRecordsWhoAttendedTheMeeting() {
        long training = bijeenkomst("Training feedback geven");
        Browser browser = browser();
        browser.login("expertcoach", InschrijvingScenarios.PASSWORD);
        browser.open("agenda/bijeenkomst.xhtml?id=" + training);
        browser.waitUntilVisible("aanwezigheidForm:legVast");
        String deelnemers = browser.textOf("[id='aanwezigheidForm:aanwezig']");
        assertTrue(deelnemers.contains("Coen Coach") && deelnemers.contains("Sanne Schoolleider"), deelnemers);
        assertFalse(deelnemers.contains("Lotte Leraar"), "teachers are no participants of the cluster's meetings");
        // Whatever was recorded before, now the first two were there.
        browser.script(
                "document.querySelectorAll(\"[id='aanwezigheidForm:aanwezig'] .ui-chkbox-box.ui-state-active\").forEach(b => b.click())");
        browser.script(
                "document.querySelectorAll(\"[id='aanwezigheidForm:aanwezig'] .ui-chkbox-box\").forEach((b, i) => { if (i < 2) b.click(); })");
        browser.click("[id='aanwezigheidForm:legVast']");
        browser.waitForText("De aanwezigheid is vastgelegd.");
        assertTrue(browser.text().contains("2 van de "), browser.text());
        assertEquals(
                2,
                TestDatabase.number(
                        "SELECT COUNT(*) FROM deelname WHERE bijeenkomst_id = ? AND aanwezig = TRUE", training));
        browser.screenshot("aanwezigheid");
        browser.logout();

        browser.login("expertcoach.rijnmond", InschrijvingScenarios.PASSWORD);
        assertEquals(403, browser.status("agenda/bijeenkomst.xhtml?id=" + training), "not the coach of that cluster");
    }

    @Test
    default void uploadsAreCheckedByContentAndSizeAndEachNewFileIsAVersion() throws IOException {
        long voor = TestDatabase.number("SELECT COUNT(*) FROM sessiedocument");
        String titel =
                "Kijkwijzer lesbezoek " + java.util.UUID.randomUUID().toString().substring(0, 4);
        Browser browser = browser();
        browser.login("centraal", InschrijvingScenarios.PASSWORD);
        browser.open("documenten/index.xhtml");
        Path map = Files.createTempDirectory("documenten");

        browser.upload(
                "plaatsForm:bestand_input",
                Files.write(map.resolve("werkblad.pdf"), new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}));
        browser.waitForText("werkblad.pdf: dit soort bestand nemen we niet aan.");
        browser.upload(
                "plaatsForm:bestand_input",
                Files.writeString(map.resolve("les.html"), "<html><script>alert(1)</script></html>"));
        browser.waitForText("les.html: dit soort bestand nemen we niet aan.");
        browser.upload("plaatsForm:bestand_input", Files.write(map.resolve("leeg.pdf"), new byte[0]));
        browser.waitForText("leeg.pdf: het bestand is leeg.");
        byte[] groot = new byte[1024 * 1024 + 1];
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, groot, 0, 8);
        browser.upload("plaatsForm:bestand_input", Files.write(map.resolve("groot.pdf"), groot));
        browser.waitForText("groot.pdf: het bestand is groter dan 1 MB.");
        browser.waitForAjax();
        browser.type("plaatsForm:titel", titel);
        browser.click("[id='plaatsForm:plaats']");
        browser.waitForText("Kies eerst het bestand.");
        assertEquals(voor, TestDatabase.number("SELECT COUNT(*) FROM sessiedocument"), "nothing stored");

        browser.upload(
                "plaatsForm:bestand_input",
                Files.write(
                        map.resolve("kijkwijzer.pdf"), "%PDF-1.4\n% versie 1\n".getBytes(StandardCharsets.US_ASCII)));
        browser.waitForText("Gekozen: kijkwijzer.pdf");
        browser.choose("plaatsForm:instrument", "Lesbezoek en Feedback");
        browser.click("[id='plaatsForm:plaats']");
        browser.waitForText("Het document is geplaatst.");
        assertEquals(voor + 1, TestDatabase.number("SELECT COUNT(*) FROM sessiedocument"));
        long id = TestDatabase.number("SELECT id FROM sessiedocument WHERE titel = ?", titel);

        browser.click("button[data-document='" + titel + "']");
        browser.waitUntilVisible("versieDialog");
        browser.pressEscape();
        browser.waitUntilHidden("versieDialog");
        // Back on the button that opened it.
        browser.waitUntilFocused("button[data-document='" + titel + "']");
        browser.click("button[data-document='" + titel + "']");
        browser.waitUntilVisible("versieForm:versie");
        browser.upload(
                "versieForm:versie_input",
                Files.write(
                        map.resolve("kijkwijzer v2.pdf"),
                        "%PDF-1.4\n% versie 2\n".getBytes(StandardCharsets.US_ASCII)));
        browser.waitForText("De nieuwe versie is geplaatst.");
        assertEquals(
                2,
                TestDatabase.number("SELECT COUNT(*) FROM document_versie WHERE document_id = ?", id),
                "both versions kept");
        browser.screenshot("documenten-centraal");
        String nieuwste =
                new String(browser.download("documenten/bestand?id=" + id).body(), StandardCharsets.US_ASCII);
        assertTrue(nieuwste.contains("versie 2"), "the newest version is offered");
        browser.logout();

        browser.login("schoolcoach", InschrijvingScenarios.PASSWORD);
        browser.open("documenten/index.xhtml");
        assertTrue(browser.textOf("[id='lijstForm:documenten']").contains(titel), "a document for every school");
        assertTrue(browser.textOf("[id='lijstForm:documenten']").contains("versie 2"));
        assertFalse(browser.has("[id='plaatsForm:plaats']"), "only the central team uploads");
    }

    @Test
    default void theCentralTeamAssignsTheExpertcoachesOfACluster() {
        long cluster = TestDatabase.number("SELECT id FROM cluster WHERE naam = 'Cluster Noord'");
        long coaches = TestDatabase.number("SELECT COUNT(*) FROM cluster_expertcoach WHERE cluster_id = ?", cluster);
        Browser browser = browser();
        browser.login("centraal", InschrijvingScenarios.PASSWORD);
        browser.open("centraal/clusters.xhtml");
        browser.choose("coachForm:cluster", "Cluster Noord");
        browser.waitUntilVisible("coachForm:coaches");
        browser.script(
                "document.querySelectorAll(\"[id='coachForm:coaches'] .ui-chkbox-box.ui-state-active\").forEach(b => b.click())");
        browser.click("[id='coachForm:wijsToe']");
        browser.waitForText("Een cluster heeft ten minste één Expertcoach");
        assertEquals(
                coaches,
                TestDatabase.number("SELECT COUNT(*) FROM cluster_expertcoach WHERE cluster_id = ?", cluster),
                "nothing changed");

        browser.script("document.querySelectorAll(\"[id='coachForm:coaches'] label\").forEach(l => {"
                + " if (l.textContent === 'Noor Hoekstra' || l.textContent === 'Umar Bakker') l.click(); })");
        browser.click("[id='coachForm:wijsToe']");
        browser.waitForText("De Expertcoaches van het cluster zijn bijgewerkt.");
        assertEquals(2, TestDatabase.number("SELECT COUNT(*) FROM cluster_expertcoach WHERE cluster_id = ?", cluster));
        browser.screenshot("clusters-coaches");
        browser.logout();

        browser.login("expertcoach.utrecht", InschrijvingScenarios.PASSWORD);
        assertTrue(
                browser.text().contains("Cluster Noord"),
                "the newly assigned coach sees the cluster: " + browser.text());
    }
}
