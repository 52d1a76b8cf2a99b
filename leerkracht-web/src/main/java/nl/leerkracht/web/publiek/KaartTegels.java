package nl.leerkracht.web.publiek;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /kaart/tegels/{z}/{x}/{y}.png}: the map's background tiles, fetched from the configured
 * tile server and kept in memory, so a visitor's browser only talks to this site. When the tile
 * server cannot be reached the answer is 502 and the map shows its markers without background.
 */
@WebServlet("/kaart/tegels/*")
public class KaartTegels extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(KaartTegels.class.getName());
    private static final Pattern TEGEL = Pattern.compile("/(\\d{1,2})/(\\d{1,7})/(\\d{1,7})\\.png");
    private static final int MAX_ZOOM = 18;
    /** Beyond the overview zooms only the Netherlands and its borders: the proxy fetches no tiles of elsewhere. */
    private static final int OVERZICHT_ZOOM = 7;

    private static final double WEST = 2.5;
    private static final double OOST = 7.8;
    private static final double ZUID = 50.3;
    private static final double NOORD = 54.0;
    private static final java.util.Set<String> BEELDEN = java.util.Set.of("image/png", "image/jpeg", "image/webp");
    /** About 20 MB of the tiles most asked for: the Netherlands at the zoom levels people use. */
    private static final int MAX_TEGELS = 1000;

    private static final String USER_AGENT = "leerKRACHT-platform/1.0 (+mailto:info@stichting-leerkracht.nl)";

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    /** The most recently used tiles; one servlet serves the application, so one cache. */
    @SuppressWarnings("serial")
    private static final Map<String, Tegel> CACHE = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Tegel> eldest) {
            return size() > MAX_TEGELS;
        }
    };

    /** After a failure the tile server gets a rest, so a visitor's 20 tiles don't each wait for it. */
    private static final long RUST_MILLIS = 30_000;

    private static volatile long rustTot;

    @Inject
    private transient Kaartinstellingen instellingen;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher tegel = TEGEL.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!tegel.matches() || instellingen.getTegels().isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        int z = Integer.parseInt(tegel.group(1));
        long x = Long.parseLong(tegel.group(2));
        long y = Long.parseLong(tegel.group(3));
        if (z > MAX_ZOOM || x >= (1L << z) || y >= (1L << z) || (z >= OVERZICHT_ZOOM && !inNederland(z, x, y))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String sleutel = z + "/" + x + "/" + y;
        Tegel gevonden;
        synchronized (CACHE) {
            gevonden = CACHE.get(sleutel);
        }
        if (gevonden == null) {
            gevonden = System.currentTimeMillis() < rustTot
                    ? null
                    : haal(instellingen.getTegels().get(), z, x, y);
            if (gevonden == null) {
                response.sendError(HttpServletResponse.SC_BAD_GATEWAY);
                return;
            }
            synchronized (CACHE) {
                CACHE.put(sleutel, gevonden);
            }
        }
        response.setContentType(gevonden.contentType());
        response.setHeader("Cache-Control", "public, max-age=604800");
        response.setContentLength(gevonden.inhoud().length);
        response.getOutputStream().write(gevonden.inhoud());
    }

    /** Whether tile x/y at zoom z lies over the Netherlands (Web Mercator tile numbering). */
    static boolean inNederland(int z, long x, long y) {
        double n = 1L << z;
        return x >= Math.floor((WEST + 180) / 360 * n)
                && x <= Math.floor((OOST + 180) / 360 * n)
                && y >= tegelY(NOORD, n)
                && y <= tegelY(ZUID, n);
    }

    private static double tegelY(double breedte, double n) {
        double rad = Math.toRadians(breedte);
        return Math.floor((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2 * n);
    }

    private static Tegel haal(String sjabloon, int z, long x, long y) {
        String adres = sjabloon.replace("{z}", Integer.toString(z))
                .replace("{x}", Long.toString(x))
                .replace("{y}", Long.toString(y));
        try {
            HttpResponse<byte[]> antwoord = CLIENT.send(
                    HttpRequest.newBuilder(URI.create(adres))
                            .timeout(Duration.ofSeconds(8))
                            .header("User-Agent", USER_AGENT)
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            String type = antwoord.headers()
                    .firstValue("Content-Type")
                    .orElse("")
                    .split(";")[0]
                    .trim()
                    .toLowerCase(java.util.Locale.ROOT);
            if (antwoord.statusCode() != 200 || !BEELDEN.contains(type)) {
                LOG.fine(() -> "Tile " + adres + " answered " + antwoord.statusCode() + " " + type);
                if (antwoord.statusCode() == 429 || antwoord.statusCode() >= 500) {
                    rust();
                }
                return null;
            }
            return new Tegel(type, antwoord.body());
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.FINE, "Tile " + adres + " could not be fetched", e);
            rust();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void rust() {
        rustTot = System.currentTimeMillis() + RUST_MILLIS;
    }

    private record Tegel(String contentType, byte[] inhoud) {}
}
