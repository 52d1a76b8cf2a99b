package nl.leerkracht.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Who may open what (issue 13). The matrix asks every page, download and API call that the built
 * WAR holds, as someone not logged in and as each role, and compares the answer with the rule
 * written here: open, a 403, or the login (a 401 on the API). A page, servlet or API call
 * without a rule here fails the build, and so does a rule for something that no longer exists.
 * The second scenario asks every id-bearing address with an id of another school, board or
 * cluster. Run by {@link PlatformIT}.
 */
interface AccessScenarios {

    String base();

    /** The roles, each with a demo user who has it. */
    enum Role {
        CENTRAAL_TEAM("centraal"),
        DIRECTEUR("directeur"),
        RVT_VOORZITTER("rvt"),
        EXPERTCOACH("expertcoach"),
        BESTUURDER("bestuurder"),
        SCHOOLLEIDER("schoolleider"),
        SCHOOLCOACH("schoolcoach"),
        AANJAGER("aanjager"),
        LERAAR("leraar");

        final String demoUser;

        Role(String demoUser) {
            this.demoUser = demoUser;
        }
    }

    /**
     * Who may open an address: anyone, or only these roles (the rest get 403, the anonymous the
     * login); and the status those who may get as the matrix asks it, 200 unless said otherwise.
     */
    record Rule(boolean open, Set<Role> roles, int answer) {
        boolean allows(Role role) {
            return open || roles.contains(role);
        }

        /** Asked without an id (or with one that does not exist), it answers this to those who may. */
        Rule answering(int status) {
            return new Rule(open, roles, status);
        }
    }

    Rule ANYONE = new Rule(true, EnumSet.allOf(Role.class), 200);
    Rule LOGGED_IN = new Rule(false, EnumSet.allOf(Role.class), 200);
    int NO_SUCH = 404;
    Set<Role> IN_SCHOOL = EnumSet.of(Role.SCHOOLLEIDER, Role.SCHOOLCOACH, Role.AANJAGER, Role.LERAAR);

    private static Rule only(Role first, Role... rest) {
        return new Rule(false, EnumSet.of(first, rest), 200);
    }

    private static Rule only(Set<Role> some, Role... more) {
        EnumSet<Role> roles = EnumSet.copyOf(some);
        roles.addAll(Arrays.asList(more));
        return new Rule(false, roles, 200);
    }

    /**
     * The rules: pages by their path, servlets by their URL, API calls as "METHOD /api/path". The
     * same as web.xml and the services say, written down once more on purpose: a change to who may
     * see what must change this table too.
     */
    static Map<String, Rule> rules() {
        Rule agenda = only(Role.CENTRAAL_TEAM, Role.EXPERTCOACH, Role.SCHOOLLEIDER, Role.SCHOOLCOACH, Role.AANJAGER);
        Rule scholen = only(IN_SCHOOL, Role.CENTRAAL_TEAM, Role.EXPERTCOACH, Role.BESTUURDER);
        Rule inschrijving = only(Role.CENTRAAL_TEAM, Role.BESTUURDER, Role.SCHOOLLEIDER);
        Rule centraal = only(Role.CENTRAAL_TEAM);
        Rule klachten = only(Role.DIRECTEUR, Role.RVT_VOORZITTER);
        Map<String, Rule> rules = new LinkedHashMap<>();
        // The public site and what an e-mail links to (a key in the link says whose it is).
        for (String open : List.of(
                "index.xhtml",
                "login.xhtml",
                "wachtwoord-vergeten.xhtml",
                "wachtwoord-herstel.xhtml",
                "uitnodiging.xhtml",
                "email-bevestiging.xhtml",
                "email-annuleren.xhtml",
                "inschrijving/aanvragen.xhtml",
                "klacht/indienen.xhtml",
                "klacht/volgen.xhtml",
                "privacy.xhtml",
                "publiek/aanpak.xhtml",
                "publiek/deelnemen.xhtml",
                "publiek/directieteams.xhtml",
                "scholen-kaart.xhtml",
                "GET /api/scholen/kaart",
                "publiek/bijeenkomsten.xhtml",
                "publiek/afmelden.xhtml",
                "publiek/nieuwsbrief.xhtml",
                "publiek/nieuwsbrief-bevestigen.xhtml",
                "publiek/nieuwsbrief-afmelden.xhtml",
                "GET /api/informatiebijeenkomsten",
                "error/403.xhtml",
                "error/404.xhtml",
                "error/500.xhtml",
                "error/expired.xhtml",
                "error/fout.xhtml",
                "/ping",
                "GET /api/offerte",
                "certificaat/controleren.xhtml",
                "/health",
                "/health/ready")) {
            rules.put(open, ANYONE);
        }
        // Without its key from the log, a link or the error dispatch there is nothing to see.
        rules.put("installatie.xhtml", ANYONE.answering(NO_SUCH));
        rules.put("/agenda.ics", ANYONE.answering(NO_SUCH));
        // A meeting's registration page needs its id; a registration needs its fields.
        rules.put("publiek/aanmelden.xhtml", ANYONE.answering(NO_SUCH));
        rules.put("POST /api/informatiebijeenkomsten/{id}/aanmeldingen", ANYONE.answering(400));
        // A tile's address is /kaart/tegels/{z}/{x}/{y}.png; anything else is no tile.
        rules.put("/kaart/tegels/*", ANYONE.answering(NO_SUCH));
        rules.put("/error/antwoord", ANYONE.answering(NO_SUCH));
        // The List-Unsubscribe address: a mail program posts to it; a browser is sent to the page.
        rules.put("/nieuwsbrief/afmelden", ANYONE.answering(303));
        // Payara's, in this app's context: the central team (also with HTTP Basic, for programs).
        rules.put("/metrics", centraal);
        rules.put("/openapi", centraal);
        rules.put("mijn/gegevens.xhtml", LOGGED_IN);
        rules.put("/mijn/persoonsgegevens.json", LOGGED_IN);
        rules.put("centraal/index.xhtml", centraal);
        rules.put("centraal/scholen.xhtml", centraal);
        rules.put("centraal/clusters.xhtml", centraal);
        rules.put("centraal/mensen.xhtml", centraal);
        rules.put("centraal/persoon.xhtml", centraal.answering(NO_SUCH));
        rules.put("centraal/tarieven.xhtml", centraal);
        rules.put("centraal/bijeenkomsten.xhtml", centraal);
        rules.put("/centraal/bijeenkomst-aanmeldingen.csv", centraal.answering(NO_SUCH));
        rules.put("/centraal/nieuwsbrief.csv", centraal);
        rules.put("centraal/vakanties.xhtml", centraal);
        rules.put("centraal/certificaten.xhtml", centraal);
        // Without a school year the register's export is a bad request.
        rules.put("/centraal/certificaten.csv", centraal.answering(400));
        // A certificate's PDF: its holder, the central team, the school's schoolleider or bestuurder.
        rules.put("/certificaat/certificaat.pdf", LOGGED_IN.answering(NO_SUCH));
        // A school's proofs as a ZIP: the service lets its schoolleider, bestuurder and the central team.
        rules.put("/certificaat/bewijzen.zip", LOGGED_IN.answering(NO_SUCH));
        // Anyone verifies a code; the matrix asks one that no certificate has.
        rules.put("GET /api/certificaten/{code}", ANYONE.answering(NO_SUCH));
        rules.put("bestuur/index.xhtml", only(Role.BESTUURDER));
        rules.put("/traject/overzicht.pdf", only(Role.BESTUURDER));
        rules.put("expertcoach/index.xhtml", only(Role.EXPERTCOACH));
        rules.put("school/index.xhtml", only(IN_SCHOOL));
        rules.put("scholen/school.xhtml", scholen.answering(NO_SUCH));
        rules.put("scholen/mensen.xhtml", scholen.answering(NO_SUCH));
        rules.put("traject/index.xhtml", scholen);
        rules.put("traject/traject.xhtml", scholen.answering(NO_SUCH));
        rules.put("agenda/index.xhtml", agenda);
        rules.put("agenda/bijeenkomst.xhtml", agenda.answering(NO_SUCH));
        rules.put("documenten/index.xhtml", agenda);
        rules.put("/documenten/bestand", agenda.answering(NO_SUCH));
        rules.put("/documenten/zip", agenda.answering(NO_SUCH));
        rules.put("inschrijving/index.xhtml", inschrijving);
        rules.put("inschrijving/inschrijving.xhtml", inschrijving.answering(NO_SUCH));
        rules.put("inschrijving/facturen.xhtml", inschrijving);
        rules.put("/inschrijving/factuur.pdf", inschrijving.answering(NO_SUCH));
        rules.put("/inschrijving/facturen.csv", inschrijving);
        rules.put("inschrijving/directieteam.xhtml", only(Role.CENTRAAL_TEAM, Role.BESTUURDER));
        rules.put("klachten/index.xhtml", klachten);
        rules.put("klachten/klacht.xhtml", klachten.answering(NO_SUCH));
        rules.put("/klachten/bijlage", klachten.answering(NO_SUCH));
        rules.put("/klachten/register.csv", klachten);
        // The API: the schools and enrolments within the caller's scope; the central team decides.
        // The matrix asks with an id that does not exist, and for a school that does not exist.
        rules.put("GET /api/scholen", scholen);
        rules.put("GET /api/inschrijvingen", inschrijving);
        rules.put("GET /api/inschrijvingen/{id}", inschrijving.answering(NO_SUCH));
        rules.put("POST /api/inschrijvingen", LOGGED_IN.answering(400));
        rules.put("POST /api/inschrijvingen/{id}/goedkeuring", centraal.answering(NO_SUCH));
        rules.put("POST /api/inschrijvingen/{id}/facturen", centraal.answering(NO_SUCH));
        return rules;
    }

    /** What Payara serves in the app's context at "/", next to what the WAR holds. */
    List<String> PAYARA = List.of("/health", "/health/ready", "/metrics", "/openapi");

    /** The pages, servlets and API calls in the built WAR, and Payara's, named as in {@link #rules()}. */
    private static Set<String> addresses() {
        Set<String> found = new TreeSet<>(PAYARA);
        try (ZipFile war = new ZipFile(new File(System.getProperty("leerkracht.war")))) {
            for (ZipEntry entry : war.stream().toList()) {
                String name = entry.getName();
                if (name.endsWith(".xhtml")
                        && !name.startsWith("WEB-INF/")
                        && !name.startsWith("META-INF/")
                        && !name.startsWith("resources/")) {
                    found.add(name);
                } else if (name.startsWith("WEB-INF/classes/") && name.endsWith(".class") && !name.contains("$")) {
                    Class<?> type = Class.forName(
                            name.substring("WEB-INF/classes/".length(), name.length() - ".class".length())
                                    .replace('/', '.'),
                            false,
                            AccessScenarios.class.getClassLoader());
                    WebServlet servlet = type.getAnnotation(WebServlet.class);
                    if (servlet != null) {
                        found.addAll(Arrays.asList(servlet.value()));
                        found.addAll(Arrays.asList(servlet.urlPatterns()));
                    }
                    Path resource = type.getAnnotation(Path.class);
                    if (resource != null) {
                        found.addAll(calls(type, resource.value()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("a class of the WAR is not on the test's class path", e);
        }
        return found;
    }

    private static List<String> calls(Class<?> resource, String root) {
        List<String> calls = new ArrayList<>();
        for (Method method : resource.getMethods()) {
            for (Annotation annotation : method.getAnnotations()) {
                HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
                if (verb != null) {
                    Path path = method.getAnnotation(Path.class);
                    String full = ("/api/" + root + "/" + (path == null ? "" : path.value())).replaceAll("/+", "/");
                    calls.add(verb.value() + " "
                            + (full.length() > 1 && full.endsWith("/") ? full.substring(0, full.length() - 1) : full));
                }
            }
        }
        return calls;
    }

    /** What an answer meant: the login was asked for, or else its status (403 for a refusal). */
    private static String outcome(HttpResponse<String> response) {
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse("");
        if (status == 401 || (status / 100 == 3 && location.contains("login.xhtml"))) {
            return "login";
        }
        return String.valueOf(status);
    }

    @Test
    default void everyPageDownloadAndApiCallAnswersEachRoleAsItsRuleSays() {
        Map<String, Rule> rules = rules();
        Set<String> addresses = addresses();
        assertEquals(
                new TreeSet<>(rules.keySet()),
                addresses,
                "every page, download and API call has a rule in AccessScenarios, and every rule an address");

        Map<Role, WebSession> sessions = new EnumMap<>(Role.class);
        Map<Role, Api> clients = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            sessions.put(role, WebSession.login(base(), role.demoUser, InschrijvingScenarios.PASSWORD));
            clients.put(
                    role, Api.as(base(), role.demoUser).from(sessions.get(role).address()));
        }
        WebSession anonymous = WebSession.anonymous(base());
        Api anonymousApi = Api.anonymous(base()).from(anonymous.address());

        List<String> wrong = new ArrayList<>();
        int asked = 0;
        for (Map.Entry<String, Rule> entry : rules.entrySet()) {
            String address = entry.getKey();
            Rule rule = entry.getValue();
            boolean api = address.contains(" ");
            for (Role role : Role.values()) {
                HttpResponse<String> answer = api
                        ? call(clients.get(role), address)
                        : sessions.get(role).get(address);
                String expected = rule.allows(role) ? String.valueOf(rule.answer()) : "403";
                asked++;
                if (!expected.equals(outcome(answer))) {
                    wrong.add(address + " as " + role + ": " + outcome(answer) + " (" + answer.statusCode()
                            + "), expected " + expected);
                }
            }
            HttpResponse<String> answer = api ? call(anonymousApi, address) : anonymous.get(address);
            String expected = rule.open() ? String.valueOf(rule.answer()) : "login";
            asked++;
            if (!expected.equals(outcome(answer))) {
                wrong.add(address + " not logged in: " + outcome(answer) + " (" + answer.statusCode() + "), expected "
                        + expected);
            }
        }
        // Payara's addresses written otherwise lead to the same rule: not logged in, the login; a
        // bestuurder, 403; the central team's program with HTTP Basic is let in: Payara answers it
        // 200, or 404 or 406 for its own reasons, never a login redirect or a refusal.
        for (String variant :
                List.of("/metrics/base", "//metrics", "/metrics;x", "/%6Detrics", "/openapi/", "//openapi")) {
            asked += 2;
            String stranger = outcome(anonymous.get(variant));
            String bestuurder = outcome(sessions.get(Role.BESTUURDER).get(variant));
            if (!"login".equals(stranger) || !"403".equals(bestuurder)) {
                wrong.add(variant + ": not logged in " + stranger + ", bestuurder " + bestuurder
                        + "; expected login, 403");
            }
        }
        for (String variant : List.of("metrics/base", "metrics;x", "openapi/")) {
            asked++;
            int program = clients.get(Role.CENTRAAL_TEAM).get(variant).statusCode();
            if (program != 200 && program != 404 && program != 406) {
                wrong.add(variant + ": the central team with HTTP Basic got " + program);
            }
        }
        assertTrue(
                wrong.isEmpty(),
                wrong.size() + " of " + asked + " answers differ from the rules:\n" + String.join("\n", wrong));
        System.out.println("Access matrix: " + rules.size() + " addresses x " + (Role.values().length + 1)
                + " (anonymous and " + Role.values().length + " roles) = " + asked + " answers as the rules say");
    }

    /**
     * One API call as the matrix makes it: an id that does not exist, and for a new enrolment a
     * request for a school that does not exist, so that nothing is changed by whoever may call it.
     */
    private static HttpResponse<String> call(Api api, String address) {
        String method = address.substring(0, address.indexOf(' '));
        String path = address.substring(address.indexOf(' ') + 2)
                .replace("{id}", "999999999")
                .replace("{code}", "ABCDEFGHJKLMNPQR");
        if ("GET".equals(method)) {
            String quote = "?sector=PO&leraren=20&startjaar=" + InschrijvingScenarios.VOLGEND_JAAR;
            return api.get(path + (path.equals("api/offerte") ? quote : ""));
        }
        return api.post(
                path,
                path.equals("api/inschrijvingen")
                        ? Api.aanvraag(999_999_999L, null, null, InschrijvingScenarios.VOLGEND_JAAR, 20)
                        : "");
    }

    /** An address with the id of one school's, board's or cluster's record: who must not open it, and who may. */
    record ById(String address, List<String> strangers, List<String> owners) {}

    @Test
    default void nobodyOpensAnotherSchoolsBoardsOrClustersRecordsById() {
        long kameleon = TestDatabase.schoolId("13QR");
        long trajectKameleon = TestDatabase.number("SELECT MIN(id) FROM traject WHERE school_id = ?", kameleon);
        long directieteamVo = TestDatabase.number("SELECT MIN(t.id) FROM traject t JOIN bestuur b"
                + " ON b.id = t.bestuur_id WHERE t.programma = 'DIRECTIETEAM' AND b.bestuursnummer = '30512'");
        long werksessieRijnmond =
                TestDatabase.number("SELECT MIN(b.id) FROM bijeenkomst b JOIN cluster c ON c.id = b.cluster_id"
                        + " WHERE c.naam = 'Cluster Rijnmond'");
        long presentatie =
                TestDatabase.number("SELECT MIN(id) FROM sessiedocument WHERE titel = 'Presentatie training feedback'");
        long trainingEemland =
                TestDatabase.number("SELECT bijeenkomst_id FROM sessiedocument WHERE id = ?", presentatie);
        // An invoiced enrolment of a school of its own, on the Rijnmond board.
        Testdata.School school = Testdata.schoolZoals("13QR");
        Api centraal = Api.as(base(), "centraal");
        HttpResponse<String> created = centraal.post(
                "api/inschrijvingen", Api.aanvraag(school.id(), null, null, InschrijvingScenarios.VOLGEND_JAAR, 20));
        assertEquals(201, created.statusCode(), created.body());
        String inschrijving = Api.field(created.body(), "id");
        assertEquals(
                200,
                centraal.post("api/inschrijvingen/" + inschrijving + "/goedkeuring", "")
                        .statusCode());
        assertEquals(
                201,
                centraal.post("api/inschrijvingen/" + inschrijving + "/facturen?programmajaar=1", "")
                        .statusCode());
        long factuur =
                TestDatabase.number("SELECT id FROM factuur WHERE inschrijving_id = ?", Long.parseLong(inschrijving));

        List<String> otherSchools = List.of(
                "bestuurder",
                "bestuurder.vo",
                "expertcoach",
                "expertcoach.noord",
                "schoolleider",
                "schoolcoach",
                "aanjager",
                "leraar",
                "schoolleider.piramide",
                "schoolcoach.piramide");
        List<String> otherBoards = List.of("bestuurder", "bestuurder.vo", "schoolleider", "schoolleider.piramide");
        List<String> otherClusters =
                List.of("expertcoach", "expertcoach.noord", "schoolleider", "schoolcoach", "aanjager");
        List<String> notEemland =
                List.of("expertcoach.rijnmond", "expertcoach.noord", "schoolleider.piramide", "schoolcoach.piramide");
        long bewijsLotte =
                TestDatabase.number("SELECT MIN(c.id) FROM certificaat c JOIN account a ON a.id = c.account_id"
                        + " WHERE a.username = 'leraar' AND c.soort = 'BEWIJS_VAN_DEELNAME'");
        List<ById> cases = List.of(
                // A certificate is its holder's, and the school's schoolleider and bestuurder may
                // have it; not a colleague, nor another school or board, nor the Expertcoach.
                new ById(
                        "certificaat/certificaat.pdf?id=" + bewijsLotte,
                        List.of("schoolcoach", "aanjager", "expertcoach", "schoolleider.piramide", "bestuurder.vo"),
                        List.of("centraal", "leraar", "schoolleider", "bestuurder")),
                new ById(
                        "scholen/school.xhtml?id=" + kameleon,
                        otherSchools,
                        List.of("centraal", "bestuurder.rijnmond", "expertcoach.rijnmond")),
                new ById(
                        "scholen/mensen.xhtml?id=" + kameleon,
                        otherSchools,
                        List.of("centraal", "bestuurder.rijnmond")),
                new ById(
                        "traject/traject.xhtml?id=" + trajectKameleon,
                        otherSchools,
                        List.of("centraal", "bestuurder.rijnmond", "expertcoach.rijnmond")),
                new ById(
                        "traject/traject.xhtml?id=" + directieteamVo,
                        List.of(
                                "bestuurder",
                                "bestuurder.rijnmond",
                                "expertcoach.noord",
                                "schoolleider",
                                "schoolcoach",
                                "schoolcoach.lyceum"),
                        List.of("centraal", "bestuurder.vo", "schoolleider.lyceum", "expertcoach.utrecht")),
                new ById(
                        "agenda/bijeenkomst.xhtml?id=" + werksessieRijnmond,
                        otherClusters,
                        List.of("centraal", "expertcoach.rijnmond", "schoolcoach.piramide")),
                new ById(
                        "agenda/bijeenkomst.xhtml?id=" + trainingEemland,
                        notEemland,
                        List.of("centraal", "expertcoach", "schoolcoach")),
                new ById(
                        "documenten/zip?bijeenkomst=" + trainingEemland,
                        notEemland,
                        List.of("centraal", "expertcoach", "schoolcoach")),
                new ById(
                        "documenten/bestand?id=" + presentatie,
                        notEemland,
                        List.of("centraal", "expertcoach", "schoolcoach")),
                new ById(
                        "inschrijving/inschrijving.xhtml?id=" + inschrijving,
                        otherBoards,
                        List.of("centraal", "bestuurder.rijnmond")),
                new ById(
                        "inschrijving/factuur.pdf?id=" + factuur,
                        otherBoards,
                        List.of("centraal", "bestuurder.rijnmond")),
                new ById(
                        "GET api/inschrijvingen/" + inschrijving,
                        otherBoards,
                        List.of("centraal", "bestuurder.rijnmond")));

        Map<String, WebSession> sessions = new java.util.HashMap<>();
        List<String> wrong = new ArrayList<>();
        int refused = 0;
        for (ById byId : cases) {
            for (String user : byId.strangers()) {
                int status = status(byId.address(), user, sessions);
                if (status == 403 || status == 404) {
                    refused++;
                } else {
                    wrong.add(byId.address() + " as " + user + ": " + status + ", expected 403 or 404");
                }
            }
            for (String user : byId.owners()) {
                int status = status(byId.address(), user, sessions);
                if (status != 200) {
                    wrong.add(byId.address() + " as " + user + ": " + status + ", expected 200 (the id is theirs)");
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " answers differ:\n" + String.join("\n", wrong));
        assertEquals(cases.stream().mapToInt(byId -> byId.strangers().size()).sum(), refused);
        System.out.println("By id: " + cases.size() + " addresses, " + refused + " tries with another's id refused");
    }

    /** The status of one address for one user: a page or download in their session, an API call with HTTP Basic. */
    private int status(String address, String user, Map<String, WebSession> sessions) {
        WebSession session =
                sessions.computeIfAbsent(user, name -> WebSession.login(base(), name, InschrijvingScenarios.PASSWORD));
        if (address.startsWith("GET ")) {
            return Api.as(base(), user)
                    .from(session.address())
                    .get(address.substring(4))
                    .statusCode();
        }
        return session.status(address);
    }
}
