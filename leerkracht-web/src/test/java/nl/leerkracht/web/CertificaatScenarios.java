package nl.leerkracht.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.leerkracht.domain.shared.Schooljaar;
import org.junit.jupiter.api.Test;

/**
 * Accreditation as its users meet it (domain.md §5): the central team's Registerleraar run, the
 * teacher's proof as a PDF, the public verification of its code, and revocation. Run by
 * {@link PlatformIT}; each test makes its own school with a trajectory whose first year was last
 * school year (so the run for it is open on any day), and its own teachers.
 */
interface CertificaatScenarios {

    java.net.http.HttpClient HTTP_1_1 = java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1)
            .build();

    Pattern CODE = Pattern.compile("[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}");

    String base();

    Browser browser();

    /** The text of each PDF in a ZIP, by its name in the ZIP. */
    private static Map<String, String> pdfTeksten(byte[] zip) throws IOException {
        Map<String, String> teksten = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                assertTrue(entry.getName().endsWith(".pdf"), entry.getName());
                teksten.put(entry.getName(), new PdfTextExtractor(new PdfReader(in.readAllBytes())).getTextFromPage(1));
            }
        }
        return teksten;
    }

    @Test
    default void theCentralTeamIssuesProofsOnceAndTheTeacherDownloadsOneThatAnyoneCanVerify() throws IOException {
        Schooljaar vorig = new Schooljaar(Jaren.huidig().startJaar() - 1);
        Testdata.School school = Testdata.schoolZoals("04AB");
        Testdata.trajectVan(school, vorig);
        String leraar = Testdata.persoonZoals("leraar", school);
        String vertrokken = Testdata.persoonZoals("aanjager", school);
        String nietGeregistreerd = Testdata.persoonZoals("schoolcoach", school);
        TestDatabase.update(
                "UPDATE account SET lerarenregister = TRUE, naam = ? WHERE username = ?",
                "Zoë ’t Hooft-Yıldız",
                leraar);
        TestDatabase.update(
                "UPDATE account SET lerarenregister = TRUE, status = 'GEDEACTIVEERD', naam = ? WHERE username = ?",
                "Anaïs Çelik",
                vertrokken);
        TestDatabase.update("UPDATE account SET lerarenregister = FALSE WHERE username = ?", nietGeregistreerd);

        Browser browser = browser();
        browser.login("centraal", InschrijvingScenarios.PASSWORD);
        browser.open("centraal/certificaten.xhtml");
        assertEquals("Certificaten", browser.title());
        browser.choose("certificatenForm:schooljaar", vorig.toString());
        browser.waitForAjax();
        browser.click("[id='certificatenForm:toonKandidaten']");
        browser.waitForAjax();
        browser.waitFor("[id='certificatenForm:kandidaten_data'] > tr[data-ri]");
        assertTrue(isMee(browser, school, "Zoë ’t Hooft"), "a registered teacher is included");
        assertFalse(isMee(browser, school, "Anaïs Çelik"), "a leaver is left out unless chosen");
        assertTrue(rij(browser, "certificatenForm:kandidaten", school, "Anaïs Çelik")
                .contains("Is vertrokken"));
        assertEquals(
                "",
                rij(browser, "certificatenForm:kandidaten", school, "Coen Coach"),
                "who is not in the lerarenregister is not listed");
        browser.screenshot("certificaten-kandidaten");

        alleenVan(browser, "certificatenForm:kandidaten", school);
        browser.click("[id='certificatenForm:reikUit']");
        browser.waitForText("voor " + vorig + " uitgereikt");
        browser.screenshot("certificaten-uitgereikt");
        assertEquals(1, bewijzen(leraar, vorig));
        assertEquals(0, bewijzen(vertrokken, vorig));

        // A second run with the leaver included issues theirs and nothing twice.
        browser.click("[id='certificatenForm:toonKandidaten']");
        browser.waitForAjax();
        browser.waitFor("[id='certificatenForm:kandidaten_data'] > tr[data-ri]");
        assertTrue(rij(browser, "certificatenForm:kandidaten", school, "Zoë ’t Hooft")
                .contains("Heeft het bewijs al"));
        kies(browser, school, "Anaïs Çelik");
        alleenVan(browser, "certificatenForm:kandidaten", school);
        browser.click("[id='certificatenForm:reikUit']");
        browser.waitForText("voor " + vorig + " uitgereikt");
        assertEquals(1, bewijzen(leraar, vorig), "the first proof stands alone");
        assertEquals(1, bewijzen(vertrokken, vorig), "the chosen leaver has theirs");
        browser.logout();

        Mailbox.Mail mail = Mailbox.waitFor(leraar + "@test.example.nl", "bewijs van deelname");
        assertTrue(mail.tekst().contains("40 registeruren"), mail.tekst());
        Matcher inMail = CODE.matcher(mail.tekst());
        assertTrue(inMail.find(), mail.tekst());
        String code = inMail.group();

        // The teacher finds it on Mijn gegevens and downloads the PDF.
        browser.login(leraar, InschrijvingScenarios.PASSWORD);
        browser.open("mijn/gegevens.xhtml");
        assertTrue(browser.textOf("#mijnCertificaten").contains(code), browser.textOf("#mijnCertificaten"));
        browser.screenshot("mijn-certificaten");
        long id = TestDatabase.number("SELECT id FROM certificaat WHERE code = ?", code.replace("-", ""));
        HttpResponse<byte[]> pdf = browser.download("certificaat/certificaat.pdf?id=" + id);
        assertEquals(200, pdf.statusCode());
        assertEquals(
                "application/pdf",
                pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        Path bestand = Path.of("target/screenshots/bewijs-van-deelname.pdf");
        Files.createDirectories(bestand.getParent());
        Files.write(bestand, pdf.body());
        String tekst = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
        for (String deel : new String[] {
            "Bewijs van deelname", "Zoë ’t Hooft-Yıldız", school.naam(), vorig.toString(), "40 registeruren", code
        }) {
            assertTrue(tekst.contains(deel), deel + " in " + tekst);
        }
        browser.logout();

        // A schoolleider of another school may not have it; its own schoolleider may.
        browser.login("schoolleider", InschrijvingScenarios.PASSWORD);
        assertEquals(
                403, browser.download("certificaat/certificaat.pdf?id=" + id).statusCode());
        browser.logout();
        String eigenLeider = Testdata.persoonZoals("schoolleider", school);
        browser.login(eigenLeider, InschrijvingScenarios.PASSWORD);
        assertEquals(
                200, browser.download("certificaat/certificaat.pdf?id=" + id).statusCode());
        // ... and downloads the school's proofs of that year as one ZIP from the people page.
        browser.open("scholen/mensen.xhtml?id=" + school.id());
        assertTrue(
                browser.textOf("#bewijzen").contains("Schooljaar " + vorig + ": 2 bewijzen (ZIP)"),
                browser.textOf("#bewijzen"));
        browser.screenshot("school-bewijzen");
        browser.click("[data-zip='" + vorig + "']");
        Map<String, String> inZip =
                pdfTeksten(browser.waitForDownload("bewijzen-van-deelname-" + school.brin() + "-" + vorig + ".zip"));
        assertEquals(2, inZip.size(), inZip.keySet().toString());
        assertTrue(inZip.values().stream().anyMatch(t -> t.contains("Anaïs Çelik")), inZip.toString());
        assertTrue(inZip.values().stream().anyMatch(t -> t.contains("Zoë ’t Hooft-Yıldız")), inZip.toString());
        browser.logout();
        browser.login("schoolleider", InschrijvingScenarios.PASSWORD);
        assertEquals(
                403,
                browser.download("certificaat/bewijzen.zip?school=" + school.id() + "&schooljaar=" + vorig)
                        .statusCode(),
                "a schoolleider of another school may not have its proofs");
        browser.logout();

        // Anyone verifies the code, in any case and with or without dashes.
        browser.open("certificaat/controleren.xhtml");
        browser.type("controleForm:code", code.toLowerCase().replace("-", " "));
        browser.clickAndWait("controleForm:controleer");
        assertEquals("Dit certificaat is echt", browser.textOf("#uitkomst"));
        assertEquals("Zoë ’t Hooft-Yıldız", browser.textOf("#naam"));
        assertEquals("40", browser.textOf("#uren"));
        assertFalse(browser.text().contains(school.naam()), "verification names nothing else");
        browser.screenshot("certificaat-echt");
        browser.phoneScreenshot("certificaat-echt-telefoon");
        HttpResponse<String> api = Api.anonymous(base()).get("api/certificaten/" + code);
        assertEquals(200, api.statusCode(), api.body());
        assertEquals("Zoë ’t Hooft-Yıldız", Api.field(api.body(), "naam"));
        assertEquals("false", Api.field(api.body(), "ingetrokken"));

        browser.open("certificaat/controleren.xhtml?code=" + code.substring(0, 18) + (code.endsWith("X") ? "Y" : "X"));
        assertTrue(browser.has("#onbekend"), "a code that differs in one character is unknown");
        assertTrue(browser.textOf("#onbekend").startsWith("Deze code is onbekend."));
    }

    @Test
    default void theCentralTeamRevokesACertificateWithAReasonAndVerificationSaysSo() {
        Schooljaar vorig = new Schooljaar(Jaren.huidig().startJaar() - 1);
        Testdata.School school = Testdata.schoolZoals("04AB");
        String leraar = Testdata.persoonZoals("leraar", school);
        String code = Testdata.certificaat(leraar, school, vorig);

        Browser browser = browser();
        browser.login("centraal", InschrijvingScenarios.PASSWORD);
        browser.open("centraal/certificaten.xhtml");
        browser.choose("certificatenForm:schooljaar", vorig.toString());
        browser.waitForAjax();
        // The register finds it by the school's BRIN and the code as it was read out, dashes and all.
        browser.filter("certificatenForm:register:school:filter", school.brin());
        browser.waitForRowsContaining("certificatenForm:register", code);
        browser.filter("certificatenForm:register:code:filter", code.toLowerCase(java.util.Locale.ROOT));
        browser.waitForCount("[id='certificatenForm:register_data'] > tr[data-ri]", 1);
        browser.waitForRowsContaining("certificatenForm:register", code);
        browser.click("[data-intrekken='" + code + "']");
        browser.waitUntilVisible("intrekDialog");
        browser.click("[id='intrekForm:trekIn']");
        browser.waitForText("Geef een reden voor het intrekken");
        browser.type("intrekForm:reden", "<b>fout</b>");
        browser.click("[id='intrekForm:trekIn']");
        browser.waitForText("Een reden mag geen HTML bevatten.");
        assertEquals(
                0,
                TestDatabase.number(
                        "SELECT COUNT(*) FROM certificaat WHERE code = ? AND ingetrokken_op IS NOT NULL",
                        code.replace("-", "")));
        browser.type("intrekForm:reden", "Uitgereikt aan de verkeerde persoon");
        browser.click("[id='intrekForm:trekIn']");
        browser.waitForText("Het certificaat is ingetrokken.");
        browser.screenshot("certificaat-ingetrokken-register");

        // The name was misspelt: corrected on the platform, the certificate is issued again with a new code.
        TestDatabase.update("UPDATE account SET naam = ? WHERE username = ?", "Şükrü Yıldız", leraar);
        browser.click("[data-opnieuw='" + code + "']");
        browser.waitUntilVisible("certificatenForm:ja");
        browser.click("[id='certificatenForm:ja']");
        browser.waitForText("Opnieuw uitgereikt aan Şükrü Yıldız");
        String nieuweCode = TestDatabase.string(
                "SELECT c.code FROM certificaat c JOIN account a ON a.id = c.account_id"
                        + " WHERE a.username = ? AND c.ingetrokken_op IS NULL",
                leraar);
        assertNotEquals(code.replace("-", ""), nieuweCode);
        browser.click("[data-opnieuw='" + code + "']");
        browser.waitUntilVisible("certificatenForm:ja");
        browser.click("[id='certificatenForm:ja']");
        browser.waitForText("heeft al een geldig certificaat");
        assertEquals(
                2,
                TestDatabase.number(
                        "SELECT COUNT(*) FROM certificaat c JOIN account a ON a.id = c.account_id WHERE a.username = ?",
                        leraar),
                "issued again once, the revoked one kept");
        browser.logout();
        Mailbox.Mail mail = Mailbox.waitFor(leraar + "@test.example.nl", "opnieuw uitgereikt");
        assertTrue(
                mail.tekst()
                        .contains(nl.leerkracht.domain.certificaat.Verificatiecode.lees(nieuweCode)
                                .orElseThrow()
                                .getLeesbaar()),
                mail.tekst());
        HttpResponse<String> nieuw = Api.anonymous(base()).get("api/certificaten/" + nieuweCode);
        assertEquals("Şükrü Yıldız", Api.field(nieuw.body(), "naam"));
        assertEquals("false", Api.field(nieuw.body(), "ingetrokken"));

        browser.open("certificaat/controleren.xhtml?code=" + code);
        assertEquals("Dit certificaat is ingetrokken", browser.textOf("#uitkomst"));
        assertTrue(browser.textOf("#status").startsWith("Ingetrokken op"), browser.textOf("#status"));
        assertFalse(browser.text().contains("verkeerde persoon"), "the reason is the central team's");
        browser.screenshot("certificaat-ingetrokken");
        assertEquals(
                "true",
                Api.field(Api.anonymous(base()).get("api/certificaten/" + code).body(), "ingetrokken"));
    }

    /**
     * The Schoolleidersregister PO: a schoolleider opts in on the trajectory's page until it starts;
     * after the year the central team issues the certificate to who attended enough of the year's
     * meetings (a meeting nobody attended was cancelled and does not count), and the bestuurder sees it.
     */
    @Test
    default void aPoSchoolleiderOptsInAndTheCentralTeamCertifiesWhoAttendedEnough() {
        Schooljaar vorig = new Schooljaar(Jaren.huidig().startJaar() - 1);
        Browser browser = browser();

        // Before the start: open, and the schoolleider opts in.
        Testdata.School komend = Testdata.schoolZoals("04AB");
        long trajectKomend = Testdata.trajectVan(komend, Jaren.volgend());
        String leider = Testdata.persoonZoals("schoolleider", komend);
        browser.login(leider, InschrijvingScenarios.PASSWORD);
        browser.open("traject/traject.xhtml?id=" + trajectKomend);
        assertTrue(browser.textOf("#srpoStatus").contains("niet aangemeld"), browser.textOf("#srpoStatus"));
        browser.click("[id='srpoForm:aanmelden']");
        browser.waitForText("Je bent aangemeld voor het certificaat");
        assertEquals(
                1, TestDatabase.number("SELECT COUNT(*) FROM srpo_aanmelding WHERE traject_id = ?", trajectKomend));
        browser.screenshot("srpo-aangemeld");
        browser.logout();

        // After the start of last year's trajectory: closed, with the reason.
        Testdata.School school = Testdata.schoolZoals("04AB");
        long traject = Testdata.trajectVan(school, vorig);
        String genoeg = Testdata.persoonZoals("schoolleider", school);
        String teWeinig = Testdata.persoonZoals("schoolleider.piramide", school);
        TestDatabase.update("UPDATE account SET naam = 'Noor Genoeg' WHERE username = ?", genoeg);
        TestDatabase.update("UPDATE account SET naam = 'Tim Tekort' WHERE username = ?", teWeinig);
        browser.login(genoeg, InschrijvingScenarios.PASSWORD);
        browser.open("traject/traject.xhtml?id=" + traject);
        assertTrue(browser.has("#srpoGesloten"), "the opt-in closed when the trajectory started");
        assertFalse(browser.has("[id='srpoForm:aanmelden']"));
        browser.logout();
        for (String leiderNaam : new String[] {genoeg, teWeinig}) {
            TestDatabase.update(
                    "INSERT INTO srpo_aanmelding (traject_id, account_id, aangemeld_op) SELECT ?, id, ? FROM account"
                            + " WHERE username = ?",
                    traject,
                    java.sql.Timestamp.valueOf(vorig.getEersteDag().atTime(10, 0)),
                    leiderNaam);
        }
        // Last year's meetings of the school's cluster: 5 held (the demo schoolcoach at each, Noor at 4, Tim at 3)
        // and one nobody attended, which does not count.
        long cluster = TestDatabase.insert(
                "INSERT INTO cluster (version, naam, regio) VALUES (0, ?, 'Test')", "Cluster " + school.naam());
        TestDatabase.update("INSERT INTO cluster_school (cluster_id, school_id) VALUES (?, ?)", cluster, school.id());
        for (int i = 0; i < 6; i++) {
            long bijeenkomst = TestDatabase.insert(
                    "INSERT INTO bijeenkomst (version, cluster_id, type, titel, datum, van, tot, plaats)"
                            + " VALUES (0, ?, 'WERKSESSIE', ?, ?, '15:00:00', '17:00:00', 'Utrecht')",
                    cluster,
                    "Werksessie " + (i + 1),
                    vorig.getTrajectStart().plusWeeks(4L * i + 2));
            if (i < 5) {
                deelname(bijeenkomst, "schoolcoach", true);
                deelname(bijeenkomst, genoeg, i < 4);
                deelname(bijeenkomst, teWeinig, i < 3);
            }
        }

        browser.login("centraal", InschrijvingScenarios.PASSWORD);
        browser.open("centraal/certificaten.xhtml");
        browser.choose("certificatenForm:schooljaar", vorig.toString());
        browser.waitForAjax();
        browser.click("[id='certificatenForm:toonSrpo']");
        browser.waitForAjax();
        browser.waitFor("[id='certificatenForm:srpoKandidaten_data'] > tr[data-ri]");
        String noor = rij(browser, "certificatenForm:srpoKandidaten", school, "Noor Genoeg");
        String tim = rij(browser, "certificatenForm:srpoKandidaten", school, "Tim Tekort");
        assertTrue(noor.contains("Bij 4 van 5 bijeenkomsten aanwezig (80%), nodig is 80%."), noor);
        assertTrue(noor.contains("Persoonlijk Leiderschap"), noor);
        assertTrue(
                tim.contains("Bij 3 van 5 bijeenkomsten aanwezig (60%), nodig is 80%.") && tim.contains("Voldoet niet"),
                tim);
        browser.screenshot("srpo-kandidaten");
        alleenVan(browser, "certificatenForm:srpoKandidaten", school);
        browser.click("[id='certificatenForm:reikSrpoUit']");
        browser.waitForText("van het Schoolleidersregister PO voor " + vorig + " uitgereikt.");
        assertEquals(1, certificaten(genoeg, "PERSOONLIJK_LEIDERSCHAP", vorig));
        assertEquals(0, certificaten(teWeinig, "PERSOONLIJK_LEIDERSCHAP", vorig));
        browser.logout();

        browser.login("bestuurder", InschrijvingScenarios.PASSWORD);
        browser.open("bestuur/index.xhtml");
        assertTrue(
                browser.textOf("[id='srpoCertificaten']").contains("Noor Genoeg"),
                "the board sees its schoolleider's certificate");
        browser.screenshot("srpo-bestuur");
    }

    /** Unticks every row of another school: a run issues what this test made, not what others left. */
    private static void alleenVan(Browser browser, String tabel, Testdata.School school) {
        browser.script(
                "var rows = document.querySelectorAll(\"[id='\" + arguments[0] + \"_data'] > tr\");"
                        + " for (var i = 0; i < rows.length; i++) { var box = rows[i].querySelector('.ui-chkbox-box');"
                        + " var input = rows[i].querySelector('input[type=checkbox]');"
                        + " if (box && input && input.checked && !input.disabled"
                        + " && rows[i].textContent.indexOf(arguments[1]) < 0) box.click(); }",
                tabel,
                school.naam());
        browser.waitForAjax();
    }

    private static void deelname(long bijeenkomst, String username, boolean aanwezig) {
        TestDatabase.update(
                "INSERT INTO deelname (bijeenkomst_id, account_id, aanwezig, vastgelegd_door, vastgelegd_op)"
                        + " SELECT ?, id, ?, 'Erik Expert', ? FROM account WHERE username = ?",
                bijeenkomst,
                aanwezig,
                java.sql.Timestamp.valueOf(java.time.LocalDateTime.of(2026, 1, 1, 12, 0)),
                username);
    }

    private static long certificaten(String username, String soort, Schooljaar jaar) {
        return TestDatabase.number(
                "SELECT COUNT(*) FROM certificaat c JOIN account a ON a.id = c.account_id"
                        + " WHERE a.username = ? AND c.soort = ? AND c.schooljaar = ?",
                username,
                soort,
                jaar.startJaar());
    }

    @Test
    default void guessingCodesIsRefusedAfterTwentyUnknownOnes() {
        String gokker = eigenClient();
        int onbekend = 0;
        int geweigerd = 0;
        for (int i = 0; i < 200; i++) {
            String gok = UUID.randomUUID()
                            .toString()
                            .replaceAll("[^2-9A-HJ-NP-Z]", "")
                            .toUpperCase() + "ABCDEFGHJKLMNPQR";
            HttpResponse<String> antwoord = get("api/certificaten/" + gok.substring(0, 16), gokker);
            if (antwoord.statusCode() == 404) {
                onbekend++;
                assertTrue(antwoord.body().contains("Deze code is onbekend"), antwoord.body());
            } else {
                assertEquals(429, antwoord.statusCode(), antwoord.body());
                assertTrue(antwoord.headers().firstValue("Retry-After").isPresent());
                assertTrue(antwoord.body().contains("te veel onbekende codes"), antwoord.body());
                geweigerd++;
            }
        }
        // 20 in a window; a run that crosses into the next window may get one or two more.
        assertTrue(onbekend >= 20 && onbekend <= 22, onbekend + " unknown codes answered");
        assertEquals(200 - onbekend, geweigerd, "the rest is refused unseen");
        // Another client is still answered.
        String ander = eigenClient();
        assertEquals(404, get("api/certificaten/ABCDEFGHJKLMNPQR", ander).statusCode());
    }

    @Test
    default void hostileCodesAreAnsweredInDutchAndNeverWithAServerError() {
        java.util.List<String> codes = new java.util.ArrayList<>();
        codes.addAll(HostileInputScenarios.INVISIBLE);
        codes.addAll(HostileInputScenarios.MARKUP);
        codes.addAll(HostileInputScenarios.NO_CHOICE);
        codes.add("A".repeat(2_000));
        codes.add("ABCD-EFGH-JKLM-NPQ\u0000");
        for (String code : codes) {
            String query = java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8);
            // Each from its own client, so the limit on unknown codes does not answer instead.
            String client = eigenClient();
            HttpResponse<String> pagina = get("certificaat/controleren.xhtml?code=" + query, client);
            assertTrue(
                    pagina.statusCode() == 200
                                    && (pagina.body().contains("Deze code is onbekend.")
                                            || pagina.body()
                                                    .contains("Verificatiecode: gebruik geen onzichtbare tekens"))
                            || pagina.statusCode() == 400
                            || pagina.statusCode() == 414,
                    "the page for " + code.length() + " characters answers " + pagina.statusCode());
            HttpResponse<String> api =
                    Api.anonymous(base()).from(client).get("api/certificaten/" + query.replace("+", "%20"));
            assertTrue(
                    api.statusCode() == 404 || api.statusCode() == 400 || api.statusCode() == 414,
                    "the API for " + code.length() + " characters (" + query.substring(0, Math.min(query.length(), 30))
                            + "): " + api.statusCode() + ": " + api.body());
            assertFalse(api.body().contains("Exception"), api.body());
        }
    }

    /**
     * A GET from a client of its own, through the loopback address the app trusts as its proxy (as
     * {@link Browser} does), over HTTP/1.1: hundreds of requests on one HTTP/2 (h2c)
     * connection make Payara Micro's HTTP/2 answer 431 now and then, which is not what is tested here.
     */
    private HttpResponse<String> get(String path, String client) {
        try {
            return HTTP_1_1.send(
                    java.net.http.HttpRequest.newBuilder(java.net
                                    .URI
                                    .create(base().replaceFirst("//[^/:]+", "//127.0.0.1"))
                                    .resolve("/" + path))
                            .header("X-Forwarded-For", client)
                            .header("Accept", "application/json, text/html")
                            .header("Accept-Language", "nl")
                            .timeout(java.time.Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A client address nobody else uses: a /64 network of its own, as the limits count IPv6 clients. */
    private static String eigenClient() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("2001:db8:%x:%x::1", random.nextInt(0x10000), random.nextInt(0x10000));
    }

    /** The text of the row of a table of candidates with this school and name; empty when there is none. */
    private static String rij(Browser browser, String tabel, Testdata.School school, String naam) {
        return String.valueOf(browser.script(
                "var rows = document.querySelectorAll(\"[id='\" + arguments[0] + \"_data'] > tr\");"
                        + " for (var i = 0; i < rows.length; i++) { var t = rows[i].textContent;"
                        + " if (t.indexOf(arguments[1]) >= 0 && t.indexOf(arguments[2]) >= 0) return t; } return '';",
                tabel,
                school.naam(),
                naam));
    }

    private static boolean isMee(Browser browser, Testdata.School school, String naam) {
        return Boolean.TRUE.equals(browser.script(
                "var rows = document.querySelectorAll(\"[id='certificatenForm:kandidaten_data'] > tr\");"
                        + " for (var i = 0; i < rows.length; i++) { var t = rows[i].textContent;"
                        + " if (t.indexOf(arguments[0]) >= 0 && t.indexOf(arguments[1]) >= 0)"
                        + " return rows[i].querySelector('input[type=checkbox]').checked; } return null;",
                school.naam(),
                naam));
    }

    private static void kies(Browser browser, Testdata.School school, String naam) {
        browser.script(
                "var rows = document.querySelectorAll(\"[id='certificatenForm:kandidaten_data'] > tr\");"
                        + " for (var i = 0; i < rows.length; i++) { var t = rows[i].textContent;"
                        + " if (t.indexOf(arguments[0]) >= 0 && t.indexOf(arguments[1]) >= 0)"
                        + " rows[i].querySelector('.ui-chkbox-box').click(); }",
                school.naam(),
                naam);
        browser.waitForAjax();
    }

    private static long bewijzen(String username, Schooljaar jaar) {
        return TestDatabase.number(
                "SELECT COUNT(*) FROM certificaat c JOIN account a ON a.id = c.account_id"
                        + " WHERE a.username = ? AND c.soort = 'BEWIJS_VAN_DEELNAME' AND c.schooljaar = ?",
                username,
                jaar.startJaar());
    }
}
