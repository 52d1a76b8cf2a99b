package nl.leerkracht.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Going live: the built bundle started as an operator would, on an empty database without demo
 * data. Nobody can log in; the one-time link from the log creates the first central-team member.
 *
 * <p>The database is a fresh embedded H2 file each run, or, when {@code LEERKRACHT_TEST_EMPTY_DB_URL}
 * names a MySQL/MariaDB database (CI does), that database emptied first, with the
 * {@code LEERKRACHT_DB_USER}/{@code _PASSWORD} of the main suite.
 */
class GoingLiveIT {

    private static final Pattern LINK = Pattern.compile("(http://\\S+/installatie\\.xhtml\\?sleutel=([A-Za-z0-9_-]+))");
    private static final String PASSWORD = "een lange zin als wachtwoord";

    private static Process app;
    private static Path log;
    private static String base;
    private static String dbUrl;
    private static String dbUser;
    private static String dbPassword;
    private static String setupEmail;

    @BeforeAll
    static void startTheBundleOnAnEmptyDatabase() throws Exception {
        Path work = Path.of(System.getProperty("leerkracht.bundle"))
                .resolveSibling("going-live")
                .resolve(UUID.randomUUID().toString());
        Files.createDirectories(work);
        String mysql = System.getenv("LEERKRACHT_TEST_EMPTY_DB_URL");
        if (mysql != null && !mysql.isBlank()) {
            dbUrl = mysql;
            dbUser = System.getenv("LEERKRACHT_DB_USER");
            dbPassword = System.getenv("LEERKRACHT_DB_PASSWORD");
            dropAllTables();
        } else {
            dbUrl = "jdbc:h2:file:" + work.resolve("leerkracht").toAbsolutePath() + ";MODE=LEGACY;AUTO_SERVER=TRUE";
            dbUser = "leerkracht";
            dbPassword = "leerkracht";
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = "http://127.0.0.1:" + port + "/";
        setupEmail = "beheer+" + UUID.randomUUID().toString().substring(0, 8) + "@stichting-leerkracht.nl";
        log = work.resolve("app.log");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        System.getProperty("leerkracht.bundle"),
                        "--disablephonehome",
                        "--nocluster",
                        "--port",
                        String.valueOf(port))
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("LEERKRACHT_DB_URL", dbUrl);
        env.put("LEERKRACHT_DB_USER", dbUser);
        env.put("LEERKRACHT_DB_PASSWORD", dbPassword);
        env.put("LEERKRACHT_DEMO_DATA", "false");
        env.put("LEERKRACHT_SETUP_EMAIL", setupEmail);
        env.put("LEERKRACHT_PUBLIC_URL", "http://127.0.0.1:" + port);
        env.put("LEERKRACHT_SMTP_HOST", "127.0.0.1");
        env.put(
                "LEERKRACHT_SMTP_PORT",
                String.valueOf(Mailbox.server().getSmtp().getPort()));
        env.put("LEERKRACHT_JOBS_INTERVAL_SECONDS", "2");
        app = builder.start();
        waitUntilReady();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (app != null) {
            app.destroy();
            if (!app.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    @Test
    void theLinkFromTheLogCreatesTheFirstCentralTeamMemberOnceAndThenAnswers404() throws Exception {
        List<String> links = links();
        assertEquals(1, links.size(), "the link is written to the log once: " + links);
        String link = links.get(0);
        String path = link.substring(base.length());
        Mailbox.Mail mail = Mailbox.waitFor(setupEmail, "eerste account");
        assertTrue(mail.tekst().contains(link), "the same link is mailed to LEERKRACHT_SETUP_EMAIL");
        assertEquals(0, count("SELECT COUNT(*) FROM account"), "no demo accounts on this database");
        assertEquals(
                java.util.Optional.empty(),
                WebSession.anonymous(base).get("index.xhtml").headers().firstValue("Server"),
                "the bundle names no server product (its pre-boot commands)");

        try (Browser browser = new Browser(base)) {
            browser.login("centraal", "leerkracht-demo");
            assertTrue(browser.text().contains("Inloggen is niet gelukt."), "nobody can log in yet");
            assertEquals(404, browser.status("installatie.xhtml"), "no key");
            assertEquals(404, browser.status("installatie.xhtml?sleutel=" + "A".repeat(43)), "a wrong key");

            browser.open(path);
            assertEquals("Het platform in gebruik nemen", browser.title());
            browser.screenshot("installatie");
            assertEquals(0, browser.phoneScreenshot("installatie-telefoon"), "the installation page fits a phone");

            // Each mistake answered in Dutch, and nothing stored.
            fill(browser, "<b>Carla</b>", "carla@stichting-leerkracht.nl", "carla", PASSWORD, PASSWORD);
            browser.waitForText("Een naam mag geen < of > bevatten.");
            fill(browser, "Carla Centraal", "carla@school", "carla", PASSWORD, PASSWORD);
            browser.waitForText("Vul een geldig e-mailadres in.");
            fill(browser, "Carla Centraal", "carla@stichting-leerkracht.nl", "carla centraal", PASSWORD, PASSWORD);
            browser.waitForText("Een gebruikersnaam heeft 3 tot 60 tekens");
            fill(browser, "Carla Centraal", "carla@stichting-leerkracht.nl", "carla", "elf tekens.", "elf tekens.");
            browser.waitForText("Je wachtwoord is te kort: kies er een van minstens 12 tekens.");
            fill(browser, "Carla Centraal", "carla@stichting-leerkracht.nl", "carla", "qwerty123456", "qwerty123456");
            browser.waitForText("Dit wachtwoord wordt veel gebruikt");
            fill(browser, "Carla Centraal", "carla@stichting-leerkracht.nl", "carla", PASSWORD, PASSWORD + "!");
            browser.waitForText("De twee wachtwoorden zijn niet gelijk.");
            // Past the browser's limits: a 1 MB password, posted as a client outside the browser could.
            // (Text fields have a maxlength, which PrimeFaces also applies on the server.)
            String groot = "w".repeat(1024 * 1024);
            String antwoord = new String(
                    browser.submit(
                                    "installatieForm",
                                    "installatieForm:maak",
                                    Map.of(
                                            "installatieForm:naam",
                                            "Carla Centraal",
                                            "installatieForm:email",
                                            "carla@stichting-leerkracht.nl",
                                            "installatieForm:gebruikersnaam",
                                            "carla",
                                            "installatieForm:wachtwoord",
                                            groot,
                                            "installatieForm:herhaling",
                                            "w"))
                            .body(),
                    StandardCharsets.UTF_8);
            assertTrue(
                    antwoord.contains("Je wachtwoord is te lang: ten hoogste 128 tekens."),
                    "a 1 MB password is refused: " + antwoord.substring(0, Math.min(2000, antwoord.length())));
            assertEquals(0, count("SELECT COUNT(*) FROM account"), "nothing stored");

            fill(browser, "Carla Centraal", "carla@stichting-leerkracht.nl", "Carla", PASSWORD, PASSWORD);
            browser.waitForText("Je account is gemaakt en je bent ingelogd.");
            assertEquals("centraal/index.xhtml", browser.path());
            browser.screenshot("installatie-klaar");
            assertEquals(
                    1,
                    count("SELECT COUNT(*) FROM account a JOIN lidmaatschap l ON l.account_id = a.id"
                            + " WHERE a.username = 'carla' AND l.rol = 'CENTRAAL_TEAM'"));

            assertEquals(404, browser.status(path), "the link is gone for good");
            browser.logout();
            browser.open(path);
            assertTrue(browser.text().contains("Niet gevonden"), browser.text());
            browser.login("carla", PASSWORD);
            assertEquals("centraal/index.xhtml", browser.path(), "the new member logs in like anyone");
        }
        // The API description names the public address (LEERKRACHT_PUBLIC_URL) as the server to call.
        HttpResponse<String> description = Api.as(base, "carla")
                .withPassword(PASSWORD)
                .send("GET", "openapi", null, null, "Accept", "application/json");
        assertEquals(200, description.statusCode(), description.body());
        assertTrue(
                description
                        .body()
                        .replaceAll("\\s", "")
                        .contains("\"servers\":[{\"url\":\"" + base.replaceAll("/$", "") + "\""),
                description.body().substring(0, Math.min(600, description.body().length())));
    }

    private static void fill(
            Browser browser, String naam, String email, String gebruikersnaam, String wachtwoord, String herhaling) {
        browser.replace("installatieForm:naam", naam);
        browser.replace("installatieForm:email", email);
        browser.replace("installatieForm:gebruikersnaam", gebruikersnaam);
        browser.replace("installatieForm:wachtwoord", wachtwoord);
        browser.replace("installatieForm:herhaling", herhaling);
        browser.clickAndWait("installatieForm:maak");
    }

    private static List<String> links() throws IOException {
        List<String> found = new ArrayList<>();
        Matcher matcher = LINK.matcher(Files.readString(log, StandardCharsets.UTF_8));
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static void waitUntilReady() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Instant end = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(end)) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the bundle stopped:\n" + Files.readString(log));
            }
            try {
                HttpResponse<Void> ready = http.send(
                        HttpRequest.newBuilder(URI.create(base + "health/ready"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the bundle did not become ready:\n" + Files.readString(log));
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Empties the MySQL/MariaDB database given for this test, so it passes twice in a row. */
    private static void dropAllTables() {
        try (Connection connection = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table : tables) {
                statement.execute("DROP TABLE `" + table + "`");
            }
            statement.execute("SET FOREIGN_KEY_CHECKS = 1");
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("cannot empty " + dbUrl, e));
        }
    }
}
