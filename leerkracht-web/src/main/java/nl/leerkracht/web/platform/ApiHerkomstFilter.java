package nl.leerkracht.web.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Set;
import nl.leerkracht.service.platform.PublicUrl;

/**
 * No call that changes something comes from another website (OWASP ASVS 4.2.2): a browser names
 * the page that made the request ({@code Origin}, {@code Sec-Fetch-Site}), and only this site's
 * own pages are let through. A page elsewhere can make a browser post a form, as plain text
 * too, but never with a JSON content type without the browser asking first; so a call that sends
 * something sends JSON, or is refused with 415.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class ApiHerkomstFilter implements ContainerRequestFilter {

    private static final Set<String> ALLEEN_LEZEN = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    private PublicUrl publicUrl;

    @Override
    public void filter(ContainerRequestContext request) {
        if (ALLEEN_LEZEN.contains(request.getMethod())) {
            return;
        }
        if (!vanDezeSite(request.getHeaderString("Origin"), request.getHeaderString("Sec-Fetch-Site"),
                request.getHeaderString("Host"), publicUrl.origin())) {
            request.abortWith(Weigering.fout(403, "api.fout.herkomst"));
            return;
        }
        MediaType type = request.getMediaType();
        if ((type != null || request.hasEntity()) && (type == null || !isJson(type))) {
            request.abortWith(Weigering.fout(415, "api.fout.json"));
        }
    }

    /**
     * Whether a request comes from this site's own pages or from no page at all (a client program
     * sends no {@code Origin}). The site is the public address or, before a proxy, the host asked for.
     */
    static boolean vanDezeSite(String origin, String fetchSite, String host, String publicOrigin) {
        if ("cross-site".equalsIgnoreCase(fetchSite) || "same-site".equalsIgnoreCase(fetchSite)) {
            return false;
        }
        if (origin == null) {
            return true;
        }
        if (origin.equalsIgnoreCase(publicOrigin)) {
            return true;
        }
        try {
            String authority = URI.create(origin.strip()).getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException notAnOrigin) {
            // "null" (a sandboxed frame, a local file) and anything else that is no origin
            return false;
        }
    }

    private static boolean isJson(MediaType type) {
        return "application".equalsIgnoreCase(type.getType())
                && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
    }
}
