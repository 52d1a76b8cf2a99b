package nl.leerkracht.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person on the site through a plain HTTP client instead of a browser: cookies of its own,
 * redirects not followed, and a client address of its own through the loopback "proxy" (as
 * {@link Browser} has). Fast enough to ask hundreds of pages.
 */
final class WebSession {

    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The page's CSP nonce, on its scripts: PrimeFaces' script adds it to every form in the browser. */
    static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI root;
    private final String address = "10." + ThreadLocalRandom.current().nextInt(256) + "."
            + ThreadLocalRandom.current().nextInt(256) + "."
            + (1 + ThreadLocalRandom.current().nextInt(254));
    private String landing;
    private List<String> setCookies = List.of();

    private WebSession(String base) {
        String loopback = base.replaceFirst("//[^/:]+", "//127.0.0.1");
        this.root = URI.create(loopback.endsWith("/") ? loopback : loopback + "/");
    }

    /** Someone who has not logged in. */
    static WebSession anonymous(String base) {
        return new WebSession(base);
    }

    /** Someone who logged in with the login form; fails when the login is not accepted. */
    static WebSession login(String base, String username, String password) {
        WebSession session = new WebSession(base);
        HttpResponse<String> response = session.postLogin(username, password, true);
        assertEquals(302, response.statusCode(), "login of " + username + " was not accepted");
        String location = URI.create(response.headers().firstValue("Location").orElseThrow())
                .getPath();
        session.landing = location.substring(session.root.getPath().length() - 1);
        session.setCookies = response.headers().allValues("Set-Cookie");
        return session;
    }

    /**
     * Sends the login form as a browser does: with the page's view state and, unless told
     * otherwise, the page's CSP nonce, which PrimeFaces' script puts into the form.
     */
    HttpResponse<String> postLogin(String username, String password, boolean withNonce) {
        String page = get("login.xhtml").body();
        Matcher viewState = VIEW_STATE.matcher(page);
        assertTrue(viewState.find(), "login page without view state");
        Matcher nonce = NONCE.matcher(page);
        assertTrue(nonce.find(), "login page without a CSP nonce");
        String form = "loginForm=loginForm&loginForm%3Ausername=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&loginForm%3Apassword=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&loginForm%3Asubmit=&jakarta.faces.ViewState="
                + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8)
                + (withNonce ? "&primefaces.nonce=" + URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8) : "");
        return send(request("login.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** The client address the app sees for this person. */
    String address() {
        return address;
    }

    /** The page the login led to, e.g. {@code /bestuur/index.xhtml}. */
    String landing() {
        return landing;
    }

    /** The raw {@code Set-Cookie} headers of the login's answer. */
    List<String> setCookies() {
        return setCookies;
    }

    /** A GET of a path relative to the app's root (a leading slash is allowed). */
    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** Any request with a method, content type and body of its own, as a careless or hostile client sends it. */
    HttpResponse<String> send(String method, String path, String contentType, String body) {
        return send(request(path)
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    int status(String path) {
        return get(path).statusCode();
    }

    private HttpRequest.Builder request(String path) {
        // "//x" stays as it is: the address as a careless or hostile client writes it.
        URI uri = path.startsWith("//")
                ? URI.create(root + path.substring(1))
                : root.resolve(path.startsWith("/") ? path.substring(1) : path);
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("X-Forwarded-For", address);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
