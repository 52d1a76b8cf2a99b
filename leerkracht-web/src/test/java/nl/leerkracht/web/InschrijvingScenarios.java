package nl.leerkracht.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Enrolment, fee quote and invoices as their users meet them: the public form in Chromium, the
 * central team's approval, a bestuurder's view, and the REST API under concurrent use. Run by
 * {@link PlatformIT} against its one deployment (a second Payara Micro start would cost ~20 s); each
 * scenario uses its own schools, so none depends on another's data.
 */
interface InschrijvingScenarios {

    String PASSWORD = "leerkracht-demo";
    /** The next start year, from the clock (see {@link Jaren}). */
    String VOLGEND_JAAR = Jaren.volgend().toString();
    /** The same school year as the {@code startjaar} column stores it: the year it starts in. */
    int VOLGEND_STARTJAAR = Jaren.volgend().startJaar();

    String AANJAGER_NAAM = "[id$=':aanjagerNaam']";

    String base();

    Browser browser();

    // --- the public form ----------------------------------------------------------------------

    @Test
    default void aPublicEnrolmentRequestShowsItsQuoteAndIsStored() {
        Testdata.School brug = Testdata.schoolZoals("22EF");
        Browser browser = browser();
        browser.open("inschrijving/aanvragen.xhtml");
        assertEquals("Inschrijven voor een leerKRACHT-traject", browser.title());
        // An aanjager added before the school is chosen: the row appears and the page stays.
        browser.click("[id='aanvraagForm:aanjagerErbij']");
        browser.waitForCount(AANJAGER_NAAM, 2);
        browser.type("aanvraagForm:brin", brug.brin().toLowerCase(java.util.Locale.ROOT));
        browser.click("[id='aanvraagForm:zoekSchool']");
        browser.waitForText(brug.naam() + " · BRIN " + brug.brin());
        browser.choose("aanvraagForm:eenheid", brug.brin() + "00 VSO De Brug");
        browser.choose("aanvraagForm:startjaar", "September, schooljaar " + VOLGEND_JAAR);
        browser.type("aanvraagForm:leraren", "11");
        browser.leave("aanvraagForm:leraren");
        browser.waitForText("Totaal");
        String quote = browser.textOf("[id='aanvraagForm:offertePanel']");
        assertTrue(
                quote.contains("Je geeft minder dan 12 leraren op: de bijdrage geldt voor het minimum van 12 leraren."),
                quote);
        assertTrue(quote.contains("€ 5.700,00"), "year 1: 12 × € 475 — " + quote);
        assertTrue(quote.contains("€ 3.300,00"), "year 2: 12 × € 275 — " + quote);
        assertTrue(quote.contains("€ 9.000,00"), "total — " + quote);
        browser.show("[id='aanvraagForm:offertePanel']");
        browser.screenshot("inschrijving-offerte");

        browser.type("aanvraagForm:coachNaam", "Bram de Brug");
        browser.replace("aanvraagForm:coachFte_input", "0,4");
        browser.typeInto(":0:aanjagerNaam", "Ayla Öztürk");
        browser.typeInto(":0:aanjagerFte_input", "0,2");
        browser.typeInto(":1:aanjagerNaam", "Wordt Verwijderd");
        // A third after the school is chosen, then the second removed: what was typed stays.
        browser.click("[id='aanvraagForm:aanjagerErbij']");
        browser.waitForCount(AANJAGER_NAAM, 3);
        browser.typeInto(":2:aanjagerNaam", "Sem de Vries");
        browser.typeInto(":2:aanjagerFte_input", "0,1");
        browser.click("[id$=':1:aanjagerWeg']");
        browser.waitForCount(AANJAGER_NAAM, 2);
        assertEquals("Ayla Öztürk", browser.value(browser.idEndingWith(":0:aanjagerNaam")));
        assertEquals("Sem de Vries", browser.value(browser.idEndingWith(":1:aanjagerNaam")));
        browser.type("aanvraagForm:naam", "José Muñoz");
        browser.type("aanvraagForm:email", "j.munoz@vsodebrug.nl");
        browser.click("[id='aanvraagForm:functie'] .ui-radiobutton-box");
        browser.check("aanvraagForm:besluitSamen");
        browser.check("aanvraagForm:tijd");
        browser.screenshot("inschrijving-aanvragen-offerte");
        browser.click("[id='aanvraagForm:verstuur']");
        browser.waitForText("Je inschrijving is ontvangen");
        browser.screenshot("inschrijving-ontvangen");

        long school = brug.id();
        assertEquals(
                1,
                TestDatabase.number(
                        "SELECT COUNT(*) FROM inschrijving WHERE school_id = ? AND startjaar = ?",
                        school,
                        VOLGEND_STARTJAAR));
        assertEquals("AANGEVRAAGD", TestDatabase.string("SELECT status FROM inschrijving WHERE school_id = ?", school));
        assertEquals("11", TestDatabase.string("SELECT aantal_leraren FROM inschrijving WHERE school_id = ?", school));
        assertEquals(
                "José Muñoz",
                TestDatabase.string("SELECT aanvrager_naam FROM inschrijving WHERE school_id = ?", school));
        assertEquals(
                java.util.List.of("Ayla Öztürk", "Sem de Vries"),
                TestDatabase.strings(
                        "SELECT k.naam FROM"
                                + " inschrijving_kernteam k JOIN inschrijving i ON i.id = k.inschrijving_id WHERE i.school_id = ?"
                                + " AND k.rol = 'AANJAGER' ORDER BY k.naam",
                        school));
    }

    @Test
    default void badInputInThePublicFormIsAnsweredInDutchAndNothingIsStored() {
        long school = TestDatabase.schoolId("06EF");
        Browser browser = browser();
        browser.open("inschrijving/aanvragen.xhtml");

        browser.type("aanvraagForm:brin", "99ZZ");
        browser.click("[id='aanvraagForm:zoekSchool']");
        browser.waitForText("Er is geen school met BRIN-code 99ZZ bekend.");

        browser.click("[id='aanvraagForm:verstuur']");
        browser.waitForText("Vul het aantal leraren in.");
        String text = browser.text();
        for (String expected : List.of(
                "Vul de naam van de schoolcoach in.",
                "Vul je naam in.",
                "Vul je e-mailadres in.",
                "Kies je functie.")) {
            // Beside its field, and not a second time in the list at the top.
            assertEquals(
                    1, text.split(java.util.regex.Pattern.quote(expected), -1).length - 1, expected + " — " + text);
        }
        browser.waitUntilFocused("[aria-invalid='true']");
        browser.screenshot("inschrijving-leeg-formulier");

        browser.type("aanvraagForm:brin", "06EF");
        browser.click("[id='aanvraagForm:zoekSchool']");
        browser.waitForText("Basisschool De Wilgen · BRIN 06EF");
        for (String wrong : List.of("0", "-5", "10000")) {
            browser.type("aanvraagForm:leraren", wrong);
            browser.leave("aanvraagForm:leraren");
            browser.waitForText("Vul een aantal leraren tussen 1 en 5.000 in.");
            assertFalse(browser.has("[id='aanvraagForm:offerteTotaal']"), "no quote for " + wrong);
        }
        browser.type("aanvraagForm:leraren", "twintig");
        browser.leave("aanvraagForm:leraren");
        browser.waitForText("Vul het aantal leraren in als heel getal, bijvoorbeeld 24.");

        browser.type("aanvraagForm:leraren", "31");
        browser.leave("aanvraagForm:leraren");
        browser.waitForText("In het primair onderwijs geldt geen minimum of maximum");
        fillInPeople(browser, "Willem Wilgen", "Wim Wilgen", "Wendy Wilgen", "geen-adres");
        browser.click("[id='aanvraagForm:verstuur']");
        browser.waitForText("Vul een geldig e-mailadres in, bijvoorbeeld naam@school.nl.");

        browser.type("aanvraagForm:email", "wendy@dewilgen.nl");
        browser.type("aanvraagForm:coachNaam", "<script>document.title='xss'</script>");
        browser.click("[id='aanvraagForm:verstuur']");
        browser.waitForText("Gebruik geen < of > in een naam.");
        assertFalse(browser.text().contains("Je inschrijving is ontvangen"));

        browser.type("aanvraagForm:coachNaam", "Willem Wilgen");
        browser.click("[id='aanvraagForm:verstuur']");
        browser.waitForText("Bevestig dat team en schoolleiding samen hebben besloten");
        browser.screenshot("inschrijving-geweigerd");
        assertEquals(
                0,
                TestDatabase.number("SELECT COUNT(*) FROM inschrijving WHERE school_id = ?", school),
                "a refused request leaves nothing behind");
    }

    // --- the REST API ---------------------------------------------------------------------------

    @Test
    default void theApiAsksForALoginExceptForTheQuote() {
        Api anonymous = Api.anonymous(base());
        HttpResponse<String> quote = anonymous.get("api/offerte?sector=MBO&leraren=80&startjaar=" + VOLGEND_JAAR);
        assertEquals(200, quote.statusCode(), quote.body());
        assertEquals(
                "75", Api.field(quote.body(), "factureerbareLeraren"), "80 teachers are billed as the maximum of 75");
        assertEquals("MAXIMUM", Api.field(quote.body(), "grondslag"));

        HttpResponse<String> bad =
                anonymous.get("api/offerte?sector=KINDEROPVANG&leraren=20&startjaar=" + VOLGEND_JAAR);
        assertEquals(400, bad.statusCode());
        assertNotNull(Api.field(bad.body(), "melding"), bad.body());

        assertEquals(401, anonymous.get("api/inschrijvingen").statusCode());
        assertEquals(401, anonymous.get("api/scholen").statusCode());
        assertEquals(
                401,
                Api.as(base(), "centraal")
                        .withPassword("fout")
                        .get("api/inschrijvingen")
                        .statusCode());
        assertEquals(
                403,
                Api.as(base(), "leraar").get("api/inschrijvingen").statusCode(),
                "a teacher has no enrolments to see");

        assertEquals(401, anonymous.get("openapi").statusCode(), "the API description is the central team's");
        assertEquals(403, Api.as(base(), "bestuurder").get("openapi").statusCode());
    }

    @Test
    default void theApiDescriptionPassesAStrictOpenApiValidator() {
        for (String accept : List.of("application/json", "application/yaml")) {
            HttpResponse<String> openapi =
                    Api.as(base(), "centraal").send("GET", "openapi", null, null, "Accept", accept);
            assertEquals(200, openapi.statusCode(), openapi.body());
            io.swagger.v3.parser.core.models.SwaggerParseResult parsed =
                    new io.swagger.v3.parser.OpenAPIV3Parser().readContents(openapi.body(), null, null);
            assertEquals(
                    List.of(),
                    parsed.getMessages(),
                    "the " + accept + " document is OpenAPI 3 without errors or unknown fields");
            assertTrue(parsed.getOpenAPI().getPaths().containsKey("/api/offerte"), openapi.body());
            java.util.Set<String> described = new java.util.TreeSet<>();
            parsed.getOpenAPI()
                    .getPaths()
                    .forEach((path, item) ->
                            item.readOperationsMap().keySet().forEach(method -> described.add(method + " " + path)));
            assertEquals(
                    new java.util.TreeSet<>(List.of(
                            "GET /api/offerte",
                            "GET /api/inschrijvingen",
                            "POST /api/inschrijvingen",
                            "GET /api/inschrijvingen/{id}",
                            "POST /api/inschrijvingen/{id}/goedkeuring",
                            "POST /api/inschrijvingen/{id}/facturen",
                            "GET /api/scholen",
                            "GET /api/certificaten/{code}",
                            "GET /api/scholen/kaart",
                            "GET /api/informatiebijeenkomsten",
                            "POST /api/informatiebijeenkomsten/{id}/aanmeldingen")),
                    described,
                    "every API call is described");
        }
    }

    @Test
    default void twentySimultaneousRequestsForOneSchoolAndYearStoreExactlyOne() throws Exception {
        Testdata.School piramide = Testdata.schoolZoals("11LM");
        long school = piramide.id();
        Api schoolleider = Api.as(base(), Testdata.persoonZoals("schoolleider.piramide", piramide));
        String body = Api.aanvraag(school, null, null, VOLGEND_JAAR, 38);
        List<HttpResponse<String>> responses = Parallel.run(20, i -> schoolleider.post("api/inschrijvingen", body));

        List<Integer> statuses =
                responses.stream().map(HttpResponse::statusCode).toList();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(19, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        HttpResponse<String> refused = responses.stream()
                .filter(r -> r.statusCode() == 409)
                .findFirst()
                .orElseThrow();
        assertEquals(
                piramide.naam() + " is al ingeschreven voor schooljaar " + VOLGEND_JAAR
                        + ". Per school, vestiging of team is er" + " één inschrijving per startjaar.",
                Api.field(refused.body(), "melding"));
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM inschrijving WHERE school_id = ?", school));
        assertEquals(
                "Fatima El Amrani",
                TestDatabase.string("SELECT aanvrager_naam FROM inschrijving WHERE school_id = ?", school),
                "a logged-in schoolleider requests in their own name");

        HttpResponse<String> otherSchool = schoolleider.post(
                "api/inschrijvingen", Api.aanvraag(TestDatabase.schoolId("12NP"), null, null, VOLGEND_JAAR, 20));
        assertEquals(403, otherSchool.statusCode(), "a schoolleider enrols only the own school");
    }

    @Test
    default void aClosedSchoolYearOrAStartOutsideSeptemberIsRefusedWithTheNextStartOffered() {
        long school = TestDatabase.schoolId("12NP");
        Api bestuurder = Api.as(base(), "bestuurder.rijnmond");
        HttpResponse<String> closed = bestuurder.post(
                "api/inschrijvingen",
                Api.aanvraag(school, null, null, Jaren.huidig().toString(), 22));
        assertEquals(400, closed.statusCode(), closed.body());
        assertEquals(
                "Inschrijven voor schooljaar " + Jaren.huidig() + " kan niet meer: de inschrijving is gesloten op"
                        + " 1 september " + Jaren.huidig().startJaar()
                        + ". De eerstvolgende mogelijke start is september van schooljaar "
                        + VOLGEND_JAAR + ".",
                Api.field(closed.body(), "melding"));

        for (String start : List.of("2027-01-15", "januari 2027", "2027-2029")) {
            HttpResponse<String> wrong =
                    bestuurder.post("api/inschrijvingen", Api.aanvraag(school, null, null, start, 22));
            assertEquals(400, wrong.statusCode(), start);
            assertEquals("Kies een startjaar zoals " + VOLGEND_JAAR + ".", Api.field(wrong.body(), "melding"), start);
        }
        for (int teachers : List.of(0, -5, 10_000)) {
            HttpResponse<String> wrong =
                    bestuurder.post("api/inschrijvingen", Api.aanvraag(school, null, null, VOLGEND_JAAR, teachers));
            assertEquals(400, wrong.statusCode(), teachers + " teachers");
            assertEquals("Vul een aantal leraren tussen 1 en 5.000 in.", Api.field(wrong.body(), "melding"));
        }
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM inschrijving WHERE school_id = ?", school));
    }

    // --- approval and what each role sees -----------------------------------------------------

    @Test
    default void theCentralTeamApprovesAndTheBestuurderSeesTheResult() {
        Testdata.School kompas = Testdata.schoolZoals("05CD");
        long school = kompas.id();
        HttpResponse<String> created = Api.as(base(), "bestuurder")
                .post("api/inschrijvingen", Api.aanvraag(school, null, null, VOLGEND_JAAR, 18));
        assertEquals(201, created.statusCode(), created.body());
        String id = Api.field(created.body(), "id");

        Browser browser = browser();
        browser.login("centraal", PASSWORD);
        zoekInschrijving(browser, kompas.naam());
        browser.screenshot("inschrijvingen-centraal");
        browser.open("inschrijving/inschrijving.xhtml?id=" + id);
        assertEquals("Aangevraagd", browser.textOf("#status"));
        browser.click("[id='acties:goedkeuren']");
        browser.waitForText("Goedgekeurd");
        browser.screenshot("inschrijving-goedgekeurd");
        assertEquals("Goedgekeurd", browser.textOf("#status"));
        String history = browser.textOf("[id$='historie']");
        assertTrue(history.contains("Carla Centraal"), "the history names who approved — " + history);
        assertEquals(
                "GOEDGEKEURD", TestDatabase.string("SELECT status FROM inschrijving WHERE id = ?", Long.parseLong(id)));
        browser.logout();

        browser.login("bestuurder", PASSWORD);
        zoekInschrijving(browser, kompas.naam());
        assertTrue(browser.text().contains("Goedgekeurd"), browser.text());
        assertFalse(browser.text().contains("OBS De Piramide"), "another board's enrolment stays hidden");
        browser.screenshot("inschrijvingen-bestuurder");
        assertEquals(200, browser.status("inschrijving/inschrijving.xhtml?id=" + id));
        browser.logout();

        browser.login("schoolleider", PASSWORD);
        assertEquals(
                403, browser.status("inschrijving/inschrijving.xhtml?id=" + id), "another school of the same board");
        browser.logout();
        browser.login("schoolcoach", PASSWORD);
        assertEquals(403, browser.status("inschrijving/index.xhtml"), "a schoolcoach has no enrolment screens");

        assertEquals(
                403,
                Api.as(base(), "bestuurder.rijnmond")
                        .get("api/inschrijvingen/" + id)
                        .statusCode());
        assertEquals(
                404,
                Api.as(base(), "centraal").get("api/inschrijvingen/999999999").statusCode());
        HttpResponse<String> own = Api.as(base(), "bestuurder").get("api/inschrijvingen/" + id);
        assertEquals(200, own.statusCode());
        assertEquals("GOEDGEKEURD", Api.field(own.body(), "status"));
        HttpResponse<String> again = Api.as(base(), "centraal").post("api/inschrijvingen/" + id + "/goedkeuring", "");
        assertEquals(400, again.statusCode(), "an approved enrolment is not approved twice");
    }

    @Test
    default void theCentralTeamRejectsWithAReasonAgreesThePoFollowUpAndStops() {
        long school = Testdata.schoolZoals("08JK").id();
        Api bestuurder = Api.as(base(), "bestuurder");
        String aanvraag = Api.aanvraag(school, null, null, VOLGEND_JAAR, 27);
        HttpResponse<String> created = bestuurder.post("api/inschrijvingen", aanvraag);
        assertEquals(201, created.statusCode(), created.body());
        String id = Api.field(created.body(), "id");

        Browser browser = browser();
        browser.login("centraal", PASSWORD);
        browser.open("inschrijving/inschrijving.xhtml?id=" + id);
        browser.click("[id='acties:afwijzen']");
        browser.waitUntilVisible("redenForm:reden");
        browser.click("[id='redenForm:bevestigAfwijzen']");
        browser.waitForText("Vul een reden in.");
        browser.type("redenForm:reden", "Eerst een informatiebijeenkomst bezoeken.");
        browser.click("[id='redenForm:bevestigAfwijzen']");
        browser.waitForText("De inschrijving is afgewezen.");
        browser.waitUntilHidden("afwijzenDialog");
        assertEquals("Afgewezen", browser.textOf("#status"));
        assertTrue(browser.textOf("[id$='historie']").contains("Eerst een informatiebijeenkomst bezoeken."));

        HttpResponse<String> again = bestuurder.post("api/inschrijvingen", aanvraag);
        assertEquals(201, again.statusCode(), "after a rejection the school may request again: " + again.body());
        String nieuw = Api.field(again.body(), "id");
        assertEquals(
                200,
                Api.as(base(), "centraal")
                        .post("api/inschrijvingen/" + nieuw + "/goedkeuring", "")
                        .statusCode());

        browser.open("inschrijving/inschrijving.xhtml?id=" + nieuw);
        assertFalse(browser.has("[id='acties:factureer2']"), "PO year 2 waits for the agreed follow-up");
        browser.click("[id='acties:vervolg']");
        browser.waitUntilVisible("vervolgForm:bedrag_input");
        browser.replace("vervolgForm:bedrag_input", "300");
        browser.click("[id='vervolgForm:bevestigVervolg']");
        browser.waitForText("Het vervolg kost meer dan € 0 en hoogstens het plafond van het tarief per leraar.");
        browser.replace("vervolgForm:bedrag_input", "250");
        browser.click("[id='vervolgForm:bevestigVervolg']");
        browser.waitForText("Het vervolg is vastgelegd.");
        browser.waitUntilHidden("vervolgDialog");
        assertEquals(
                "250.00",
                TestDatabase.string("SELECT vervolgbedrag FROM inschrijving WHERE id = ?", Long.parseLong(nieuw)));
        assertTrue(browser.has("[id='acties:factureer2']"), "year 2 can be invoiced once agreed");

        browser.click("[id='acties:stoppen']");
        browser.waitUntilVisible("stopForm:reden");
        browser.type("stopForm:reden", "Het bestuur heeft de school samengevoegd.");
        browser.click("[id='stopForm:bevestigStoppen']");
        browser.waitForText("Het traject is gestopt.");
        browser.screenshot("inschrijving-gestopt");
        assertEquals(
                "GESTOPT", TestDatabase.string("SELECT status FROM inschrijving WHERE id = ?", Long.parseLong(nieuw)));
        assertEquals(
                3,
                TestDatabase.number(
                        "SELECT COUNT(*) FROM inschrijving_historie WHERE inschrijving_id = ?", Long.parseLong(nieuw)),
                "requested, approved, stopped");
    }

    // --- start years ---------------------------------------------------------------------------

    @Test
    default void theCentralTeamOpensTheNextStartYearAndSetsItsClosingDate() {
        Browser browser = browser();
        browser.login("centraal", PASSWORD);
        browser.open("centraal/tarieven.xhtml");
        browser.waitForText("Startjaren en inschrijftermijn");
        // Two years ahead opens, once; three years ahead is too far.
        String open = Jaren.over(2).toString();
        int openJaar = Jaren.over(2).startJaar();
        if (TestDatabase.number("SELECT COUNT(*) FROM tarief WHERE startjaar = ?", openJaar) == 0) {
            browser.click("[id='startjarenForm:openVolgend']");
            browser.waitForText("Startjaar " + open + " is geopend met de tarieven van het jaar ervoor.");
        }
        assertEquals(
                4, TestDatabase.number("SELECT COUNT(*) FROM tarief WHERE startjaar = ?", openJaar), "every sector");
        assertEquals(
                "475.00",
                TestDatabase.string("SELECT jaar_1 FROM tarief WHERE startjaar = ? AND sector = 'MBO'", openJaar));
        browser.click("[id='startjarenForm:openVolgend']");
        browser.waitForText("Startjaar " + Jaren.over(3) + " ligt meer dan twee jaar vooruit; open het later.");
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM tarief WHERE startjaar = ?", openJaar + 1));

        browser.click("[data-startjaar='" + open + "']");
        browser.waitUntilVisible("sluitingForm:datum_input");
        browser.replace("sluitingForm:datum_input", "15-06-" + openJaar);
        browser.leave("sluitingForm:datum_input");
        browser.click("[id='sluitingForm:bewaarSluiting']");
        browser.waitForText("De sluitingsdatum voor " + open + " is opgeslagen.");
        browser.waitForText("15 juni " + openJaar);
        browser.waitUntilHidden("sluitingDialog");

        browser.click("[data-startjaar='" + open + "']");
        browser.waitUntilVisible("sluitingForm:datum_input");
        browser.replace("sluitingForm:datum_input", "01-10-" + openJaar);
        browser.leave("sluitingForm:datum_input");
        browser.click("[id='sluitingForm:bewaarSluiting']");
        browser.waitForText("De sluitingsdatum voor " + open + " ligt niet vóór 1 september " + (openJaar - 1)
                + " en niet na 1 september " + openJaar + ".");
        browser.screenshot("tarieven-startjaren");
        assertEquals(
                openJaar + "-06-15",
                TestDatabase.string("SELECT sluitingsdatum FROM inschrijfperiode WHERE startjaar = ?", openJaar));

        HttpResponse<String> offer = Api.anonymous(base()).get("api/offerte?sector=PO&leraren=20&startjaar=" + open);
        assertEquals(200, offer.statusCode(), "the new start year has its quote");
        assertEquals("9500.00", Api.field(offer.body(), "bedrag"));
    }

    // --- invoices ---------------------------------------------------------------------------

    @Test
    default void invoicesIssuedAtTheSameTimeGetConsecutiveNumbersWithoutGapsOrDuplicates() throws Exception {
        Api centraal = Api.as(base(), "centraal");
        List<String> enrolments = new ArrayList<>();
        for (String brin : List.of("25LM", "26NP", "27QR", "28ST", "29UV")) {
            long school = Testdata.schoolZoals(brin).id();
            for (String team : TestDatabase.strings("SELECT id FROM team WHERE school_id = ? ORDER BY id", school)) {
                HttpResponse<String> created = centraal.post(
                        "api/inschrijvingen", Api.aanvraag(school, "teamId", Long.parseLong(team), VOLGEND_JAAR, 20));
                assertEquals(201, created.statusCode(), created.body());
                String id = Api.field(created.body(), "id");
                assertEquals(
                        200,
                        centraal.post("api/inschrijvingen/" + id + "/goedkeuring", "")
                                .statusCode());
                enrolments.add(id);
            }
        }
        int n = enrolments.size();
        assertTrue(n >= 10, "two teams at each of five schools: " + n);

        // Every enrolment twice at once: n invoices, and n refusals that must not use up a number.
        List<HttpResponse<String>> responses = Parallel.run(
                2 * n,
                i -> centraal.post("api/inschrijvingen/" + enrolments.get(i % n) + "/facturen?programmajaar=1", ""));
        Set<String> numbers = new HashSet<>();
        int refused = 0;
        for (HttpResponse<String> response : responses) {
            if (response.statusCode() == 201) {
                numbers.add(Api.field(response.body(), "nummer"));
            } else {
                assertEquals(400, response.statusCode(), response.body());
                assertTrue(Api.field(response.body(), "melding").contains("is al gefactureerd"), response.body());
                refused++;
            }
        }
        assertEquals(n, numbers.size(), n + " distinct numbers: " + numbers);
        assertEquals(n, refused);
        for (String id : enrolments) {
            assertEquals(
                    1,
                    TestDatabase.number("SELECT COUNT(*) FROM factuur WHERE inschrijving_id = ?", Long.parseLong(id)));
        }
        assertSeriesHaveNoGaps();

        String invoice = TestDatabase.string(
                "SELECT id FROM factuur WHERE inschrijving_id = ?", Long.parseLong(enrolments.get(0)));
        String team = TestDatabase.string(
                "SELECT t.naam FROM inschrijving i JOIN team t ON t.id = i.team_id WHERE i.id = ?",
                Long.parseLong(enrolments.get(0)));
        assertTrue(team.startsWith("Team "), team);
        assertEquals(
                team,
                TestDatabase.string("SELECT eenheid FROM factuur WHERE id = ?", Long.parseLong(invoice)),
                "the invoice names the team it is for");
        assertEquals(
                0,
                new java.math.BigDecimal("9500.00")
                        .compareTo(new java.math.BigDecimal(TestDatabase.string(
                                "SELECT bedrag FROM factuur WHERE id = ?", Long.parseLong(invoice)))),
                "20 × € 475");

        Browser browser = browser();
        browser.login("centraal", PASSWORD);
        HttpResponse<byte[]> pdf = browser.download("inschrijving/factuur.pdf?id=" + invoice);
        assertEquals(200, pdf.statusCode());
        assertEquals(
                "application/pdf",
                pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));

        HttpResponse<byte[]> csv = browser.download("inschrijving/facturen.csv?schooljaar=" + VOLGEND_JAAR);
        assertEquals(200, csv.statusCode());
        String rows = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(rows.startsWith("\uFEFF"), "a BOM, so Excel reads UTF-8");
        assertTrue(rows.contains("ROC Midden Nederland Utrecht") && rows.contains("9500,00"), rows);
        browser.logout();

        browser.login("bestuurder", PASSWORD);
        assertEquals(
                403,
                browser.download("inschrijving/factuur.pdf?id=" + invoice).statusCode(),
                "another board's invoice");
        browser.logout();
        browser.login("bestuurder.mbo", PASSWORD);
        assertEquals(
                200,
                browser.download("inschrijving/factuur.pdf?id=" + invoice).statusCode(),
                "the board's own invoice");
    }

    @Test
    default void theCentralTeamInvoicesASchoolYearAtOnceWithProgress() {
        Api centraal = Api.as(base(), "centraal");
        long school = Testdata.schoolZoals("07GH").id();
        HttpResponse<String> created = Api.as(base(), "bestuurder")
                .post("api/inschrijvingen", Api.aanvraag(school, null, null, VOLGEND_JAAR, 15));
        assertEquals(201, created.statusCode(), created.body());
        String id = Api.field(created.body(), "id");
        assertEquals(
                200,
                centraal.post("api/inschrijvingen/" + id + "/goedkeuring", "").statusCode());

        Browser browser = browser();
        browser.login("centraal", PASSWORD);
        browser.open("inschrijving/facturen.xhtml");
        browser.choose("facturenForm:schooljaar", VOLGEND_JAAR);
        browser.click("[id='facturenForm:maken']");
        browser.waitForText("facturen gemaakt voor schooljaar " + VOLGEND_JAAR);
        browser.screenshot("facturen-gemaakt");
        assertTrue(browser.has("[id='facturenForm:balk']"), "a progress bar while the invoices are made");
        String nummer = TestDatabase.string("SELECT nummer FROM factuur WHERE inschrijving_id = ?", Long.parseLong(id));
        assertNotNull(nummer, "the approved enrolment of the year was invoiced");
        assertSeriesHaveNoGaps();

        browser.click("[id='facturenForm:maken']");
        browser.waitForText("Er valt voor schooljaar " + VOLGEND_JAAR + " niets (meer) te factureren.");
        assertEquals(
                1,
                TestDatabase.number("SELECT COUNT(*) FROM factuur WHERE inschrijving_id = ?", Long.parseLong(id)),
                "a second run issues nothing twice");

        browser.open("inschrijving/inschrijving.xhtml?id=" + id);
        assertTrue(browser.text().contains(nummer), "the enrolment lists its invoice — " + browser.text());
        browser.screenshot("inschrijving-met-factuur");
    }

    /** Fills in the people of an enrolment request: the schoolcoach, one aanjager, and who asks, with their function. */
    static void fillInPeople(Browser browser, String coach, String aanjager, String naam, String email) {
        browser.type("aanvraagForm:coachNaam", coach);
        browser.replace("aanvraagForm:coachFte_input", "0,4");
        browser.typeInto(":0:aanjagerNaam", aanjager);
        browser.typeInto(":0:aanjagerFte_input", "0,2");
        browser.type("aanvraagForm:naam", naam);
        browser.type("aanvraagForm:email", email);
        browser.click("[id='aanvraagForm:functie'] .ui-radiobutton-box");
    }

    /** The enrolments list, searched for one school. */
    private static void zoekInschrijving(Browser browser, String school) {
        browser.open("inschrijving/index.xhtml");
        browser.type("inschrijvingenForm:zoek", school);
        browser.click("[id='inschrijvingenForm:filter']");
        browser.waitForAjax();
        browser.waitForText(school);
    }

    /** Each calendar year's series runs 1, 2, 3, … with every number used once. */
    private static void assertSeriesHaveNoGaps() {
        java.util.Map<String, List<Integer>> series = new java.util.TreeMap<>();
        for (String nummer : TestDatabase.strings("SELECT nummer FROM factuur")) {
            series.computeIfAbsent(nummer.substring(0, 4), y -> new ArrayList<>())
                    .add(Integer.parseInt(nummer.substring(5)));
        }
        series.forEach((year, numbers) -> {
            List<Integer> sorted = numbers.stream().sorted().toList();
            List<Integer> expected = java.util.stream.IntStream.rangeClosed(1, sorted.size())
                    .boxed()
                    .toList();
            assertEquals(expected, sorted, "the series of " + year + " runs 1, 2, 3, … without gaps or duplicates");
        });
    }
}
