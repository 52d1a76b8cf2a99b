package nl.leerkracht.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Trajectories and team boards in Chromium: the Expertcoach moves a trajectory on with an
 * evaluation (no evaluation, markup or a step back without reason refused); a schoolcoach logs a
 * bordsessie from the quick form (bad input refused, nothing stored, one per day) and keeps goals
 * and actions; each role sees only its own trajectories, also by id. Run by {@link PlatformIT}.
 */
interface TrajectScenarios {

    Browser browser();

    private static long traject(String brin) {
        return TestDatabase.number(
                "SELECT t.id FROM traject t JOIN school s ON s.id = t.school_id WHERE s.brin_code = ?", brin);
    }

    private static LocalDate vandaag() {
        return Jaren.vandaag();
    }

    @Test
    default void theExpertcoachMovesATrajectoryOnOnePhaseWithAnEvaluation() {
        long id = traject("13QR");
        Testdata.trajectInStartfase(id);
        long wissels = TestDatabase.number("SELECT COUNT(*) FROM traject_fasewissel WHERE traject_id = ?", id);
        Browser browser = browser();
        browser.login("expertcoach.rijnmond", InschrijvingScenarios.PASSWORD);
        browser.open("traject/index.xhtml");
        assertTrue(browser.text().contains("OBS De Kameleon"), browser.text());
        assertFalse(browser.text().contains("OBS De Regenboog"), "another cluster's school stays hidden");
        browser.screenshot("trajecten-expertcoach");

        browser.open("traject/traject.xhtml?id=" + id);
        assertEquals("Traject OBS De Kameleon", browser.title());
        assertEquals("Startfase", browser.textOf(".lk-fase-actief"));
        assertTrue(browser.has("#alleenLezen"), "the Expertcoach reads the board, the school keeps it");

        browser.click("[id='faseForm:wissel']");
        browser.waitForText("Schrijf een korte evaluatie");
        browser.type("faseForm:evaluatie", "Kernteam is getraind <b>goed</b>");
        browser.click("[id='faseForm:wissel']");
        browser.waitForText("Gebruik geen HTML-code");
        assertEquals("STARTFASE", TestDatabase.string("SELECT fase FROM traject WHERE id = ?", id), "nothing stored");

        browser.type("faseForm:evaluatie", "Het kernteam is getraind en de eerste bordsessies zijn gehouden.");
        browser.click("[id='faseForm:wissel']");
        browser.waitForText("De nieuwe fase is vastgelegd.");
        assertEquals("Trainingsfase", browser.textOf(".lk-fase-actief"));
        assertTrue(browser.textOf("[id='stappen']")
                .contains("Het kernteam is getraind en de eerste bordsessies zijn gehouden."));
        assertTrue(browser.textOf("[id='stappen']").contains("Ruud de Wit"), "the history names who");
        browser.screenshot("traject-fase");

        // Back to the Startfase: not without a reason.
        browser.click("label[for='faseForm:naar:1']");
        browser.type("faseForm:evaluatie", "Het team is na de fusie opnieuw samengesteld.");
        browser.click("[id='faseForm:wissel']");
        browser.waitForText("Geef de reden waarom het traject terug gaat");
        assertEquals("TRAININGSFASE", TestDatabase.string("SELECT fase FROM traject WHERE id = ?", id));
        assertEquals(
                wissels + 1, TestDatabase.number("SELECT COUNT(*) FROM traject_fasewissel WHERE traject_id = ?", id));
    }

    @Test
    default void aSchoolcoachLogsABordsessieFromTheQuickForm() {
        long id = traject("04AB");
        Testdata.geenBordsessieOp(id, vandaag());
        TestDatabase.update(
                "DELETE FROM traject_actie WHERE traject_id = ? AND omschrijving = ?",
                id,
                "Groep 8 uitnodigen voor de bordsessie");
        // The session ticks off one open action: on a database earlier runs used, there may be none left.
        if (TestDatabase.number("SELECT COUNT(*) FROM traject_actie WHERE traject_id = ? AND afgerond_op IS NULL", id)
                == 0) {
            TestDatabase.insert(
                    "INSERT INTO traject_actie (traject_id, omschrijving, eigenaar, deadline, aangemaakt_op)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    id,
                    "Feedbackkaarten uitdelen in groep 7",
                    "Coen Coach",
                    vandaag().plusWeeks(2),
                    vandaag());
        }
        long sessies = TestDatabase.number("SELECT COUNT(*) FROM bordsessie WHERE traject_id = ?", id);
        Browser browser = browser();
        browser.login("schoolcoach", InschrijvingScenarios.PASSWORD);
        browser.open("traject/index.xhtml");
        assertTrue(browser.text().contains("OBS De Regenboog"));
        browser.click("a.lk-traject-link");
        browser.waitForText("Ritme van de instrumenten");
        assertFalse(browser.has("[id='faseForm:wissel']"), "only the Expertcoach changes the phase");

        browser.click("[id='sessieKnop:nieuweSessie']");
        browser.waitUntilVisible("sessieForm:logSessie");
        assertEquals(
                vandaag().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")),
                browser.value("sessieForm:datum_input"),
                "today is filled in");
        // Nobody ticked, and markup in the note: refused, nothing stored.
        browser.script("document.querySelectorAll(\"[id='sessieForm:aanwezigen'] .ui-chkbox-box.ui-state-active\")"
                + ".forEach(b => b.click())");
        browser.type("sessieForm:notitie", "<script>alert(1)</script>");
        browser.click("[id='sessieForm:logSessie']");
        browser.waitForText("Vink aan wie er bij de bordsessie was.");
        assertEquals(sessies, TestDatabase.number("SELECT COUNT(*) FROM bordsessie WHERE traject_id = ?", id));
        browser.script("document.querySelector(\"[id='sessieForm:aanwezigen'] .ui-chkbox-box\").click()");
        browser.click("[id='sessieForm:logSessie']");
        browser.waitForText("Gebruik geen HTML-code (zoals <script>) of de tekens < en > in je tekst.");
        assertEquals(
                sessies,
                TestDatabase.number("SELECT COUNT(*) FROM bordsessie WHERE traject_id = ?", id),
                "nothing stored");

        // The session as it is meant: who was there, one action done, one new action.
        browser.script(
                "document.querySelectorAll(\"[id='sessieForm:aanwezigen'] .ui-chkbox-box:not(.ui-state-active)\")"
                        + ".forEach(b => b.click())");
        browser.type("sessieForm:notitie", "Feedbackkaarten werken; groep 8 wil meedoen.");
        String actie = TestDatabase.string(
                "SELECT omschrijving FROM traject_actie WHERE traject_id = ? AND afgerond_op IS NULL"
                        + " ORDER BY deadline, id LIMIT 1",
                id);
        browser.script("document.querySelector(\"[id='sessieForm:afgerond'] .ui-chkbox-box\").click()");
        browser.typeInto(":0:actie", "Groep 8 uitnodigen voor de bordsessie");
        browser.choose(browser.idEndingWith(":0:eigenaar"), "Coen Coach");
        browser.typeInto(":0:deadline_input", vandaag().plusDays(7).format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        browser.screenshot("bordsessie-formulier");
        // At the board, on a phone: the dialog fits the screen.
        assertEquals(
                Boolean.TRUE,
                browser.onPhone(() -> {
                    browser.screenshot("bordsessie-formulier-telefoon");
                    return browser.script("var r = document.getElementById('sessieDialog').getBoundingClientRect();"
                            + " return r.left >= 0 && r.right <= window.innerWidth;");
                }),
                "the bordsessie dialog fits a phone");
        browser.click("[id='sessieForm:logSessie']");
        browser.waitForText("De bordsessie is vastgelegd.");
        browser.waitUntilHidden("sessieForm:logSessie");
        assertEquals(sessies + 1, TestDatabase.number("SELECT COUNT(*) FROM bordsessie WHERE traject_id = ?", id));
        assertEquals(
                TestDatabase.number(
                        "SELECT COUNT(DISTINCT a.id) FROM account a JOIN lidmaatschap l ON l.account_id = a.id"
                                + " JOIN traject t ON t.school_id = l.school_id WHERE t.id = ? AND a.status = 'ACTIEF'"
                                + " AND l.rol IN ('SCHOOLLEIDER', 'SCHOOLCOACH', 'AANJAGER', 'LERAAR')",
                        id),
                TestDatabase.number(
                        "SELECT COUNT(a.account_id) FROM bordsessie_aanwezige a JOIN bordsessie b ON b.id = a.bordsessie_id"
                                + " WHERE b.traject_id = ? AND b.datum = ?",
                        id,
                        vandaag()),
                "everyone of the team, as people");
        assertEquals(
                vandaag().toString(),
                TestDatabase.string(
                        "SELECT afgerond_op FROM traject_actie WHERE traject_id = ? AND omschrijving = ?", id, actie),
                "the ticked action is done");
        assertEquals(
                1,
                TestDatabase.number(
                        "SELECT COUNT(*) FROM traject_actie WHERE traject_id = ? AND omschrijving = ?",
                        id,
                        "Groep 8 uitnodigen voor de bordsessie"));
        assertTrue(browser.textOf("[id='tabs:sessiesForm:bordsessies']").contains("Feedbackkaarten werken"));
        browser.screenshot("teambord-schoolcoach");
        // On a phone every column of the board is readable: a goal's cells stack, each the screen's width.
        assertEquals(0, browser.phoneScreenshot("teambord-telefoon"), "the team board fits a phone");
        Number smalste = browser.onPhone(
                () -> (Number)
                        browser.script(
                                "var cells = document.querySelectorAll(\"[id='tabs:doelenForm:doelen'] tbody td\");"
                                        + " return cells.length ? Math.min.apply(null, Array.from(cells).map(c => c.getBoundingClientRect().width)) : -1;"));
        assertTrue(smalste.doubleValue() > 250, "the narrowest cell of the goals on a phone: " + smalste);
        // Every button and link of the board, and the bordsessie button, is a touch target of at least 44 px.
        Object klein = browser.onPhone(() -> browser.script(
                "return Array.from(document.querySelectorAll(\"[id='tabs:bord'] button, [id='tabs:bord'] a,"
                        + " [id='tabs:bord'] summary, [id='sessieKnop:nieuweSessie']\"))"
                        + ".filter(e => e.checkVisibility()).map(e => [e.id || e.textContent.trim(), e.getBoundingClientRect()])"
                        + ".filter(x => x[1].width < 44 || x[1].height < 44)"
                        + ".map(x => x[0] + ' ' + Math.round(x[1].width) + 'x' + Math.round(x[1].height));"));
        assertEquals(List.of(), klein, "touch targets smaller than 44 px on the team board");

        // A second session on the same day is refused.
        browser.click("[id='sessieKnop:nieuweSessie']");
        browser.waitUntilVisible("sessieForm:logSessie");
        browser.click("[id='sessieForm:logSessie']");
        browser.waitForText("is al een bordsessie vastgelegd.");
        assertEquals(sessies + 1, TestDatabase.number("SELECT COUNT(*) FROM bordsessie WHERE traject_id = ?", id));
    }

    @Test
    default void goalsAndActionsOnTheBoardAreCheckedBeforeTheyAreStored() {
        long id = traject("04AB");
        long doelen = TestDatabase.number("SELECT COUNT(*) FROM traject_doel WHERE traject_id = ?", id);
        String doel = "Elke week een lesbezoek per bouw "
                + java.util.UUID.randomUUID().toString().substring(0, 4);
        Browser browser = browser();
        browser.login("aanjager", InschrijvingScenarios.PASSWORD);
        browser.open("traject/traject.xhtml?id=" + id);

        // The ambition is shown once; its form opens below it on request.
        String ambitie = "Elke leerling leest elke dag " + doel.substring(doel.length() - 4);
        assertEquals(
                Boolean.FALSE,
                browser.script("return document.getElementById('tabs:ambitieForm:ambitieTekst').checkVisibility()"),
                "the ambition's form is closed at first");
        browser.click("#ambitieWijzigen > summary");
        browser.replace("tabs:ambitieForm:ambitieTekst", ambitie);
        browser.click("[id='tabs:ambitieForm:bewaarAmbitie']");
        browser.waitForText("De ambitie is opgeslagen.");
        browser.waitForText(ambitie);
        assertEquals(ambitie, browser.textOf("#ambitie"));
        assertEquals(1, browser.text().split(java.util.regex.Pattern.quote(ambitie), -1).length - 1, browser.text());

        browser.type("tabs:doelForm:omschrijving", doel);
        browser.choose("tabs:doelForm:eigenaar", "Anna Aanjager");
        browser.type(
                "tabs:doelForm:deadline_input",
                vandaag().plusWeeks(30).format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        browser.click("[id='tabs:doelForm:voegDoelToe']");
        browser.waitForText("Maak het doel meetbaar");
        browser.waitUntilFocused("[aria-invalid='true'], .ui-messages-error");
        browser.type("tabs:doelForm:streefwaarde", "4 lesbezoeken per week");
        browser.click("[id='tabs:doelForm:voegDoelToe']");
        browser.waitForText("Kies een datum vanaf vandaag en binnen 26 weken");
        assertEquals(
                doelen,
                TestDatabase.number("SELECT COUNT(*) FROM traject_doel WHERE traject_id = ?", id),
                "nothing stored");

        browser.replace(
                "tabs:doelForm:deadline_input",
                vandaag().plusWeeks(8).format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        browser.click("[id='tabs:doelForm:voegDoelToe']");
        browser.waitForText("Het doel staat op het bord.");
        assertEquals(doelen + 1, TestDatabase.number("SELECT COUNT(*) FROM traject_doel WHERE traject_id = ?", id));
        assertTrue(browser.textOf("[id='tabs:doelenForm:doelen']").contains("4 lesbezoeken per week"));

        browser.click("button[data-doel='" + doel + "']");
        browser.waitForText("De status van het doel is bijgewerkt.");
        assertEquals(
                "BEHAALD",
                TestDatabase.string(
                        "SELECT status FROM traject_doel WHERE traject_id = ? AND omschrijving = ?", id, doel));

        browser.type("tabs:succesForm:succes", "Groep 5 <img src=x onerror=alert(1)>");
        browser.click("[id='tabs:succesForm:voegSuccesToe']");
        browser.waitForText("Gebruik geen HTML-code");
        browser.type("tabs:succesForm:succes", "Groep 5 gaf de eerste leerlingfeedback");
        browser.click("[id='tabs:succesForm:voegSuccesToe']");
        browser.waitForText("Het succes staat op het bord.");
        assertTrue(
                browser.textOf("#successen").contains("Groep 5 gaf de eerste leerlingfeedback · Anna Aanjager"),
                browser.textOf("#successen"));
    }

    @Test
    default void everyoneSeesOnlyTheirOwnTrajectoriesAlsoById() {
        long regenboog = traject("04AB");
        long kameleon = traject("13QR");
        Browser browser = browser();

        browser.login("schoolcoach.piramide", InschrijvingScenarios.PASSWORD);
        browser.open("traject/index.xhtml");
        assertTrue(browser.text().contains("Geen trajecten gevonden"), "OBS De Piramide has no trajectory");
        assertEquals(403, browser.status("traject/traject.xhtml?id=" + regenboog), "not another school's, by id");
        assertEquals(403, browser.status("traject/traject.xhtml?id=" + kameleon), "not even of its own board");
        assertEquals(404, browser.status("traject/traject.xhtml?id=999999999"));
        assertEquals(404, browser.status("traject/traject.xhtml?id=abc"));
        browser.logout();

        browser.login("bestuurder", InschrijvingScenarios.PASSWORD);
        browser.open("traject/index.xhtml");
        assertTrue(browser.text().contains("OBS De Regenboog"));
        assertFalse(browser.text().contains("OBS De Kameleon"), "another board's school stays hidden");
        assertEquals(403, browser.status("traject/traject.xhtml?id=" + kameleon));
        browser.open("traject/traject.xhtml?id=" + regenboog);
        assertTrue(browser.has("#alleenLezen"), "the board reads its schools' boards");
        assertFalse(browser.has("[id='sessieKnop:nieuweSessie']"));
        assertFalse(browser.has("[id='faseForm:wissel']"));
        browser.screenshot("traject-bestuurder");
        browser.logout();

        browser.login("expertcoach", InschrijvingScenarios.PASSWORD);
        assertEquals(
                403, browser.status("traject/traject.xhtml?id=" + kameleon), "not a school of the coach's clusters");
        browser.open("traject/traject.xhtml?id=" + regenboog);
        assertTrue(browser.has("[id='faseForm:wissel']"), "the coach of the cluster moves the phase");
        browser.logout();

        browser.login("directeur", InschrijvingScenarios.PASSWORD);
        assertEquals(403, browser.status("traject/index.xhtml"), "the director handles complaints, not school data");
    }

    @Test
    default void aLessonVisitIsPlannedThenRecordedWithItsFeedbackAndCountsForTheRhythm() {
        long id = traject("04AB");
        long bezoeken = TestDatabase.number("SELECT COUNT(*) FROM lesbezoek WHERE traject_id = ?", id);
        Browser browser = browser();
        browser.login("leraar", InschrijvingScenarios.PASSWORD);
        browser.open("traject/traject.xhtml?id=" + id);
        String voor = browser.textOf("#ritmeLesbezoeken");
        browser.click("a[href*='bezoekTab']");
        browser.waitUntilVisible("tabs:planForm:plan");

        // Visiting oneself, and someone from outside the school: refused, nothing stored.
        browser.choose("tabs:planForm:bezoeker", "Lotte Leraar");
        browser.choose("tabs:planForm:bezochte", "Lotte Leraar");
        browser.type("tabs:planForm:datum_input", vandaag().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        browser.type("tabs:planForm:focus", "Wachttijd na een vraag");
        browser.click("[id='tabs:planForm:plan']");
        browser.waitForText("Een leraar bezoekt een collega, niet de eigen les.");
        // A person of another school, forged into the list: not one of the choices.
        long elders = TestDatabase.number("SELECT id FROM account WHERE username = ?", "leraar.kompas");
        browser.script(
                "const s = document.getElementById('tabs:planForm:bezochte_input'); s.add(new Option('Kees', arguments[0]));"
                        + " s.value = arguments[0];",
                String.valueOf(elders));
        browser.click("[id='tabs:planForm:plan']");
        browser.waitForText("kies een van de mogelijkheden.");
        assertEquals(
                bezoeken,
                TestDatabase.number("SELECT COUNT(*) FROM lesbezoek WHERE traject_id = ?", id),
                "nothing stored");

        browser.choose("tabs:planForm:bezochte", "Anna Aanjager");
        browser.click("[id='tabs:planForm:plan']");
        browser.waitForText("Het lesbezoek is gepland.");
        assertEquals(bezoeken + 1, TestDatabase.number("SELECT COUNT(*) FROM lesbezoek WHERE traject_id = ?", id));

        // Recorded today with feedback: it counts in this term's visits.
        browser.waitUntilVisible("tabs:feedbackForm:legVast");
        browser.choose(
                "tabs:feedbackForm:welk",
                "Lotte Leraar → Anna Aanjager, " + vandaag().format(DateTimeFormatter.ofPattern("d-M-yyyy")));
        browser.click("[id='tabs:feedbackForm:legVast']");
        browser.waitForText("Schrijf de gegeven feedback op");
        browser.type(
                "tabs:feedbackForm:feedback",
                "Sterk: iedereen dacht eerst zelf na. Tip: loop rond tijdens het nadenken.");
        browser.click("[id='tabs:feedbackForm:legVast']");
        browser.waitForText("Het lesbezoek en de feedback zijn vastgelegd.");
        assertEquals(
                "GEHOUDEN",
                TestDatabase.string(
                        "SELECT l.status FROM lesbezoek l JOIN account v ON v.id = l.bezoeker_id"
                                + " JOIN account b ON b.id = l.bezochte_id WHERE l.traject_id = ? AND v.username = ? AND b.username = ?"
                                + " ORDER BY l.id DESC LIMIT 1",
                        id,
                        "leraar",
                        "aanjager"));
        assertTrue(browser.textOf("[id='tabs:bezoekenForm:lesbezoeken']").contains("loop rond tijdens het nadenken"));
        String na = browser.textOf("#ritmeLesbezoeken");
        assertFalse(voor.equals(na), "the rhythm counts the visit: " + voor + " / " + na);
        browser.screenshot("lesbezoek-vastgelegd");
    }

    @Test
    default void theRhythmChartShowsWhoFallsBehindOnEachDashboard() {
        Browser browser = browser();
        browser.login("expertcoach.rijnmond", InschrijvingScenarios.PASSWORD);
        browser.show("#ritmeOverzicht");
        assertTrue(browser.has("#ritmeOverzicht canvas"), "a chart");
        String tabel = browser.textOf("[id='ritmeTabel']");
        assertTrue(tabel.contains("OBS De Kameleon") && tabel.contains("Loopt achter"), tabel);
        assertTrue(browser.has("[id='ritmeTabel'] tr.lk-te-laat"), "the team without bordsessies is highlighted");
        String balken = chartLabels(browser);
        assertTrue(
                balken.matches("(?s).*OBS De Kameleon[^|]* \u2014 0 van [1-4] (schoolweek|schoolweken).*"),
                "a team without bordsessies says so: " + balken);
        assertFalse(balken.contains("achter"), "the chart speaks of bordsessies only, as its title says: " + balken);
        browser.screenshot("ritme-expertcoach");
        browser.logout();

        browser.login("schoolcoach", InschrijvingScenarios.PASSWORD);
        String eigen = browser.textOf("[id='ritmeTabel']");
        assertTrue(eigen.contains("OBS De Regenboog"), eigen);
        assertFalse(eigen.contains("OBS De Kameleon"), "only the own school");
        assertTrue(eigen.contains("4 / 4"), "a bordsessie in each of the last four school weeks: " + eigen);
        browser.show("#ritmeOverzicht");
        assertTrue(chartLabels(browser).contains("OBS De Regenboog \u2014 4 van 4 schoolweken"), chartLabels(browser));
        browser.screenshot("ritme-school");
        browser.logout();

        browser.login("bestuurder", InschrijvingScenarios.PASSWORD);
        String bestuur = browser.textOf("[id='ritmeTabel']");
        assertTrue(bestuur.contains("OBS De Regenboog") && !bestuur.contains("OBS De Kameleon"), bestuur);
        browser.show("#ritmeOverzicht");
        browser.screenshot("ritme-bestuurder");
    }

    @Test
    default void theCentralTeamEntersTheSchoolHolidaysTheRhythmSkips() {
        long voor = TestDatabase.number("SELECT COUNT(*) FROM schoolvakantie");
        Browser browser = browser();
        browser.login("centraal", InschrijvingScenarios.PASSWORD);
        browser.open("centraal/vakanties.xhtml");
        assertTrue(browser.text().contains("Kerstvakantie 2026-2027"), "the demo holidays");

        browser.type("vakantieForm:naam", "Kerstvakantie <b>extra</b>");
        browser.type("vakantieForm:van_input", "21-12-2026");
        browser.type("vakantieForm:tot_input", "04-01-2027");
        browser.click("[id='vakantieForm:voegToe']");
        browser.waitForText("Gebruik geen HTML-code");
        browser.type("vakantieForm:naam", "Extra kerstweek");
        browser.click("[id='vakantieForm:voegToe']");
        browser.waitForText("Deze periode overlapt met Kerstvakantie 2026-2027.");
        browser.replace("vakantieForm:van_input", "10-07-2027");
        browser.replace("vakantieForm:tot_input", "01-09-2027");
        browser.click("[id='vakantieForm:voegToe']");
        browser.waitForText("ten hoogste zeven weken");
        assertEquals(voor, TestDatabase.number("SELECT COUNT(*) FROM schoolvakantie"), "nothing stored");

        browser.replace("vakantieForm:naam", "Studiedagen juni 2027");
        browser.replace("vakantieForm:van_input", "14-06-2027");
        browser.replace("vakantieForm:tot_input", "18-06-2027");
        browser.click("[id='vakantieForm:voegToe']");
        browser.waitForText("De vakantie is toegevoegd.");
        assertEquals(voor + 1, TestDatabase.number("SELECT COUNT(*) FROM schoolvakantie"));
        browser.screenshot("vakanties");
        browser.click("button[data-vakantie='Studiedagen juni 2027']");
        browser.waitUntilVisible("lijstForm:ja");
        browser.click("[id='lijstForm:ja']");
        browser.waitForText("De vakantie is verwijderd.");
        assertEquals(voor, TestDatabase.number("SELECT COUNT(*) FROM schoolvakantie"));
    }

    @Test
    default void theBestuurderExportsTheBoardsOverviewAsPdf() throws java.io.IOException {
        Browser browser = browser();
        browser.login("bestuurder", InschrijvingScenarios.PASSWORD);
        browser.open("traject/index.xhtml");
        assertTrue(browser.has("#overzichtPdf"));
        java.net.http.HttpResponse<byte[]> pdf = browser.download("traject/overzicht.pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals(
                "application/pdf",
                pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.body());
        // Every page: the scenarios that add schools to the demo board push the directieteam onto page 2.
        com.lowagie.text.pdf.parser.PdfTextExtractor extractor =
                new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        StringBuilder pagina = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            pagina.append(extractor.getTextFromPage(p)).append('\n');
        }
        String tekst = pagina.toString();
        assertTrue(
                tekst.contains("Verbetercultuur van bestuur tot klas")
                        && tekst.contains("Stichting Primair Onderwijs De Vallei"),
                tekst);
        assertTrue(
                tekst.contains("OBS De Regenboog") && !tekst.contains("OBS De Kameleon"),
                "only the board's own schools: " + tekst);
        assertTrue(tekst.contains("Directieteam"), tekst);
        browser.logout();

        browser.login("schoolcoach", InschrijvingScenarios.PASSWORD);
        assertEquals(403, browser.download("traject/overzicht.pdf").statusCode(), "the overview is the bestuurder's");
    }

    /**
     * The other instruments each keep their record on the trajectory's page: a lesson designed
     * together, a round of student voice (it counts for the rhythm at once) and the team's look-back.
     */
    @Test
    default void theTeamRecordsALessonDesignAStudentRoundAndALookBack() {
        long id = traject("04AB");
        String kenmerk = java.util.UUID.randomUUID().toString().substring(0, 4);
        long ontwerpen = TestDatabase.number("SELECT COUNT(*) FROM lesontwerp WHERE traject_id = ?", id);
        Browser browser = browser();
        browser.login("aanjager", InschrijvingScenarios.PASSWORD);
        browser.open("traject/traject.xhtml?id=" + id);

        browser.click("a[href*='ontwerpTab']");
        browser.waitUntilVisible("tabs:ontwerpForm:voegToe");
        assertEquals(
                vandaag().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")),
                browser.value("tabs:ontwerpForm:datum_input"),
                "today is filled in");
        browser.type("tabs:ontwerpForm:ontwerpers", "Anna Aanjager en Lotte Leraar");
        browser.type("tabs:ontwerpForm:lesdoel", "Leerlingen leggen breuken uit aan elkaar");
        browser.click("[id='tabs:ontwerpForm:voegToe']");
        browser.waitForText("Geef de les een titel");
        assertEquals(
                ontwerpen,
                TestDatabase.number("SELECT COUNT(*) FROM lesontwerp WHERE traject_id = ?", id),
                "nothing stored");
        browser.type("tabs:ontwerpForm:titel", "Breuken in groep 6 " + kenmerk);
        browser.click("[id='tabs:ontwerpForm:voegToe']");
        browser.waitForText("Het lesontwerp is vastgelegd.");
        assertEquals(ontwerpen + 1, TestDatabase.number("SELECT COUNT(*) FROM lesontwerp WHERE traject_id = ?", id));
        assertTrue(
                browser.textOf("[id$='lesontwerpen'] tbody").contains("Breuken in groep 6 " + kenmerk),
                browser.textOf("[id$='lesontwerpen'] tbody"));

        String voor = browser.textOf("#ritmeStem");
        browser.click("a[href*='stemTab']");
        browser.waitUntilVisible("tabs:stemForm:voegToe");
        browser.type("tabs:stemForm:groep", "Groep 6");
        browser.type("tabs:stemForm:vraag", "Wat hielp je vandaag het meest? " + kenmerk);
        browser.type("tabs:stemForm:uitkomst", "Uitleg van een klasgenoot hielp de meesten.");
        browser.click("[id='tabs:stemForm:voegToe']");
        browser.waitForText("De ronde Stem van de Leerling is vastgelegd.");
        assertTrue(
                browser.textOf("[id$='stemrondes'] tbody").contains("Wat hielp je vandaag het meest? " + kenmerk),
                browser.textOf("[id$='stemrondes'] tbody"));
        String na = browser.textOf("#ritmeStem");
        assertFalse(voor.equals(na), "the rhythm counts the round at once: " + voor + " / " + na);

        browser.click("a[href*='terugblikTab']");
        browser.waitUntilVisible("tabs:terugblikForm:voegToe");
        browser.click("[id='tabs:terugblikForm:voegToe']");
        browser.waitForText("Geef aan of het team op koers ligt.");
        browser.script("document.querySelector(\"[id='tabs:terugblikForm:opKoers'] .ui-radiobutton-box\").click()");
        browser.type("tabs:terugblikForm:toelichting", "Twee doelen gehaald, de bordsessies lopen " + kenmerk);
        browser.click("[id='tabs:terugblikForm:voegToe']");
        browser.waitForText("De terugblik is vastgelegd.");
        assertTrue(
                browser.textOf("[id$='terugblikken'] tbody").contains("de bordsessies lopen " + kenmerk),
                browser.textOf("[id$='terugblikken'] tbody"));
        assertEquals(
                1,
                TestDatabase.number(
                        "SELECT COUNT(*) FROM terugblik WHERE traject_id = ? AND toelichting LIKE ?",
                        id,
                        "%" + kenmerk));
    }

    @Test
    default void aDirectieteamGoesThroughItsOwnPhasesWithTheExpertcoach() {
        long id = directieteamVo();
        Testdata.trajectInStartfase(id);
        Browser browser = browser();
        browser.login("bestuurder.vo", InschrijvingScenarios.PASSWORD);
        browser.open("traject/index.xhtml");
        assertTrue(browser.textOf("[id='directieteams']").contains("Stichting Voortgezet Onderwijs Midden-Nederland"));
        browser.click("a.lk-directieteam-link[href*='id=" + id + "']");
        browser.waitForText("Verdiepingsfase en borging");
        assertEquals("Startfase", browser.textOf(".lk-fase-actief"));
        assertTrue(browser.text().contains("Verdiepingsfase en borging"), "the directieteam's own phases");
        assertFalse(browser.text().contains("Continu verbeteren"), "not a school's phases");
        assertFalse(browser.has("[id='faseForm:wissel']"), "the bestuurder follows; the Expertcoach moves it");
        browser.logout();

        browser.login("bestuurder", InschrijvingScenarios.PASSWORD);
        assertEquals(403, browser.status("traject/traject.xhtml?id=" + id), "another board's directieteam");
        browser.logout();

        browser.login("expertcoach", InschrijvingScenarios.PASSWORD);
        browser.open("traject/traject.xhtml?id=" + id);
        browser.type("faseForm:evaluatie", "Beginsituatie en behoeften met de bestuurder en twee rectoren besproken.");
        browser.click("[id='faseForm:wissel']");
        browser.waitForText("De nieuwe fase is vastgelegd.");
        assertEquals("Trainingsfase", browser.textOf(".lk-fase-actief"));
        assertEquals("TRAININGSFASE", TestDatabase.string("SELECT fase FROM traject WHERE id = ?", id));
        browser.screenshot("directieteam-traject");
        browser.logout();

        browser.login("expertcoach.rijnmond", InschrijvingScenarios.PASSWORD);
        assertEquals(403, browser.status("traject/traject.xhtml?id=" + id), "a coach without the board's schools");
    }

    /**
     * The directieteam trains the same instruments as a school's team (source text 000): its board
     * has goals, actions, successes, bordsessies and look-backs, kept by the board's bestuurder and the
     * schoolleiders of its schools. It has no lessons, so no lesson visits, lesson designs or student
     * rounds, and its rhythm is that of its bordsessies.
     */
    @Test
    default void aDirectieteamKeepsItsOwnBoardWithTheBestuurderAndTheSchoolleiders() {
        long id = directieteamVo();
        String doel = "Elke directievergadering begint aan het bord "
                + java.util.UUID.randomUUID().toString().substring(0, 4);
        long doelen = TestDatabase.number("SELECT COUNT(*) FROM traject_doel WHERE traject_id = ?", id);
        Browser browser = browser();
        browser.login("bestuurder.vo", InschrijvingScenarios.PASSWORD);
        browser.open("traject/traject.xhtml?id=" + id);
        browser.waitFor("[id='tabs:doelForm:voegDoelToe']");
        assertTrue(browser.textOf("#bestuur").contains("Directieteam"), browser.textOf("#bestuur"));
        assertTrue(browser.has("[id='ritmeBordsessies']"), "the rhythm of its bordsessies");
        assertFalse(browser.has("[id='ritmeLesbezoeken']"), "no lesson visits are due from a directieteam");
        assertFalse(browser.has("[id='ritmeStem']"), "no student rounds either");
        assertFalse(browser.has("[id='tabs:bezoekTab']"), "no lesson visits");
        assertFalse(browser.has("[id='tabs:ontwerpTab']"), "no lesson designs");
        assertFalse(browser.has("[id='tabs:stemTab']"), "no student voice");
        assertTrue(browser.has("[id='tabs:terugblikTab']"), "the look-back stays");
        assertEquals(List.of(), browser.accessibilityViolations("bestuurder.vo"));
        assertEquals(0L, browser.phoneScreenshot("telefoon/bestuurder.vo-directieteam"), "fits a phone");

        // The people to choose are the directieteam's: the board's bestuurder and its schools' leaders.
        @SuppressWarnings("unchecked")
        List<String> mensen = (List<String>) browser.script(
                "return Array.from(document.querySelectorAll(\"[id='tabs:doelForm:eigenaar_input'] option\"))"
                        + ".map(o => o.textContent.trim())");
        assertTrue(mensen.contains("Hans Mulder") && mensen.contains("Ria van Dijk"), mensen.toString());
        assertFalse(mensen.contains("Marieke de Groot"), "the lyceum's schoolcoach is not in the directieteam");
        assertFalse(mensen.contains("Bert Bestuur"), "nor another board's bestuurder");

        browser.type("tabs:doelForm:omschrijving", doel);
        browser.choose("tabs:doelForm:eigenaar", "Ria van Dijk");
        browser.type("tabs:doelForm:streefwaarde", "10 van de 10 vergaderingen");
        browser.type(
                "tabs:doelForm:deadline_input",
                vandaag().plusWeeks(8).format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        browser.click("[id='tabs:doelForm:voegDoelToe']");
        browser.waitForText("Het doel staat op het bord.");
        assertEquals(doelen + 1, TestDatabase.number("SELECT COUNT(*) FROM traject_doel WHERE traject_id = ?", id));
        assertEquals(
                "Ria van Dijk",
                TestDatabase.string(
                        "SELECT a.naam FROM traject_doel d JOIN account a ON a.id = d.eigenaar_id"
                                + " WHERE d.traject_id = ? AND d.omschrijving = ?",
                        id,
                        doel));
        browser.logout();

        // The rector finds the directieteam beside the school's own trajectory and keeps the board too.
        browser.login("schoolleider.lyceum", InschrijvingScenarios.PASSWORD);
        browser.open("traject/index.xhtml");
        assertTrue(browser.textOf("[id='directieteams']").contains("Stichting Voortgezet Onderwijs Midden-Nederland"));
        browser.open("traject/traject.xhtml?id=" + id);
        assertTrue(browser.textOf("[id='tabs:doelenForm:doelen']").contains(doel));
        String succes = "Eerste directievergadering aan het bord " + doel.substring(doel.length() - 4);
        browser.type("tabs:succesForm:succes", succes);
        browser.click("[id='tabs:succesForm:voegSuccesToe']");
        browser.waitForText("Het succes staat op het bord.");
        assertTrue(browser.textOf("#successen").contains(succes + " · Ria van Dijk"), browser.textOf("#successen"));
        browser.logout();

        browser.login("schoolcoach.lyceum", InschrijvingScenarios.PASSWORD);
        assertEquals(403, browser.status("traject/traject.xhtml?id=" + id), "the school's coach, not a director");
        browser.open("traject/index.xhtml");
        assertFalse(browser.has("[id='directieteams']"), "no directieteam in a schoolcoach's list");
    }

    /** The VO board's directieteam trajectory (demo data). */
    private static long directieteamVo() {
        return TestDatabase.number("SELECT MIN(t.id) FROM traject t JOIN bestuur b ON b.id = t.bestuur_id"
                + " WHERE t.programma = 'DIRECTIETEAM' AND b.bestuursnummer = '30512'");
    }

    /** The labels of the rhythm chart's bars, as Chart.js holds them, separated by {@code |}. */
    private static String chartLabels(Browser browser) {
        return String.valueOf(
                browser.script("return Chart.getChart(document.querySelector('#ritmeOverzicht canvas')).data.labels"
                        + ".map(function (lines) { return [].concat(lines).join(' \u2014 '); }).join('|');"));
    }
}
