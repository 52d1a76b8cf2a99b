package nl.leerkracht.web.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Locale;
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
public class ApiOriginFilter implements ContainerRequestFilter {

    private static final Set<String> READ_ONLY = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    private PublicUrl publicUrl;

    @Override
    public void filter(ContainerRequestContext request) {
        if (READ_ONLY.contains(request.getMethod())) {
            return;
        }
        if (!isSameSite(
                request.getHeaderString("Origin"),
                request.getHeaderString("Sec-Fetch-Site"),
                request.getHeaderString(HttpHeaders.HOST),
                publicUrl.origin())) {
            request.abortWith(ApiErrorMapper.refusal(403, "api.fout.herkomst"));
            return;
        }
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if ((type != null || request.hasEntity()) && !isJson(type)) {
            request.abortWith(ApiErrorMapper.refusal(415, "api.fout.json"));
        }
    }

    /**
     * Whether a request comes from this site's own pages or from no page at all (a client program
     * sends no {@code Origin}). The site is the public address, scheme and all; while that is not an
     * HTTPS address (no proxy yet, a developer's machine), also the host asked for.
     */
    static boolean isSameSite(String origin, String fetchSite, String host, String publicOrigin) {
        if ("cross-site".equalsIgnoreCase(fetchSite) || "same-site".equalsIgnoreCase(fetchSite)) {
            return false;
        }
        if (origin == null) {
            return true;
        }
        if (origin.equalsIgnoreCase(publicOrigin)) {
            return true;
        }
        if (publicOrigin != null && publicOrigin.regionMatches(true, 0, "https:", 0, 6)) {
            // Behind the TLS proxy only the public address counts: the host alone would let a page
            // served over plain HTTP on the same host (http://platform/...) post as the site.
            return false;
        }
        try {
            String authority = URI.create(origin.strip()).getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException notAnOrigin) {
            // "null" (a sandboxed frame, a local file) and anything else that is no origin
            return false;
        }
    }

    /** {@code application/json} or {@code application/...+json}, with any parameters; anything else is not. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String type = (parameters < 0 ? contentType : contentType.substring(0, parameters))
                .strip()
                .toLowerCase(Locale.ROOT);
        return type.equals("application/json")
                || type.startsWith("application/")
                        && type.endsWith("+json")
                        && type.indexOf('/') == type.lastIndexOf('/');
    }
}
