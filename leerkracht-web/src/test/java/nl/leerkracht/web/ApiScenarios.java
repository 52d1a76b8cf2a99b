package nl.leerkracht.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The REST API is for client programs (issue 13): a page on another site cannot make a logged-in
 * person's browser act through it, a call needs HTTP Basic unless it is public, sends JSON, and
 * every refusal is a Dutch JSON answer, never a server error. Run by {@link PlatformIT}.
 */
interface ApiScenarios {

    String base();

    Browser browser();

    /** A new enrolment request for a school of its own, waiting for the central team. */
    private String aangevraagd(String voorbeeldBrin) {
        Testdata.School school = Testdata.schoolZoals(voorbeeldBrin);
        HttpResponse<String> created = Api.as(base(), "bestuurder")
                .post(
                        "api/inschrijvingen",
                        Api.aanvraag(school.id(), null, null, InschrijvingScenarios.VOLGEND_JAAR, 20));
        assertEquals(201, created.statusCode(), created.body());
        return Api.field(created.body(), "id");
    }

    private static String status(String id) {
        return TestDatabase.string("SELECT status FROM inschrijving WHERE id = ?", Long.parseLong(id));
    }

    @Test
    default void aPageOnAnotherSiteCannotApproveAnEnrolmentInTheNameOfTheLoggedInCentralTeam() throws Exception {
        String id = aangevraagd("05CD");
        Browser browser = browser();
        browser.login("centraal", InschrijvingScenarios.PASSWORD);
        assertEquals("centraal/index.xhtml", browser.path());

        // The attacker's page, on another site (localhost and 127.0.0.1 are two sites to a browser),
        // posts a plain-text form to the API as soon as it opens: what a probe did with success.
        URI app = URI.create(browser.base());
        String elders = "localhost".equalsIgnoreCase(app.getHost()) ? "127.0.0.1" : "localhost";
        String doel = browser.base() + "api/inschrijvingen/" + id + "/goedkeuring";
        byte[] pagina = ("<!DOCTYPE html><html><body><form method='post' enctype='text/plain' action='" + doel + "'>"
                        + "<input type='hidden' name='{\"x\":\"' value='\"}'></form>"
                        + "<script>document.forms[0].submit()</script></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        HttpServer aanvaller = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        aanvaller.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, pagina.length);
            exchange.getResponseBody().write(pagina);
            exchange.close();
        });
        aanvaller.start();
        try {
            browser.openElsewhere(
                    "http://" + elders + ":" + aanvaller.getAddress().getPort() + "/prijsvraag.html");
            browser.waitForText("andere website");
            assertTrue(browser.url().startsWith(doel), "the form was posted: " + browser.url());
        } finally {
            aanvaller.stop(0);
        }
        assertEquals("AANGEVRAAGD", status(id), "the enrolment is not approved by another site's page");

        // The browser's own session cookie does not count on the API, not even from this site.
        HttpResponse<String> cookie = Api.anonymous(browser.base())
                .send(
                        "POST",
                        "api/inschrijvingen/" + id + "/goedkeuring",
                        "application/json",
                        "",
                        "Cookie",
                        "JSESSIONID=" + browser.sessionId());
        assertEquals(401, cookie.statusCode(), cookie.body());
        // Nor through an address the server cleans up before it finds the API.
        HttpResponse<String> omweg = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        URI.create(browser.base() + "/api/inschrijvingen/" + id + "/goedkeuring"))
                                .header("Content-Type", "application/json")
                                .header("Cookie", "JSESSIONID=" + browser.sessionId())
                                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertTrue(omweg.statusCode() == 401 || omweg.statusCode() == 404, omweg.statusCode() + " " + omweg.body());
        assertEquals("AANGEVRAAGD", status(id));
    }

    @Test
    default void aCallThatChangesSomethingComesFromAClientProgramAndSendsJson() {
        String id = aangevraagd("06EF");
        String goedkeuring = "api/inschrijvingen/" + id + "/goedkeuring";
        Api centraal = Api.as(base(), "centraal");

        HttpResponse<String> elders =
                centraal.send("POST", goedkeuring, "application/json", "", "Origin", "https://prijsvraag.example");
        assertEquals(403, elders.statusCode(), elders.body());
        assertTrue(Api.field(elders.body(), "melding").contains("andere website"), elders.body());
        HttpResponse<String> crossSite =
                centraal.send("POST", goedkeuring, "application/json", "", "Sec-Fetch-Site", "cross-site");
        assertEquals(403, crossSite.statusCode(), crossSite.body());
        HttpResponse<String> nullOrigin = centraal.send("POST", goedkeuring, "application/json", "", "Origin", "null");
        assertEquals(403, nullOrigin.statusCode(), "a sandboxed frame or a local file: " + nullOrigin.body());

        HttpResponse<String> tekst = centraal.send("POST", goedkeuring, "text/plain", "{\"x\":\"=\"}");
        assertEquals(415, tekst.statusCode(), tekst.body());
        assertEquals(
                "Stuur de gegevens als JSON (Content-Type: application/json).", Api.field(tekst.body(), "melding"));
        HttpResponse<String> formulier = centraal.send("POST", goedkeuring, "application/x-www-form-urlencoded", "a=b");
        assertEquals(415, formulier.statusCode(), formulier.body());
        HttpResponse<String> zonderType = centraal.send("POST", goedkeuring, null, "{\"x\":1}");
        assertEquals(415, zonderType.statusCode(), "a body without a content type: " + zonderType.body());
        assertEquals("AANGEVRAAGD", status(id), "nothing approved by a refused call");

        // The site's own origin (a script of its own pages) and a client program without one are let through.
        URI app = URI.create(base());
        String eigen = app.getScheme() + "://" + app.getRawAuthority();
        HttpResponse<String> goed = centraal.send("POST", goedkeuring, "application/json", "", "Origin", eigen);
        assertEquals(200, goed.statusCode(), goed.body());
        assertEquals("GOEDGEKEURD", status(id));
    }

    @Test
    default void anEnrolmentThroughTheApiNeedsALogin() {
        Testdata.School school = Testdata.schoolZoals("08JK");
        HttpResponse<String> anoniem = Api.anonymous(base())
                .post(
                        "api/inschrijvingen",
                        Api.aanvraag(school.id(), null, null, InschrijvingScenarios.VOLGEND_JAAR, 20));
        assertEquals(401, anoniem.statusCode(), anoniem.body());
        assertTrue(
                anoniem.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
                anoniem.headers().map().toString());
        assertNotNull(Api.field(anoniem.body(), "melding"), anoniem.body());
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM inschrijving WHERE school_id = ?", school.id()));
        HttpResponse<String> fout =
                Api.as(base(), "bestuurder").withPassword("geen-wachtwoord").get("api/scholen");
        assertEquals(401, fout.statusCode());
        assertJson(fout);
        assertEquals(
                200,
                Api.anonymous(base())
                        .get("api/offerte?sector=PO&leraren=20&startjaar=" + InschrijvingScenarios.VOLGEND_JAAR)
                        .statusCode(),
                "the quote stays public");
    }

    @Test
    default void everyRefusalOfTheApiIsDutchJsonAndNoneIsAServerError() {
        Testdata.School school = Testdata.schoolZoals("22EF");
        Api bestuurder = Api.as(base(), "bestuurder");
        Api centraal = Api.as(base(), "centraal");
        String goed = Api.aanvraag(school.id(), null, null, InschrijvingScenarios.VOLGEND_JAAR, 20);
        String[][] fouten = {
            {"POST", "api/inschrijvingen", goed.replace("\"schoolId\":" + school.id(), "\"schoolId\":\"17 OR 1=1\"")},
            {"POST", "api/inschrijvingen", goed.replace("\"aantalLeraren\":20", "\"aantalLeraren\":\"abc\"")},
            {"POST", "api/inschrijvingen", goed.replace("\"aantalLeraren\":20", "\"aantalLeraren\":\"NaN\"")},
            {"POST", "api/inschrijvingen", "[" + goed + "]"},
            {"POST", "api/inschrijvingen", "{\"schoolId\": " + school.id() + ","},
            {"POST", "api/inschrijvingen", "niet eens json"},
            {"DELETE", "api/inschrijvingen", null},
            {"PUT", "api/scholen", "{}"},
        };
        for (String[] fout : fouten) {
            HttpResponse<String> antwoord = bestuurder.send(fout[0], fout[1], "application/json", fout[2]);
            assertTrue(
                    antwoord.statusCode() >= 400 && antwoord.statusCode() < 500,
                    fout[0] + " " + fout[2] + " gives " + antwoord.statusCode() + ": " + antwoord.body());
            assertJson(antwoord);
        }
        assertEquals(
                0,
                TestDatabase.number("SELECT COUNT(*) FROM inschrijving WHERE school_id = ?", school.id()),
                "nothing stored from a bad body");
        assertEquals(
                400,
                bestuurder
                        .send("POST", "api/inschrijvingen", "application/json", "[1]")
                        .statusCode());

        for (String pad : new String[] {
            "api/inschrijvingen/abc",
            "api/bestaat-niet",
            "api/inschrijvingen/9223372036854775808",
            "api/inschrijvingen?status=BOGUS",
            "api/offerte?sector=PO&leraren=twintig",
            "api/application.wadl"
        }) {
            HttpResponse<String> antwoord = centraal.get(pad);
            assertTrue(
                    antwoord.statusCode() == 400 || antwoord.statusCode() == 404,
                    pad + " gives " + antwoord.statusCode());
            assertJson(antwoord);
        }
    }

    private static void assertJson(HttpResponse<String> antwoord) {
        assertTrue(
                antwoord.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                antwoord.headers().map() + " " + antwoord.body());
        String melding = Api.field(antwoord.body(), "melding");
        assertNotNull(melding, antwoord.body());
        assertTrue(!melding.isBlank() && !melding.contains("Exception"), melding);
    }

    @Test
    default void theQuoteApiTellsAClientThatAsksTooOftenToWait() {
        Browser browser = browser();
        String quote = "api/offerte?sector=PO&leraren=20&startjaar=" + InschrijvingScenarios.VOLGEND_JAAR;
        Api client = Api.anonymous(browser.base()).from(browser.client());
        // The limit slides over 10-minute windows: a run that crosses a window's edge would be let
        // in a few more times, as the count before the edge starts to weigh less. Far from an edge
        // it is exact. (With LEERKRACHT_CLOCK_START the platform's windows lie elsewhere: then a
        // few more are allowed.)
        String clockStart = System.getenv("LEERKRACHT_CLOCK_START");
        boolean ownClock = clockStart == null || clockStart.isBlank();
        long intoWindow =
                System.currentTimeMillis() % java.time.Duration.ofMinutes(10).toMillis();
        if (ownClock && intoWindow > java.time.Duration.ofMinutes(9).toMillis()) {
            Mailbox.sleep(java.time.Duration.ofMinutes(10).minusMillis(intoWindow - 1_000));
        }
        long window = java.time.Duration.ofMinutes(10).toMillis();
        long startWindow = System.currentTimeMillis() / window;
        int answered = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 700; i++) {
            last = client.get(quote);
            if (last.statusCode() != 200) {
                break;
            }
            answered++;
        }
        // Exact when the run stayed within one window of the platform's clock (a slow run may still cross an edge).
        boolean oneWindow = ownClock && System.currentTimeMillis() / window == startWindow;
        assertTrue(
                answered >= 600 && answered <= (oneWindow ? 600 : 610),
                answered + " quotes answered before the limit of 600");
        assertEquals(429, last.statusCode(), last.body());
        assertEquals("api.fout.limiet", Api.field(last.body(), "code"), last.body());
        // 601 in this window: allowed again once they weigh 599 in the next, 2 seconds into it.
        long retryAfter =
                Long.parseLong(last.headers().firstValue("Retry-After").orElse("0"));
        assertTrue(
                retryAfter > 0 && retryAfter <= 601 + (oneWindow ? 0 : 600),
                "the client is told when to ask again: " + retryAfter);
        if (oneWindow) {
            long expected = (java.time.Duration.ofMinutes(10).toMillis()
                                    - System.currentTimeMillis()
                                            % java.time.Duration.ofMinutes(10).toMillis())
                            / 1000
                    + 2;
            assertTrue(
                    Math.abs(retryAfter - expected) <= 3,
                    "until 2 seconds into the next window: " + retryAfter + " s, not " + expected);
        }
        assertEquals(
                200,
                Api.anonymous(browser.base())
                        .from(WebSession.anonymous(browser.base()).address())
                        .get(quote)
                        .statusCode(),
                "another client is not held up");
    }
}
