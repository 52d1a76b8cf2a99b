package nl.leerkracht.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The directieteam programme in Chromium: a bestuurder enrols the board's directieteam and sees
 * the price before confirming; bad input is refused in Dutch; the central team changes the price
 * formula (existing enrolments keep their price) and approves. Run by {@link PlatformIT}.
 */
interface DirectieteamScenarios {

    Browser browser();

    @Test
    default void aBestuurderEnrolsTheDirectieteamAtThePriceShownAndTheCentralTeamApproves() {
        Testdata.Bestuur vallei = Testdata.bestuurZoals("41234");
        long bestuur = vallei.id();
        Browser browser = browser();
        browser.login(Testdata.persoonZoals("bestuurder", vallei), InschrijvingScenarios.PASSWORD);
        browser.open("inschrijving/directieteam.xhtml");
        assertEquals("Directieteamprogramma", browser.title());

        browser.typeInto(":0:naam", "<script>document.title='xss'</script>");
        browser.choose(browser.idEndingWith(":0:functie"), "Bestuurder");
        browser.replace("aanvraagForm:werksessies_input", "4");
        browser.click("[id='aanvraagForm:berekenen']");
        browser.waitUntilVisible("aanvraagForm:bevestigDialog");
        browser.click("[id='aanvraagForm:bevestig']");
        browser.waitForText("Gebruik geen < of > in een naam.");
        browser.waitUntilHidden("aanvraagForm:bevestigDialog");

        browser.typeInto(":0:naam", "Bert Bestuur");
        browser.typeInto(":1:naam", "Bo Bovenschools");
        browser.typeInto(":2:naam", "Dana Directeur");
        browser.choose(browser.idEndingWith(":2:functie"), "Schooldirecteur");
        browser.replace("aanvraagForm:werksessies_input", "0");
        browser.click("[id='aanvraagForm:berekenen']");
        browser.waitForText("Vul een aantal werksessies tussen 1 en 20 in.");

        browser.replace("aanvraagForm:werksessies_input", "4");
        browser.click("[id='aanvraagForm:berekenen']");
        browser.waitUntilVisible("aanvraagForm:bevestigDialog");
        browser.click("[id='aanvraagForm:bevestig']");
        browser.waitForText("Kies voor elk lid een functie.");
        browser.waitUntilHidden("aanvraagForm:bevestigDialog");
        assertEquals(
                0,
                TestDatabase.number("SELECT COUNT(*) FROM directieteam_inschrijving WHERE bestuur_id = ?", bestuur),
                "nothing stored while refused");

        browser.choose(browser.idEndingWith(":1:functie"), "Bovenschools directeur");
        browser.click("[id='aanvraagForm:berekenen']");
        browser.waitUntilVisible("aanvraagForm:bevestigDialog");
        browser.waitForText("€ 3.400,00");
        assertTrue(
                browser.text().contains("de prijs is op die grens gezet"),
                "2,400 + 3 × 100 + 4 × 150 = 3,300: the minimum");
        browser.screenshot("directieteam-prijs");
        browser.click("[id='aanvraagForm:bevestig']");
        browser.waitForText(
                "De inschrijving van het directieteam voor schooljaar " + Jaren.volgend() + " is ontvangen.");
        browser.waitUntilHidden("aanvraagForm:bevestigDialog");
        assertEquals(
                0,
                new BigDecimal("3400.00")
                        .compareTo(new BigDecimal(TestDatabase.string(
                                "SELECT prijs FROM directieteam_inschrijving WHERE bestuur_id = ?", bestuur))));
        assertTrue(browser.textOf("[id='lijstForm:lijst']").contains("Dana Directeur (Schooldirecteur)"));

        browser.typeInto(":0:naam", "Bert Bestuur");
        browser.choose(browser.idEndingWith(":0:functie"), "Bestuurder");
        browser.click("[id='aanvraagForm:berekenen']");
        browser.waitUntilVisible("aanvraagForm:bevestigDialog");
        browser.click("[id='aanvraagForm:bevestig']");
        browser.waitForText("Het directieteam is al ingeschreven voor schooljaar " + Jaren.volgend() + ".");
        assertEquals(
                1, TestDatabase.number("SELECT COUNT(*) FROM directieteam_inschrijving WHERE bestuur_id = ?", bestuur));
        browser.logout();

        browser.login("bestuurder.rijnmond", InschrijvingScenarios.PASSWORD);
        browser.open("inschrijving/directieteam.xhtml");
        assertTrue(browser.text().contains("Nog geen directieteam ingeschreven."), "another board sees none of it");
        assertFalse(browser.text().contains("Dana Directeur"));
        browser.logout();

        browser.login("schoolleider", InschrijvingScenarios.PASSWORD);
        assertEquals(
                403, browser.status("inschrijving/directieteam.xhtml"), "the programme is the board's, not a school's");
        browser.logout();

        browser.login("centraal", InschrijvingScenarios.PASSWORD);
        browser.open("inschrijving/directieteam.xhtml");
        assertTrue(
                browser.text()
                        .contains("Voorbeeld: een directieteam van 6 leden met 4 werksessies kost nu € 3.600,00."),
                browser.text());
        browser.replace("formuleForm:basis_input", "3000");
        browser.click("[id='formuleForm:bewaarFormule']");
        browser.waitForText("De prijsformule is opgeslagen.");
        browser.waitForText("kost nu € 4.200,00");
        assertEquals(
                0,
                new BigDecimal("3400.00")
                        .compareTo(new BigDecimal(TestDatabase.string(
                                "SELECT prijs FROM directieteam_inschrijving WHERE bestuur_id = ?", bestuur))),
                "an enrolment keeps the price it was confirmed at");
        String id = TestDatabase.string("SELECT id FROM directieteam_inschrijving WHERE bestuur_id = ?", bestuur);
        browser.click("[data-goedkeuren='" + id + "']");
        browser.waitForText("De inschrijving is goedgekeurd.");
        browser.screenshot("directieteam-centraal");
        assertEquals(
                "GOEDGEKEURD",
                TestDatabase.string("SELECT status FROM directieteam_inschrijving WHERE id = ?", Long.parseLong(id)));
        assertEquals(
                "STARTFASE",
                TestDatabase.string(
                        "SELECT fase FROM traject WHERE directieteam_id = ? AND programma = 'DIRECTIETEAM'"
                                + " AND bestuur_id = ? AND school_id IS NULL",
                        Long.parseLong(id),
                        bestuur),
                "the approval opens the directieteam's own trajectory");
        browser.replace("formuleForm:basis_input", "2400");
        browser.click("[id='formuleForm:bewaarFormule']");
        browser.waitForText("kost nu € 3.600,00");
    }
}
