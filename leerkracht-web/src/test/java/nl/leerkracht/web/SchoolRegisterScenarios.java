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
import org.junit.jupiter.api.Test;

/**
 * The central team's school register in Chromium: the table filtered in the database, a school
 * added and corrected in the dialog (bad input refused in Dutch), export to CSV and Excel, and a
 * CSV import that stores nothing while any row is wrong. Run by {@link PlatformIT}.
 */
interface SchoolRegisterScenarios {

    Browser browser();

    @Test
    default void theCentralTeamAddsAndCorrectsASchoolAndBadInputIsRefusedInDutch() {
        String brin = Testdata.vrijeBrin();
        Browser browser = browser();
        browser.login("centraal", InschrijvingScenarios.PASSWORD);
        browser.open("centraal/scholen.xhtml");
        // Which schools the first page shows depends on what earlier runs added: any school will do.
        browser.waitFor("[id='scholenForm:scholen'] [data-school]");

        browser.click("[id='scholenForm:nieuw']");
        browser.waitUntilVisible("schoolForm:brin");
        browser.click("[id='schoolForm:opslaan']");
        browser.waitForText("Vul de BRIN-code in.");
        for (String expected : new String[] {
            "Kies de sector.",
            "Vul de naam van de school in.",
            "Kies het bestuur.",
            "Vul de postcode in.",
            "Vul het aantal leraren in."
        }) {
            assertTrue(browser.text().contains(expected), expected);
        }

        browser.type("schoolForm:brin", "4AB");
        browser.choose("schoolForm:sector", "Primair onderwijs (PO)");
        browser.type("schoolForm:naam", "OBS Het Nieuwe Veld");
        browser.choose("schoolForm:bestuur", "Stichting Primair Onderwijs De Vallei (41234)");
        browser.type("schoolForm:straat", "Veldweg");
        browser.type("schoolForm:huisnummer", "7");
        browser.type("schoolForm:postcode", "3818 AB");
        browser.type("schoolForm:plaats", "Amersfoort");
        browser.replace("schoolForm:leraren_input", "21");
        browser.click("[id='schoolForm:opslaan']");
        browser.waitForText("Een BRIN-code bestaat uit twee cijfers en twee letters, bijvoorbeeld 04AB.");

        browser.type("schoolForm:brin", "04ab");
        browser.click("[id='schoolForm:opslaan']");
        browser.waitForText("Er staat al een school met BRIN-code 04AB in het register.");

        browser.type("schoolForm:brin", brin);
        browser.type("schoolForm:naam", "<script>document.title='xss'</script>");
        browser.click("[id='schoolForm:opslaan']");
        browser.waitForText("Gebruik geen < of > in een naam of adres.");

        browser.type("schoolForm:naam", "OBS Het Nieuwe Veld");
        browser.type("schoolForm:postcode", "38181");
        browser.click("[id='schoolForm:opslaan']");
        browser.waitForText("Vul een Nederlandse postcode in, bijvoorbeeld 3817 KC.");

        browser.replace("schoolForm:latitude_input", "48,85");
        browser.replace("schoolForm:longitude_input", "2,35");
        browser.type("schoolForm:postcode", "3818ab");
        browser.click("[id='schoolForm:opslaan']");
        browser.waitForText("Geef beide coördinaten of geen");
        browser.screenshot("school-dialoog-geweigerd");
        assertNull(
                TestDatabase.string("SELECT id FROM school WHERE brin_code = ?", brin), "nothing stored while refused");

        browser.replace("schoolForm:latitude_input", "52,16");
        browser.replace("schoolForm:longitude_input", "5,39");
        browser.click("[id='schoolForm:opslaan']");
        browser.waitForText("OBS Het Nieuwe Veld is toegevoegd aan het register.");
        browser.waitUntilHidden("schoolDialog");
        assertEquals("3818 AB", TestDatabase.string("SELECT postcode FROM school WHERE brin_code = ?", brin));

        browser.filter("scholenForm:scholen:brin:filter", brin);
        browser.waitForText("1–1 van 1");
        assertTrue(browser.text().contains("OBS Het Nieuwe Veld"));
        browser.click("[data-school='" + brin + "']");
        browser.waitUntilVisible("schoolForm:naam");
        assertEquals("OBS Het Nieuwe Veld", browser.value("schoolForm:naam"));
        // Escape closes the dialog, and the focus is back on the row's button that opened it.
        browser.pressEscape();
        browser.waitUntilHidden("schoolDialog");
        browser.waitUntilFocused("[data-school='" + brin + "']");
        browser.click("[data-school='" + brin + "']");
        browser.waitUntilVisible("schoolForm:naam");
        browser.replace("schoolForm:leraren_input", "23");
        browser.click("[id='schoolForm:opslaan']");
        browser.waitForText("De gegevens van OBS Het Nieuwe Veld zijn opgeslagen.");
        browser.screenshot("school-register-gefilterd");
        assertEquals("23", TestDatabase.string("SELECT aantal_leraren FROM school WHERE brin_code = ?", brin));
    }

    @Test
    default void theCentralTeamAddsAndCorrectsABoard() {
        String nummer = Testdata.vrijBestuursnummer();
        Browser browser = browser();
        browser.login("centraal", InschrijvingScenarios.PASSWORD);
        browser.open("centraal/scholen.xhtml");
        browser.click("[id='besturenForm:nieuwBestuur']");
        browser.waitUntilVisible("bestuurForm:nummer");
        browser.click("[id='bestuurForm:opslaanBestuur']");
        browser.waitForText("Vul het bestuursnummer in.");
        assertTrue(browser.text().contains("Vul de naam van het bestuur in."));

        browser.type("bestuurForm:nummer", "4321");
        browser.type("bestuurForm:naam", "Stichting Kindcentra Eemland");
        browser.choose("bestuurForm:sector", "Primair onderwijs (PO)");
        browser.click("[id='bestuurForm:opslaanBestuur']");
        browser.waitForText("Een bestuursnummer bestaat uit vijf cijfers, bijvoorbeeld 41234.");
        browser.type("bestuurForm:nummer", "41234");
        browser.click("[id='bestuurForm:opslaanBestuur']");
        browser.waitForText("Er staat al een bestuur met bestuursnummer 41234 in het register.");
        browser.type("bestuurForm:nummer", nummer);
        browser.click("[id='bestuurForm:opslaanBestuur']");
        browser.waitForText("Stichting Kindcentra Eemland is toegevoegd aan het register.");
        browser.waitUntilHidden("bestuurDialog");
        assertEquals("PO", TestDatabase.string("SELECT sector FROM bestuur WHERE bestuursnummer = ?", nummer));

        browser.filter("besturenForm:besturen:bestuursnummer:filter", nummer);
        // The filter answers a moment after typing: until its one row is shown, the unfiltered list
        // (which holds the new board too) is still there, and a late filter answer would replace
        // the page's messages after the save below.
        browser.waitForCount("[id='besturenForm:besturen_data'] > tr[data-ri]", 1);
        browser.waitForCount("[data-bestuur='" + nummer + "']", 1);
        browser.waitForAjax();
        browser.click("[data-bestuur='" + nummer + "']");
        browser.waitUntilVisible("bestuurForm:naam");
        assertEquals(nummer, browser.value("bestuurForm:nummer"));
        browser.type("bestuurForm:naam", "Stichting Kindcentra Eemland en Vallei");
        browser.click("[id='bestuurForm:opslaanBestuur']");
        browser.waitForText("De gegevens van Stichting Kindcentra Eemland en Vallei zijn opgeslagen.");
        assertEquals(
                "Stichting Kindcentra Eemland en Vallei",
                TestDatabase.string("SELECT naam FROM bestuur WHERE bestuursnummer = ?", nummer));
        browser.show("[id='besturenForm:besturen']");
        browser.screenshot("besturen");
    }

    @Test
    default void theCentralTeamAddsTeamsAndLocationsToASchool() {
        long mbo = Testdata.schoolZoals("27QR").id();
        Browser browser = browser();
        browser.login("centraal", InschrijvingScenarios.PASSWORD);
        browser.open("scholen/school.xhtml?id=" + mbo);
        browser.waitForText("Teams beheren");
        browser.click("[id='eenhedenForm:nieuweEenheid']");
        browser.waitUntilVisible("eenheidForm:naam");
        browser.click("[id='eenheidForm:opslaan']");
        browser.waitForText("Vul de naam in.");
        assertTrue(browser.text().contains("Vul het aantal leraren in."));
        browser.type("eenheidForm:naam", "Team Economie");
        browser.replace("eenheidForm:leraren_input", "0");
        browser.click("[id='eenheidForm:opslaan']");
        browser.waitForText("Vul een aantal leraren tussen 1 en 5.000 in.");
        browser.replace("eenheidForm:leraren_input", "22");
        browser.click("[id='eenheidForm:opslaan']");
        browser.waitForText("Team Economie is toegevoegd.");
        browser.waitUntilHidden("eenheidDialog");
        assertEquals(
                "22",
                TestDatabase.string(
                        "SELECT aantal_leraren FROM team WHERE school_id = ? AND naam = ?", mbo, "Team Economie"));
        // The same name again, in other letters: a clear answer, no second team.
        browser.click("[id='eenhedenForm:nieuweEenheid']");
        browser.waitUntilVisible("eenheidForm:naam");
        browser.type("eenheidForm:naam", "team economie");
        browser.replace("eenheidForm:leraren_input", "12");
        browser.click("[id='eenheidForm:opslaan']");
        browser.waitForText("Deze school heeft al een team met de naam team economie.");
        browser.screenshot("school-team-naam-bezet");
        assertEquals(
                1,
                TestDatabase.number(
                        "SELECT COUNT(*) FROM team WHERE school_id = ? AND LOWER(naam) = ?", mbo, "team economie"));
        browser.script("PF('eenheidDialog').hide()");
        browser.waitUntilHidden("eenheidDialog");
        browser.click("[data-eenheid='Team Economie']");
        browser.waitUntilVisible("eenheidForm:naam");
        browser.replace("eenheidForm:leraren_input", "24");
        browser.click("[id='eenheidForm:opslaan']");
        browser.waitForText("De gegevens van Team Economie zijn opgeslagen.");
        assertEquals(
                "24",
                TestDatabase.string(
                        "SELECT aantal_leraren FROM team WHERE school_id = ? AND naam = ?", mbo, "Team Economie"));

        Testdata.School wold = Testdata.schoolZoals("24JK");
        long vo = wold.id();
        browser.open("scholen/school.xhtml?id=" + vo);
        browser.waitForText("Vestigingen beheren");
        browser.click("[id='eenhedenForm:nieuweEenheid']");
        browser.waitUntilVisible("eenheidForm:naam");
        browser.replace("eenheidForm:nummer_input", "0");
        browser.type("eenheidForm:naam", "Het Wold Lariks");
        browser.type("eenheidForm:straat", "Larikslaan");
        browser.type("eenheidForm:huisnummer", "2");
        browser.type("eenheidForm:postcode", "9401");
        browser.type("eenheidForm:plaats", "Assen");
        browser.click("[id='eenheidForm:opslaan']");
        browser.waitForText("Vul een Nederlandse postcode in, bijvoorbeeld 3817 KC.");
        browser.type("eenheidForm:postcode", "9401 AB");
        browser.click("[id='eenheidForm:opslaan']");
        browser.waitForText("Vestiging " + wold.brin() + "00 bestaat al.");
        browser.replace("eenheidForm:nummer_input", "1");
        browser.click("[id='eenheidForm:opslaan']");
        browser.waitForText("Het Wold Lariks is toegevoegd.");
        browser.screenshot("school-vestigingen-beheren");
        assertEquals(
                "Het Wold Lariks",
                TestDatabase.string(
                        "SELECT naam FROM vestiging WHERE school_id = ?" + " AND vestigingsnummer = 1", vo));
        browser.logout();

        browser.login("schoolcoach.lyceum", InschrijvingScenarios.PASSWORD);
        browser.open("scholen/school.xhtml?id=" + TestDatabase.schoolId("20AB"));
        browser.waitForText("Stedelijk Lyceum Zuilen");
        assertFalse(browser.text().contains("Vestigingen beheren"), "only the central team manages locations");
    }

    @Test
    default void theRegisterIsFilteredAndExportedAsCsvAndExcel() {
        // Two schools in a place of their own, so the filter finds exactly these two.
        Testdata.School brug = Testdata.schoolZoals("22EF");
        Testdata.School college = Testdata.schoolZoals("27QR");
        String plaats = "Zeist-" + brug.brin();
        TestDatabase.update("UPDATE school SET plaats = ? WHERE id IN (?, ?)", plaats, brug.id(), college.id());
        Browser browser = browser();
        browser.login("centraal", InschrijvingScenarios.PASSWORD);
        browser.open("centraal/scholen.xhtml");
        // Which schools the first page shows depends on what earlier runs added: any school will do.
        browser.waitFor("[id='scholenForm:scholen'] [data-school]");
        browser.filter("scholenForm:scholen:plaats:filter", plaats.toLowerCase(java.util.Locale.ROOT));
        browser.waitForText("1–2 van 2");
        assertTrue(browser.text().contains(brug.naam()) && browser.text().contains(college.naam()));
        assertFalse(browser.text().contains("OBS De Regenboog"));

        Browser.forget("scholen.csv");
        browser.click("[id='scholenForm:csv']");
        String csv = new String(browser.waitForDownload("scholen.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFbrin;naam;sector;bestuur;plaats;leraren"), csv);
        assertTrue(csv.contains(brug.brin() + ";\"" + brug.naam() + "\";VO;"), csv);
        assertEquals(3, csv.strip().split("\r\n").length, "the export holds the filtered schools: " + csv);

        HttpResponse<byte[]> xlsx = browser.submit("scholenForm", "scholenForm:excel");
        assertEquals(200, xlsx.statusCode());
        assertTrue(
                xlsx.headers().firstValue("Content-Disposition").orElse("").contains("scholen.xlsx"),
                xlsx.headers().map().toString());
        assertEquals("PK", new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1), "an Office Open XML workbook");
        String sheet = unzip(xlsx.body(), "xl/worksheets/sheet1.xml") + unzip(xlsx.body(), "xl/sharedStrings.xml");
        assertTrue(
                sheet.contains("VSO De Brug") && !sheet.contains("OBS De Regenboog"),
                "the workbook holds the filtered schools: " + sheet);
    }

    @Test
    default void aCsvImportWithABrokenRowStoresNothingAndTheCorrectedFileStoresEveryRow() {
        String header = "BRIN-code;Naam;Sector;Bestuursnummer;Straat;Huisnummer;Postcode;Plaats;Latitude;Longitude;"
                + "Aantal leraren;Vestigingsnummer\n";
        String nieuw = Testdata.vrijeBrin();
        Testdata.School sprong = Testdata.schoolZoals("07GH");
        Testdata.School college = Testdata.schoolZoals("21CD");
        long nummer = TestDatabase.number(
                "SELECT COALESCE(MAX(vestigingsnummer), 0) + 1 FROM vestiging WHERE school_id = ?", college.id());
        long leraren = TestDatabase.number("SELECT aantal_leraren FROM school WHERE id = ?", sprong.id());
        String nieuweSchool = nieuw + ";OBS De Vlinder;PO;41234;Vlinderlaan;3;3818 CD;Amersfoort;52,15;5,39;26;\n";
        String bijgewerkt =
                sprong.brin() + ";SBO De Sprong;PO;41234;Hamersveldseweg;61;3833 GM;Leusden;;;" + (leraren + 2) + ";\n";
        String vestiging = college.brin() + ";Het Nieuwe College Hoogland;;;Zevenhuizerstraat;10;3828 AA;Hoogland;;;;"
                + nummer + "\n";
        String kapot = Testdata.vrijeBrin() + ";\"CBS De Wiek, dependance\";PO;99999;Molenweg;1;ABCD;Soest;;;12;\n";
        Browser browser = browser();
        browser.login("centraal", InschrijvingScenarios.PASSWORD);
        browser.open("centraal/scholen.xhtml");

        browser.upload(
                "importForm:bestand_input",
                bestand("scholen-fout.csv", header + nieuweSchool + bijgewerkt + vestiging + kapot));
        browser.waitForText("Niets opgeslagen: 1 regel geweigerd.");
        browser.show("#importPanel");
        browser.screenshot("school-import-geweigerd");
        String report = browser.textOf("[id$='verslag']");
        assertTrue(report.contains("Vul een Nederlandse postcode in"), report);
        assertTrue(report.contains("Zou worden toegevoegd") && report.contains("Zou worden bijgewerkt"), report);
        assertNull(
                TestDatabase.string("SELECT id FROM school WHERE brin_code = ?", nieuw),
                "nothing of a refused file is stored");
        assertEquals(leraren, TestDatabase.number("SELECT aantal_leraren FROM school WHERE id = ?", sprong.id()));

        browser.upload(
                "importForm:bestand_input",
                bestand("scholen-goed.csv", header + nieuweSchool + bijgewerkt + vestiging));
        browser.waitForText("Opgeslagen: 2 toegevoegd, 1 bijgewerkt.");
        browser.show("#importPanel");
        browser.screenshot("school-import-opgeslagen");
        assertEquals("OBS De Vlinder", TestDatabase.string("SELECT naam FROM school WHERE brin_code = ?", nieuw));
        assertEquals(leraren + 2, TestDatabase.number("SELECT aantal_leraren FROM school WHERE id = ?", sprong.id()));
        assertEquals(
                "Het Nieuwe College Hoogland",
                TestDatabase.string(
                        "SELECT naam FROM vestiging WHERE school_id = ?" + " AND vestigingsnummer = ?",
                        college.id(),
                        (int) nummer));

        browser.upload(
                "importForm:bestand_input",
                bestand("scholen-latin1.csv", "brin;naam\n39AC;Caf\u00e9 De Brug\n", StandardCharsets.ISO_8859_1));
        browser.waitForText("Het bestand is geen UTF-8-tekst.");
        browser.upload("importForm:bestand_input", bestand("scholen-kolommen.csv", "code;school\n39AD;De Brug\n"));
        browser.waitForText("De kopregel mist de kolom(men): brin, naam.");
    }

    /** One entry of a zip file as text; empty when absent. */
    private static String unzip(byte[] zip, String entry) {
        try {
            Path file = Files.createTempFile("export", ".zip");
            Files.write(file, zip);
            try (java.util.zip.ZipFile archive = new java.util.zip.ZipFile(file.toFile())) {
                java.util.zip.ZipEntry found = archive.getEntry(entry);
                return found == null
                        ? ""
                        : new String(archive.getInputStream(found).readAllBytes(), StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path bestand(String name, String text) {
        return bestand(name, text, StandardCharsets.UTF_8);
    }

    private static Path bestand(String name, String text, java.nio.charset.Charset charset) {
        try {
            Path dir = Files.createDirectories(Browser.DOWNLOADS.resolveSibling("uploads"));
            return Files.writeString(dir.resolve(name), text, charset).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
