package nl.leerkracht.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The REST API as a client program uses it: JSON over HTTP, with HTTP Basic for a user. */
final class Api {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI root;
    private final String authorization;
    private final String forwardedFor;

    private Api(String base, String username, String password) {
        this(
                base,
                username == null
                        ? null
                        : "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)),
                (String) null,
                true);
    }

    private Api(String base, String authorization, String forwardedFor, boolean unused) {
        this.root = URI.create(base.endsWith("/") ? base : base + "/");
        this.authorization = authorization;
        this.forwardedFor = forwardedFor;
    }

    /**
     * The same user from another client, as a proxy in front of the app reports it: the suite runs
     * the app with 127.0.0.1 as its trusted proxy (LEERKRACHT_TRUSTED_PROXIES).
     */
    Api from(String client) {
        return new Api(root.toString(), authorization, client, true);
    }

    static Api anonymous(String base) {
        return new Api(base, null, null);
    }

    static Api as(String base, String username) {
        return new Api(base, username, "leerkracht-demo");
    }

    /** The same user with another password, e.g. a wrong one. */
    Api withPassword(String password) {
        String username = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
        Api other = new Api(root.toString(), username.substring(0, username.indexOf(':')), password);
        return forwardedFor == null ? other : other.from(forwardedFor);
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    /**
     * Any call, as a browser or a careless client might make it: its own method, content type
     * (none when null) and body, and extra headers in pairs (name, value).
     */
    HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = request(path)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    HttpResponse<byte[]> bytes(String path) {
        try {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The first value of a JSON field in a body, as text (numbers too); null when absent. */
    static String field(String json, String name) {
        Matcher matcher = Pattern.compile(
                        "\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[-0-9.]+|true|false|null)")
                .matcher(json);
        if (!matcher.find()) {
            return null;
        }
        return matcher.group(2) != null ? matcher.group(2) : matcher.group(1);
    }

    /** An enrolment request as JSON; unit is a vestiging or team id or null for PO. */
    static String aanvraag(long schoolId, String unitField, Long unitId, String startjaar, int leraren) {
        return "{\"schoolId\":" + schoolId + (unitField == null ? "" : ",\"" + unitField + "\":" + unitId)
                + ",\"startjaar\":\"" + startjaar + "\",\"aantalLeraren\":" + leraren
                + ",\"aanvragerNaam\":\"Carla Centraal\",\"aanvragerEmail\":\"carla@stichting-leerkracht.nl\""
                + ",\"aanvragerFunctie\":\"SCHOOLLEIDER\",\"schoolcoachNaam\":\"Coen Coach\",\"schoolcoachFte\":0.2"
                + ",\"aanjagers\":[{\"naam\":\"Anna Aanjager\",\"fte\":0.1}]"
                + ",\"besluitSamen\":true,\"tijdIngeroosterd\":true,\"schoolleidersregister\":false}";
    }
}
