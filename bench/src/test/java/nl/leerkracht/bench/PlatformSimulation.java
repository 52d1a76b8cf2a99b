package nl.leerkracht.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One run against one running instance: each page in its own phase, the same number of users
 * looping on it for the same time, logged in where the page needs it. Prints requests/s, p50 and
 * p99 per page and its throughput as a ratio of the trivial {@code /ping} servlet measured in the
 * same run, so the numbers compare across machines. Later capabilities add their pages to PAGES.
 */
public class PlatformSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080");
    private static final int USERS = Integer.getInteger("users", 8);
    private static final Duration PHASE = Duration.ofSeconds(Long.getLong("seconds", 20));
    private static final String PASSWORD = System.getProperty("password", "leerkracht-demo");
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("warmup", 15));
    private static final String BASELINE = "ping (baseline)";
    /** The user's own team board: its link is read from the trajectories list after logging in. */
    private static final String TEAMBORD = "#{teambord}";

    /** Page name -> path and the demo user that requests it (null: anonymous). */
    private static final Map<String, String[]> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put(BASELINE, new String[] {"/ping", null});
        PAGES.put("health ready", new String[] {"/health/ready", null});
        PAGES.put("login page", new String[] {"/login.xhtml", null});
        PAGES.put("dashboard centraal team", new String[] {"/centraal/index.xhtml", "centraal"});
        PAGES.put("dashboard bestuurder", new String[] {"/bestuur/index.xhtml", "bestuurder"});
        PAGES.put("school register", new String[] {"/centraal/scholen.xhtml", "centraal"});
        PAGES.put("enrolment list centraal team", new String[] {"/inschrijving/index.xhtml", "centraal"});
        PAGES.put("enrolment list bestuurder", new String[] {"/inschrijving/index.xhtml", "bestuurder"});
        PAGES.put("enrolment form (public)", new String[] {"/inschrijving/aanvragen.xhtml", null});
        PAGES.put("fee quote API", new String[] {"/api/offerte?sector=VO&leraren=24&startjaar=2027-2028", null});
        PAGES.put("team board (schoolcoach)", new String[] {TEAMBORD, "schoolcoach"});
        PAGES.put("dashboard expertcoach", new String[] {"/expertcoach/index.xhtml", "expertcoach"});
        PAGES.put("trajectories bestuurder", new String[] {"/traject/index.xhtml", "bestuurder"});
        PAGES.put("people list centraal team", new String[] {"/centraal/mensen.xhtml", "centraal"});
        // The public site: the map's GeoJSON (every participating school, 5,000 with the benchmark
        // data; caching is off, so each request gets the whole document), the map page, the home
        // page and the information meetings as page and API.
        PAGES.put("home page (public)", new String[] {"/index.xhtml", null});
        PAGES.put("map GeoJSON API", new String[] {"/api/scholen/kaart", null});
        PAGES.put("map page (public)", new String[] {"/scholen-kaart.xhtml", null});
        PAGES.put("meetings page (public)", new String[] {"/publiek/bijeenkomsten.xhtml", null});
        PAGES.put("meetings API", new String[] {"/api/informatiebijeenkomsten", null});
        // -Dpages=register,people: only the pages whose name holds one of these words (and the baseline).
        String only = System.getProperty("pages", "").trim();
        if (!only.isEmpty()) {
            java.util.List<String> words = java.util.Arrays.asList(
                    only.toLowerCase(java.util.Locale.ROOT).split(","));
            PAGES.keySet()
                    .removeIf(name -> !BASELINE.equals(name) && words.stream().noneMatch(name::contains));
        }
    }

    /** Per page: {end time in ms, response time in ms} of every successful request. */
    private static final Map<String, Queue<long[]>> SAMPLES = new ConcurrentHashMap<>();

    private static ChainBuilder login(String username) {
        return exec(http("login form")
                        .get("/login.xhtml")
                        .check(css("input[name='jakarta.faces.ViewState']", "value")
                                .saveAs("viewState")))
                .exec(http("login submit")
                        .post("/login.xhtml")
                        .formParam("loginForm", "loginForm")
                        .formParam("loginForm:username", username)
                        .formParam("loginForm:password", PASSWORD)
                        .formParam("loginForm:submit", "")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .check(status().is(200), css("#ingelogdAls").exists()));
    }

    /** For the team board: the first trajectory link of the user's list, saved as {@code teambord}. */
    private static ChainBuilder eigenTeambord() {
        return exec(http("find team board")
                .get("/traject/index.xhtml")
                .check(status().is(200), css("a.lk-traject-link", "href").saveAs("teambord")));
    }

    private static ChainBuilder measured(String name, String path) {
        return exec(http(name)
                        .get(path)
                        .check(status().is(200), responseTimeInMillis().saveAs("rt")))
                .exec(session -> {
                    if (session.contains("rt")) {
                        SAMPLES.computeIfAbsent(name, k -> new ConcurrentLinkedQueue<>())
                                .add(new long[] {System.currentTimeMillis(), session.getInt("rt")});
                    }
                    return session.remove("rt");
                });
    }

    private static PopulationBuilder phase(String name, String path, String user) {
        ScenarioBuilder scenario = scenario(name);
        if (user != null) {
            scenario = scenario.exec(login(user));
        }
        if (TEAMBORD.equals(path)) {
            scenario = scenario.exec(eigenTeambord());
        }
        return scenario.during(PHASE).on(measured(name, path)).injectOpen(atOnceUsers(USERS));
    }

    /**
     * Before anything is measured, every page is requested for a while so the JIT has compiled the
     * code paths of all of them, not only of the first phase.
     */
    private static List<PopulationBuilder> warmUp() {
        List<PopulationBuilder> users = new ArrayList<>();
        PAGES.forEach((name, page) -> {
            ScenarioBuilder scenario = scenario("warm-up " + name);
            if (page[1] != null) {
                scenario = scenario.exec(login(page[1]));
            }
            if (TEAMBORD.equals(page[0])) {
                scenario = scenario.exec(eigenTeambord());
            }
            users.add(scenario.during(WARM_UP)
                    .on(exec(http("warm-up").get(page[0]).check(status().is(200))))
                    .injectOpen(atOnceUsers(Math.max(1, USERS / 2))));
        });
        return users;
    }

    {
        List<PopulationBuilder> phases = new ArrayList<>();
        PAGES.forEach((name, page) -> phases.add(phase(name, page[0], page[1])));
        PopulationBuilder chain = phases.get(phases.size() - 1);
        for (int i = phases.size() - 2; i >= 0; i--) {
            chain = phases.get(i).andThen(chain);
        }
        List<PopulationBuilder> warmUp = warmUp();
        List<PopulationBuilder> all = new ArrayList<>();
        for (PopulationBuilder warm : warmUp.subList(0, warmUp.size() - 1)) {
            all.add(warm);
        }
        all.add(warmUp.get(warmUp.size() - 1).andThen(chain));
        // Each request from one of 1,016 (4 x 254) client addresses, as the public reaches the platform through
        // its proxy (start the app with LEERKRACHT_TRUSTED_PROXIES=127.0.0.1): the public quote API
        // answers 600 calls per client in 10 minutes, and the benchmark measures the API, not the limit.
        setUp(all)
                .protocols(http.baseUrl(BASE_URL)
                        .disableCaching()
                        .header(
                                "X-Forwarded-For",
                                session -> "10.99."
                                        + java.util.concurrent.ThreadLocalRandom.current()
                                                .nextInt(4) + "."
                                        + (1
                                                + java.util.concurrent.ThreadLocalRandom.current()
                                                        .nextInt(254))));
    }

    @Override
    public void after() {
        double baseline = throughput(SAMPLES.get(BASELINE));
        System.out.println();
        System.out.printf(
                "leerKRACHT benchmark: %d users per page, %d s per page after %d s warm-up, %s%n",
                USERS, PHASE.toSeconds(), WARM_UP.toSeconds(), BASE_URL);
        System.out.printf("%-32s %8s %9s %7s %7s %10s%n", "page", "requests", "req/s", "p50 ms", "p99 ms", "vs ping");
        PAGES.keySet().forEach(name -> {
            Queue<long[]> samples = SAMPLES.get(name);
            if (samples == null || samples.isEmpty()) {
                System.out.printf("%-32s %8s%n", name, "no successful requests");
                return;
            }
            List<Long> times = samples.stream().map(s -> s[1]).sorted().toList();
            double rps = throughput(samples);
            System.out.printf(
                    "%-32s %8d %9.1f %7d %7d %10.3f%n",
                    name, times.size(), rps, percentile(times, 50), percentile(times, 99), rps / baseline);
        });
    }

    private static double throughput(Queue<long[]> samples) {
        if (samples == null || samples.isEmpty()) {
            return Double.NaN;
        }
        long first = samples.stream().mapToLong(s -> s[0] - s[1]).min().getAsLong();
        long last = samples.stream().mapToLong(s -> s[0]).max().getAsLong();
        return samples.size() * 1000.0 / Math.max(1, last - first);
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
