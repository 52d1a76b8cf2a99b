package nl.leerkracht.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform as its users meet it: the real WAR on Payara Micro against the configured database
 * (MariaDB in CI), driven by Chromium. One deployment for the whole suite: each start of Payara
 * Micro costs ~20 s; or, with {@code -Dit.baseUrl}, an app that is already running (see {@link Platform}).
 * Every test opens its own browser and makes or names its own data ({@link Testdata}), so the
 * scenarios pass in any order (they run in a random one), alone, and again on the same database.
 */
@ExtendWith(Platform.class)
@RunAsClient
class PlatformIT
        implements HostileInputScenarios,
                InschrijvingScenarios,
                SchoolRegisterScenarios,
                DirectieteamScenarios,
                KlachtScenarios,
                TrajectScenarios,
                AgendaScenarios,
                MensenScenarios,
                ApiScenarios,
                AccessScenarios,
                AccessibilityScenarios,
                CertificaatScenarios,
                PubliekScenarios,
                BijeenkomstScenarios,
                NieuwsbriefScenarios {

    private static final String PASSWORD = "leerkracht-demo";
    static final String LOGIN_FAILED =
            "Inloggen is niet gelukt. Controleer je gebruikersnaam (of e-mailadres) en wachtwoord."
                    + " Na tien verkeerde pogingen moet je een paar minuten wachten voor je het opnieuw kunt proberen.";

    /** Where Arquillian deployed the WAR; null when the scenarios run against a running app. */
    @ArquillianResource
    private URL deployed;

    private Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        // As ROOT.war, Payara Micro deploys it at "/", as the bundle does: Payara's /metrics and
        // /openapi then answer inside the app, under its security, as in production.
        try {
            java.nio.file.Path root =
                    java.nio.file.Files.createTempDirectory("deployment").resolve("ROOT.war");
            java.nio.file.Files.copy(java.nio.file.Path.of(System.getProperty("leerkracht.war")), root);
            root.toFile().deleteOnExit();
            return ShrinkWrap.createFromZipFile(WebArchive.class, root.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @org.junit.jupiter.api.BeforeAll
    static void startMailServer() {
        Mailbox.server();
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser(base());
    }

    @AfterEach
    void closeBrowser() {
        // Also checks that the Content Security Policy blocked nothing on the scenario's pages.
        browser.close();
    }

    @Override
    public String base() {
        return Platform.lopend() != null ? Platform.lopend() : deployed.toString();
    }

    @Override
    public Browser browser() {
        return browser;
    }

    // --- platform ---------------------------------------------------------------------------

    @Test
    void readinessReportsTheDatabaseUp() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base()).resolve("/health/ready"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"database\""), response.body());
        assertTrue(response.body().contains("\"UP\""), response.body());
    }

    @Test
    void migrationsBuiltTheSchemaAndKeepNonAsciiText() throws Exception {
        try (Connection connection = TestDatabase.connect();
                Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery(
                    "SELECT COUNT(*), SUM(CASE WHEN \"success\" THEN 1 ELSE 0 END) FROM \"flyway_schema_history\""
                            .replace("\"", TestDatabase.isMySql() ? "`" : "\""))) {
                rows.next();
                assertTrue(rows.getInt(1) >= 1, "no migrations recorded");
                assertEquals(rows.getInt(1), rows.getInt(2), "a migration failed");
            }
            if (TestDatabase.isMySql()) {
                try (ResultSet rows = statement.executeQuery(
                        "SELECT TABLE_NAME, TABLE_COLLATION FROM"
                                + " information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME <> 'flyway_schema_history'")) {
                    int tables = 0;
                    while (rows.next()) {
                        tables++;
                        assertTrue(
                                rows.getString(2).startsWith("utf8mb4"),
                                rows.getString(1) + " is " + rows.getString(2));
                    }
                    assertTrue(tables >= 8, "expected the schema's tables, found " + tables);
                }
            }
        }
        assertEquals("Australiëlaan", TestDatabase.string("SELECT straat FROM school WHERE brin_code = ?", "25LM"));
    }

    @Test
    void publicHomePageNeedsNoLogin() {
        browser.open("");
        assertTrue(browser.text().contains("Elke dag samen een beetje beter"), browser.text());
        assertTrue(browser.has("#loginLink"));
        // The public site's menu, not a role's.
        assertEquals("De aanpak", browser.menu().get(0));
        assertFalse(browser.menu().contains("Trajecten"), browser.menu().toString());
        browser.screenshot("home");
    }

    // --- each role: dashboard, menu, two other roles' pages refused, logout ------------------

    @Test
    void centraalTeam() {
        checkRole(
                "centraal",
                "centraal/index.xhtml",
                List.of(
                        "Overzicht",
                        "Scholen",
                        "Clusters",
                        "Mensen",
                        "Tarieven",
                        "Vakanties",
                        "Trajecten",
                        "Clusteragenda",
                        "Sessiedocumenten",
                        "Inschrijvingen",
                        "Facturen",
                        "Directieteams"),
                "bestuur/index.xhtml",
                "klachten/index.xhtml");
    }

    @Test
    void directeur() {
        checkRole(
                "directeur",
                "klachten/index.xhtml",
                List.of("Klachten"),
                "centraal/index.xhtml",
                "scholen/school.xhtml?id=" + TestDatabase.schoolId("04AB"));
    }

    @Test
    void rvtVoorzitter() {
        checkRole("rvt", "klachten/index.xhtml", List.of("Klachten"), "centraal/scholen.xhtml", "school/index.xhtml");
    }

    @Test
    void expertcoach() {
        checkRole(
                "expertcoach",
                "expertcoach/index.xhtml",
                List.of("Mijn clusters", "Trajecten", "Clusteragenda", "Sessiedocumenten"),
                "centraal/index.xhtml",
                "bestuur/index.xhtml");
    }

    @Test
    void bestuurder() {
        checkRole(
                "bestuurder",
                "bestuur/index.xhtml",
                List.of("Mijn bestuur", "Trajecten", "Inschrijvingen", "Facturen", "Inschrijven", "Directieteams"),
                "centraal/clusters.xhtml",
                "expertcoach/index.xhtml");
    }

    @Test
    void schoolleider() {
        checkRole(
                "schoolleider",
                "school/index.xhtml",
                List.of(
                        "Mijn school",
                        "Trajecten",
                        "Clusteragenda",
                        "Sessiedocumenten",
                        "Inschrijvingen",
                        "Facturen",
                        "Inschrijven"),
                "bestuur/index.xhtml",
                "klachten/index.xhtml");
    }

    @Test
    void schoolcoach() {
        checkRole(
                "schoolcoach",
                "school/index.xhtml",
                List.of("Mijn school", "Trajecten", "Clusteragenda", "Sessiedocumenten"),
                "centraal/index.xhtml",
                "expertcoach/index.xhtml");
    }

    @Test
    void aanjager() {
        checkRole(
                "aanjager",
                "school/index.xhtml",
                List.of("Mijn school", "Trajecten", "Clusteragenda", "Sessiedocumenten"),
                "centraal/scholen.xhtml",
                "bestuur/index.xhtml");
    }

    @Test
    void leraar() {
        checkRole(
                "leraar",
                "school/index.xhtml",
                List.of("Mijn school", "Trajecten"),
                "klachten/index.xhtml",
                "centraal/clusters.xhtml");
    }

    private void checkRole(String username, String dashboard, List<String> menu, String forbidden1, String forbidden2) {
        browser.login(username, PASSWORD);
        assertEquals(dashboard, browser.path(), "landing page of " + username);
        assertEquals(menu, browser.menu(), "menu of " + username);
        assertEquals(
                1L,
                ((Number)
                                browser.script(
                                        "return new Set(Array.from(document.querySelectorAll('.lk-menu > ul > li'))"
                                                + ".map(function (item) { return Math.round(item.getBoundingClientRect().top); })).size;"))
                        .longValue(),
                "the menu of " + username + " fits one line on a 1280 px laptop");
        browser.screenshot("dashboard-" + username);

        for (String forbidden : List.of(forbidden1, forbidden2)) {
            assertEquals(403, browser.status(forbidden), username + " must not open " + forbidden);
            browser.open(forbidden);
            assertEquals("Geen toegang", browser.title(), username + " on " + forbidden);
        }

        browser.open(dashboard);
        browser.logout();
        assertTrue(browser.text().contains("Je bent uitgelogd."), browser.text());
        browser.open(dashboard);
        assertEquals("login.xhtml", browser.path(), "after logout the dashboard asks for a login again");
    }

    // --- login ----------------------------------------------------------------------------

    @Test
    void wrongPasswordIsRefusedInDutch() {
        browser.login("centraal", "niet-het-wachtwoord");
        assertEquals("login.xhtml", browser.path());
        assertEquals(List.of(LOGIN_FAILED), browser.messages());
        assertFalse(browser.menu().contains("Scholen"), "no role's menu without a login");
    }

    @Test
    void emptyLoginFormAsksForBothFields() {
        browser.open("login.xhtml");
        browser.clickAndWait("loginForm:submit");
        // Each beside its field, and once: not again in the list at the top of the page.
        assertEquals(List.of("Vul je gebruikersnaam in.", "Vul je wachtwoord in."), browser.messages());
        assertEquals(0, browser.count("#messages .ui-messages-error"));
    }

    @Test
    void markupInTheLoginFormIsShownAsTextNeverRun() {
        browser.login("<script>document.title='xss'</script>", "<img src=x onerror=alert(1)>");
        assertEquals("login.xhtml", browser.path());
        assertNotEquals("xss", browser.title());
        assertEquals(List.of(LOGIN_FAILED), browser.messages());
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        browser.login("leraar.kompas", "fout-wachtwoord");
        List<String> known = browser.messages();
        browser.login("niemand." + java.util.UUID.randomUUID().toString().substring(0, 8), "fout-wachtwoord");
        assertEquals(known, browser.messages());
        assertEquals(List.of(LOGIN_FAILED), known);
    }

    @Test
    void thirtyWrongPasswordsFromElsewhereDoNotKeepTheCentralTeamOutButWarnIt() {
        // An attacker at an address of its own (a fresh one each run), through the API, behind the
        // proxy the app trusts on the loopback address.
        String attacker = "203.0.113." + (1 + new java.util.Random().nextInt(254));
        String viaProxy = base().replaceFirst("//[^/:]+", "//127.0.0.1");
        Api guessing = Api.as(viaProxy, "centraal").from(attacker).withPassword("geraden-wachtwoord");
        long startWindow = loginWindow();
        int looked = 0;
        HttpResponse<String> refused = guessing.get("api/scholen");
        while (refused.statusCode() == 401 && looked < 20) {
            looked++;
            refused = guessing.get("api/scholen");
        }
        assertTrue(
                looked >= 10 && looked <= (loginWindow() == startWindow ? 10 : 12),
                looked + " failed logins looked at before the limit of 10");
        for (int attempt = looked + 1; attempt <= 30; attempt++) {
            if (refused.statusCode() == 401 && loginWindow() != startWindow) {
                // Just past a window's edge the failures before it weigh a little less: one more is looked at.
                refused = guessing.get("api/scholen");
                continue;
            }
            assertEquals(
                    429, refused.statusCode(), "attempt " + attempt + " is refused before the password is looked at");
            long seconds =
                    Long.parseLong(refused.headers().firstValue("Retry-After").orElse("0"));
            assertTrue(seconds >= 60 && seconds <= 30 * 60, "Retry-After " + seconds);
            assertTrue(refused.body().contains("Probeer het over een paar minuten opnieuw."), refused.body());
            refused = guessing.get("api/scholen");
        }
        int rightPassword =
                Api.as(viaProxy, "centraal").from(attacker).get("api/scholen").statusCode();
        assertEquals(
                429,
                loginWindow() == startWindow ? rightPassword : 429,
                "the attacker's client waits: even the right password is refused there, unseen");
        Mailbox.Mail warning =
                Mailbox.waitFor("centraal@stichting-leerkracht.nl", "iemand probeert op je account in te loggen");
        assertTrue(warning.tekst().contains("10 keer achter elkaar"), warning.tekst());

        browser.login("centraal", PASSWORD);
        assertEquals("centraal/index.xhtml", browser.path(), "the owner logs in from their own computer");
        assertEquals(200, Api.as(base(), "centraal").get("api/scholen").statusCode());
    }

    @Test
    void aPersonWhoTypesAWrongPasswordTenTimesIsToldToWaitAndSoIsAnUnknownName() {
        String tooOften =
                "Er is de laatste minuten te vaak een verkeerd wachtwoord ingevuld. Probeer het over een paar minuten opnieuw.";
        for (String name : List.of(
                "leraar.kompas",
                "niemand." + java.util.UUID.randomUUID().toString().substring(0, 8))) {
            long startWindow = loginWindow();
            int failed = 0;
            for (int attempt = 1; attempt <= 20; attempt++) {
                browser.login(name, "fout-wachtwoord-" + attempt);
                if (!browser.messages().equals(List.of(LOGIN_FAILED))) {
                    break;
                }
                failed++;
            }
            assertTrue(
                    failed >= 10 && failed <= (loginWindow() == startWindow ? 10 : 12),
                    name + ": " + failed + " failures before the limit of 10");
            browser.login(name, PASSWORD);
            if (loginWindow() == startWindow) {
                assertEquals("login.xhtml", browser.path(), name);
                assertEquals(List.of(tooOften), browser.messages(), name);
            } else if (!"login.xhtml".equals(browser.path())) {
                // Just past a window's edge the failures before it weigh a little less: one more attempt was looked at.
                browser.logout();
            }
        }
        browser.screenshot("inloggen-te-vaak");
        // From another computer the same person logs in at once.
        assertNotEquals(
                "/login.xhtml",
                WebSession.login(base(), "leraar.kompas", PASSWORD).landing());
    }

    /**
     * The 15-minute window of the login limit it is in now. Failures on both sides of a window's
     * edge weigh a little less once it has passed: then one or two more are looked at.
     */
    private static long loginWindow() {
        return System.currentTimeMillis() / java.time.Duration.ofMinutes(15).toMillis();
    }

    @Test
    void theSameUserCanLogInFromEightDevicesAtOnce() throws Exception {
        for (WebSession session : Parallel.run(8, i -> WebSession.login(base(), "bestuurder", PASSWORD))) {
            assertEquals("/bestuur/index.xhtml", session.landing());
        }
    }

    @Test
    void loggedInUsersKeepTheirRolesUnderConcurrentLoad() throws Exception {
        List<WebSession> sessions =
                Parallel.run(8, i -> WebSession.login(base(), i % 2 == 0 ? "centraal" : "bestuurder", PASSWORD));
        List<List<Integer>> statuses = Parallel.run(8, i -> {
            List<Integer> codes = new ArrayList<>();
            for (int request = 0; request < 25; request++) {
                codes.add(sessions.get(i).status(sessions.get(i).landing()));
            }
            return codes;
        });
        for (List<Integer> codes : statuses) {
            assertEquals(
                    List.of(200), codes.stream().distinct().toList(), "every request of a logged-in user is served");
        }
    }

    @Test
    void loginGivesANewSessionIdWithSafeCookieFlags() {
        browser.open("login.xhtml");
        String before = browser.sessionId();
        browser.login("centraal", PASSWORD);
        String after = browser.sessionId();
        assertNotNull(after);
        assertNotEquals(before, after, "session id must change at login");
        assertTrue(browser.cookie("JSESSIONID").isHttpOnly(), "session cookie must be HttpOnly");
    }

    @Test
    void theSessionCookieIsSentHttpOnlyAndSameSiteLax() throws Exception {
        // The raw header, as the server sends it: Chromium would report Lax for a cookie without the attribute too.
        List<String> cookies = WebSession.login(base(), "bestuurder", PASSWORD).setCookies().stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .toList();
        assertFalse(cookies.isEmpty(), "login sets a new session cookie");
        for (String cookie : cookies) {
            List<String> attributes = java.util.Arrays.stream(cookie.split(";"))
                    .map(String::strip)
                    .map(attribute -> attribute.toLowerCase(java.util.Locale.ROOT))
                    .toList();
            assertTrue(attributes.contains("httponly"), cookie);
            assertTrue(attributes.contains("samesite=lax"), cookie);
        }
    }

    @Test
    void everyAnswerCarriesSecurityHeadersAndAPersonalPageIsNotStored() {
        for (String path : List.of("index.xhtml", "login.xhtml", "api/offerte?sector=PO&leraren=20")) {
            java.net.http.HttpHeaders headers = browser.headers(path, null);
            assertEquals(Optional.of("nosniff"), headers.firstValue("X-Content-Type-Options"), path);
            assertEquals(Optional.of("same-origin"), headers.firstValue("Referrer-Policy"), path);
            assertTrue(headers.firstValue("Permissions-Policy").orElse("").contains("camera=()"), path);
            assertTrue(
                    headers.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'self'"), path);
            assertEquals(Optional.of("SAMEORIGIN"), headers.firstValue("X-Frame-Options"), path);
            assertFalse(
                    headers.allValues("Cache-Control").contains("no-store"), "a public page may be cached: " + path);
        }
        browser.login("centraal", PASSWORD);
        java.net.http.HttpHeaders persoonlijk = browser.headers("centraal/scholen.xhtml", browser.sessionId());
        assertTrue(
                persoonlijk.allValues("Cache-Control").contains("no-store"),
                persoonlijk.map().toString());
        assertEquals(Optional.of("nosniff"), persoonlijk.firstValue("X-Content-Type-Options"));
    }

    @Test
    void theServerNamesNoProductAndAnswersEveryMistakeInItsOwnWords() {
        WebSession client = WebSession.anonymous(base());
        List<HttpResponse<String>> answers = new ArrayList<>();
        answers.add(client.get("index.xhtml"));
        answers.add(client.get("bestaat-niet.xhtml"));

        HttpResponse<String> post = client.send("POST", "ping", "text/plain", "x");
        assertEquals(405, post.statusCode(), "the ping answers GET only");
        HttpResponse<String> patch = client.send("PATCH", "index.xhtml", "text/plain", "x");
        for (HttpResponse<String> answer : List.of(post, patch)) {
            assertTrue(
                    answer.body().contains("Dit adres werkt niet op deze manier")
                            || answer.body().contains("Je browser stuurde een verzoek"),
                    answer.statusCode() + ": " + answer.body());
            assertTrue(
                    answer.body().contains("Naar de startpagina"),
                    "the platform's own page, with its menu and a way on");
            answers.add(answer);
        }
        HttpResponse<String> unreadable = client.send("POST", "api/inschrijvingen", ";;;", "{}");
        assertEquals(400, unreadable.statusCode());
        assertEquals("api.fout.verzoek", Api.field(unreadable.body(), "code"), unreadable.body());
        answers.add(unreadable);
        // A program with HTTP Basic at an address that does not exist: JSON, never a page that needs a session.
        HttpResponse<String> metrics = Api.as(base(), "centraal").get("metrics/bestaat-niet");
        assertEquals(404, metrics.statusCode(), metrics.body());
        assertEquals("error.notFound", Api.field(metrics.body(), "code"), metrics.body());
        answers.add(metrics);
        HttpResponse<String> openapi = Api.as(base(), "centraal").post("openapi", "{}");
        assertEquals(405, openapi.statusCode(), openapi.body());
        assertEquals(
                "api.fout.methode",
                Api.field(openapi.body(), "code"),
                "the whole JSON, not cut off: " + openapi.body());
        answers.add(openapi);

        // A forged view state: the "session verlopen" page, not the 500 page.
        HttpResponse<String> forged = client.send(
                "POST",
                "login.xhtml",
                "application/x-www-form-urlencoded",
                "loginForm=loginForm&loginForm%3Ausername=x&loginForm%3Apassword=y&loginForm%3Asubmit="
                        + "&jakarta.faces.ViewState=-1234567890%3A987654321");
        assertEquals(302, forged.statusCode(), forged.body());
        assertTrue(
                forged.headers().firstValue("Location").orElse("").endsWith("/error/expired.xhtml"),
                forged.headers().map().toString());
        answers.add(forged);
        assertTrue(client.get("error/expired.xhtml").body().contains("Deze pagina is verlopen"));

        // A correct login posted without the page's CSP nonce (a page elsewhere cannot know it):
        // refused before the form's action runs, so nobody is logged in.
        WebSession withoutNonce = WebSession.anonymous(base());
        HttpResponse<String> refused = withoutNonce.postLogin("centraal", PASSWORD, false);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Je browser stuurde een verzoek dat we niet konden lezen"), refused.body());
        answers.add(refused);
        HttpResponse<String> after = withoutNonce.get("centraal/scholen.xhtml");
        assertEquals(302, after.statusCode(), "the refused login let someone in");
        assertTrue(
                after.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"),
                after.headers().map().toString());

        for (HttpResponse<String> answer : answers) {
            assertEquals(Optional.empty(), answer.headers().firstValue("Server"), answer.uri() + " names the server");
            assertEquals(
                    Optional.empty(),
                    answer.headers().firstValue("X-Powered-By"),
                    answer.uri().toString());
            assertFalse(answer.body().contains("Payara"), answer.uri() + ": " + answer.body());
        }
    }

    @Test
    void anAjaxRequestTheServerCannotProcessLeadsToTheErrorPageWithAReference() {
        browser.login("directeur", PASSWORD);
        browser.open("klachten/index.xhtml");
        // The register's paging asked for a page whose first row is no number: the server fails
        // inside an ajax answer, where the user would see nothing happen.
        browser.script("PrimeFaces.ab({source: 'registerForm:register', process: 'registerForm:register',"
                + " update: 'registerForm:register', params: [{name: 'registerForm:register_pagination', value: true},"
                + " {name: 'registerForm:register_first', value: 'twee'}, {name: 'registerForm:register_rows', value: 25},"
                + " {name: 'registerForm:register_encodeFeature', value: true}]}); return null;");
        browser.waitFor("#referentie");
        assertEquals("error/500.xhtml", browser.path());
        assertEquals("Er ging iets mis", browser.title());
        assertTrue(
                browser.textOf("#referentie").matches("(?s).*Foutnummer.*: [0-9A-F]{8}\\s*"),
                browser.textOf("#referentie"));
        browser.screenshot("fout-500-met-referentie");
    }

    @Test
    void anAjaxRequestTheServerRefusesIsToldOnThePage() {
        browser.login("directeur", PASSWORD);
        browser.open("klachten/index.xhtml");
        assertFalse(browser.text().contains("niet verwerkt"), browser.text());
        // An answer that is no page to go to (here the API's JSON 404), which PrimeFaces would not show at all.
        browser.script("document.getElementById('registerForm').action = document.getElementById('registerForm').action"
                + ".replace(/klachten\\/index.xhtml.*/, 'api/bestaat-niet');"
                + " PrimeFaces.ab({source: 'registerForm:register', process: 'registerForm:register',"
                + " update: 'registerForm:register', params: [{name: 'registerForm:register_pagination', value: true},"
                + " {name: 'registerForm:register_first', value: 0}, {name: 'registerForm:register_rows', value: 25},"
                + " {name: 'registerForm:register_encodeFeature', value: true}]}); return null;");
        browser.waitForText(
                "Wat je net deed, is niet verwerkt: de server weigerde het verzoek. Laad de pagina opnieuw");
        assertEquals("klachten/index.xhtml", browser.path());
        browser.screenshot("ajax-geweigerd");
        browser.click("#ajaxFout .ui-messages-close");
        assertFalse(browser.text().contains("niet verwerkt"), "the user closed the message");

        browser.open("klachten/index.xhtml");
        assertFalse(browser.text().contains("niet verwerkt"), "a new page starts without the message");
    }

    @Test
    void everyPageNamesTheFoundationsIconSoTheBrowserAsksForNoMissingOne() {
        for (String page : List.of("index.xhtml", "login.xhtml", "klacht/indienen.xhtml")) {
            browser.open(page);
            Object icon =
                    browser.script("var l = document.querySelector(\"link[rel='icon']\"); return l ? l.href : null;");
            assertNotNull(icon, page);
            HttpResponse<byte[]> answer = browser.fetch(String.valueOf(icon), null);
            assertEquals(200, answer.statusCode(), page + ": " + icon);
            assertTrue(
                    answer.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"),
                    answer.headers().map().toString());
        }
    }

    @Test
    void pagesRunUnderAContentSecurityPolicyThatBlocksAnInjectedScript() {
        // PrimeFaces' policy, beside the one every answer gets (frame-ancestors, base-uri, form-action).
        String policy = browser.headers("index.xhtml", null).allValues("Content-Security-Policy").stream()
                .filter(value -> value.contains("script-src"))
                .findFirst()
                .orElse("no script-src in any policy");
        String scripts = policy.substring(policy.indexOf("script-src"));
        assertTrue(scripts.startsWith("script-src 'self' 'nonce-"), policy);
        assertFalse(scripts.contains("unsafe-inline") || scripts.contains("unsafe-eval"), policy);
        assertTrue(policy.contains("object-src 'none'") && policy.contains("frame-ancestors 'self'"), policy);

        browser.open("index.xhtml");
        // What an injected <script> would do: the page's policy stops it, and the browser reports it.
        browser.script("var s = document.createElement('script'); s.textContent = 'window.lkInjected = true;';"
                + " document.body.appendChild(s); return null;");
        assertEquals(
                null, browser.script("return window.lkInjected === true ? 'ran' : null"), "the injected script ran");
        List<String> violations = List.of();
        for (int i = 0; i < 50 && violations.isEmpty(); i++) {
            // The browser reports a violation a moment after it blocked.
            Mailbox.sleep(java.time.Duration.ofMillis(100));
            violations = browser.cspViolations();
        }
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(
                violations.get(0).contains("script-src"),
                "the violation is recorded for the suite's check: " + violations);
    }

    @Test
    void aProtectedPageAsksForLoginAndThenOpens() {
        browser.open("centraal/scholen.xhtml");
        assertEquals("login.xhtml", browser.path());
        browser.type("loginForm:username", "centraal");
        browser.type("loginForm:password", PASSWORD);
        browser.clickAndWait("loginForm:submit");
        browser.screenshot("centraal-scholen");
        assertEquals("centraal/scholen.xhtml", browser.path());
        // Which schools the first page shows depends on what other scenarios added: any school will do.
        browser.waitFor("[id='scholenForm:scholen'] [data-school]");
    }

    // --- data scope: nobody sees another school's data by changing an id -------------------

    @Test
    void schoolRolesSeeTheirOwnSchoolOnly() {
        browser.login("schoolcoach", PASSWORD);
        browser.open("scholen/school.xhtml?id=" + TestDatabase.schoolId("04AB"));
        assertEquals("OBS De Regenboog", browser.title());
        assertEquals(403, browser.status("scholen/school.xhtml?id=" + TestDatabase.schoolId("05CD")));
        assertEquals(403, browser.status("scholen/school.xhtml?id=" + TestDatabase.schoolId("11LM")));
        assertEquals(404, browser.status("scholen/school.xhtml?id=999999999"));
        assertEquals(404, browser.status("scholen/school.xhtml?id=abc"));
    }

    @Test
    void bestuurderSeesTheBoardsSchoolsOnly() {
        browser.login("bestuurder", PASSWORD);
        assertTrue(browser.text().contains("CBS Het Kompas"));
        assertFalse(browser.text().contains("Stedelijk Lyceum Utrecht"));
        assertEquals(200, browser.status("scholen/school.xhtml?id=" + TestDatabase.schoolId("05CD")));
        assertEquals(403, browser.status("scholen/school.xhtml?id=" + TestDatabase.schoolId("20AB")));
    }

    @Test
    void expertcoachSeesTheClustersSchoolsOnly() {
        browser.login("expertcoach", PASSWORD);
        assertTrue(browser.text().contains("Stedelijk Lyceum Utrecht"));
        assertTrue(
                browser.text().contains("Eva Expert, Umar Bakker")
                        || browser.text().contains("Umar Bakker, Eva Expert"),
                "a cluster names its Expertcoaches");
        assertFalse(browser.text().contains("OBS De Piramide"));
        String text = browser.text();
        assertTrue(
                text.indexOf("CBS Het Kompas") < text.indexOf("Het Nieuwe College Amersfoort")
                        && text.indexOf("Het Nieuwe College Amersfoort") < text.indexOf("OBS De Regenboog"),
                "a cluster lists its schools by name");
        assertEquals(200, browser.status("scholen/school.xhtml?id=" + TestDatabase.schoolId("20AB")));
        assertEquals(403, browser.status("scholen/school.xhtml?id=" + TestDatabase.schoolId("11LM")));
    }

    // --- tariffs ---------------------------------------------------------------------------

    @Test
    void theCentralTeamCorrectsATariffAndBadInputIsRefusedInDutch() {
        // The tariff of the running school year, whose enrolment has closed: no other scenario quotes it.
        String id = TestDatabase.string(
                "SELECT id FROM tarief WHERE sector = 'VO' AND startjaar = ?",
                Jaren.huidig().startJaar());
        java.math.BigDecimal nieuw = new java.math.BigDecimal(
                        TestDatabase.string("SELECT jaar_1 FROM tarief WHERE id = ?", Long.parseLong(id)))
                .add(java.math.BigDecimal.valueOf(5))
                .setScale(0, java.math.RoundingMode.DOWN);
        browser.login("centraal", PASSWORD);
        browser.open("centraal/tarieven.xhtml");
        assertTrue(browser.text().contains("In overleg"), "PO's year 2 is agreed later");
        String text = browser.text();
        assertTrue(
                text.indexOf("Geen minimum of maximum") < text.indexOf("12 – 75"), "PO is listed before VO, MBO, HBO");
        browser.click("[data-tarief='" + id + "']");
        browser.waitUntilVisible("tariefForm:jaar1_input");

        browser.replace("tariefForm:minimum_input", "30");
        browser.replace("tariefForm:maximum_input", "20");
        browser.click("#tariefForm\\:opslaan");
        browser.waitForText("Het maximum aantal leraren mag niet lager zijn dan het minimum.");
        browser.screenshot("centraal-tarief-geweigerd");
        assertEquals("12", TestDatabase.string("SELECT minimum_leraren FROM tarief WHERE id = ?", Long.parseLong(id)));

        browser.replace("tariefForm:jaar1_input", "");
        browser.replace("tariefForm:minimum_input", "12");
        browser.replace("tariefForm:maximum_input", "75");
        browser.click("#tariefForm\\:opslaan");
        browser.waitForText("Vul het bedrag voor jaar 1 in.");

        browser.replace("tariefForm:jaar1_input", nieuw.toPlainString());
        browser.click("#tariefForm\\:opslaan");
        browser.waitForText("is opgeslagen");
        browser.screenshot("centraal-tarieven");
        assertEquals(
                0,
                nieuw.compareTo(new java.math.BigDecimal(
                        TestDatabase.string("SELECT jaar_1 FROM tarief WHERE id = ?", Long.parseLong(id)))));
        String bedrag = java.text.NumberFormat.getCurrencyInstance(java.util.Locale.forLanguageTag("nl-NL"))
                .format(nieuw);
        assertTrue(browser.text().contains(bedrag.replace('\u00a0', ' ')), bedrag + " — " + browser.text());
    }

    // --- each sector in its own terms --------------------------------------------------------

    @Test
    void screensUseTheSectorsOwnTerms() {
        browser.login("schoolcoach", PASSWORD);
        assertTrue(browser.text().contains("De hele school doet mee"), "PO enrols as a school");
        assertTrue(browser.text().contains("0.4 fte") || browser.text().contains("0,4 fte"), browser.text());
        browser.logout();

        browser.login("schoolcoach.lyceum", PASSWORD);
        assertTrue(browser.text().contains("de inschrijving is per vestiging"), "VO enrols per location");
        assertTrue(browser.text().contains("Stedelijk Lyceum Zuilen"), "VO lists its locations");
        assertTrue(
                browser.textOf("[id='ritmeTabel']").contains("Stedelijk Lyceum Kanaalweg"),
                "the demo data has a VO location at work");
        browser.screenshot("school-vo");
        browser.logout();

        browser.login("schoolcoach.roc", PASSWORD);
        assertTrue(browser.text().contains("de inschrijving is per team"), "MBO enrols per team");
        assertTrue(browser.text().contains("Team Zorg en Welzijn"), "MBO lists its teams");
        assertTrue(
                browser.textOf("[id='ritmeTabel']").contains("Team Zorg en Welzijn"),
                "the demo data has an MBO team at work");
        browser.logout();

        browser.login("schoolcoach.pabo", PASSWORD);
        assertTrue(browser.text().contains("de inschrijving is per team"), "a pabo enrols per team");
        assertTrue(
                browser.textOf("[id='ritmeTabel']").contains("Pabo voltijd"), "the demo data has a pabo team at work");
        browser.logout();

        browser.login("bestuurder", PASSWORD);
        assertTrue(browser.text().contains("bovenschoolse directeuren"), "a PO board's directieteam");
    }

    @Test
    void theLanguageSwitchShowsEnglish() {
        browser.login("centraal", PASSWORD);
        browser.clickAndWait("taalForm:en");
        assertEquals("Foundation overview", browser.title());
        assertEquals(
                List.of(
                        "Overview",
                        "Schools",
                        "Clusters",
                        "People",
                        "Tariffs",
                        "Holidays",
                        "Trajectories",
                        "Cluster agenda",
                        "Session documents",
                        "Enrolments",
                        "Invoices",
                        "Leadership teams"),
                browser.menu());
        browser.clickAndWait("taalForm:nl");
        assertEquals("Overzicht van de stichting", browser.title());
    }
}
