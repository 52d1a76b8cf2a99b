package nl.leerkracht.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.leerkracht.service.platform.PublicUrl;

/**
 * Security headers on every answer (OWASP ASVS 14.4): the browser guesses no content types, sends
 * no address to other sites, grants no camera, microphone or location, and shows the platform in
 * no frame of another site. An answer to a logged-in person is never stored by the browser or a
 * proxy (it holds personal data); style sheets, scripts and icons are the same for everyone and
 * stay cacheable. When people reach the platform over HTTPS ({@code LEERKRACHT_PUBLIC_URL}), the
 * browser is told to use nothing else for a year (HSTS).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class Beveiligingskoppen extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Inject
    private transient PublicUrl publicUrl;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        response.setHeader("Content-Security-Policy", "frame-ancestors 'self'; base-uri 'self'; form-action 'self'");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        if (publicUrl.isHttps()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (isPersoonlijk(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /** Whether an answer must not be stored: a logged-in person's page, JSON or download. */
    static boolean isPersoonlijk(HttpServletRequest request) {
        return request.getUserPrincipal() != null
                && !request.getRequestURI().startsWith(request.getContextPath() + RESOURCES);
    }
}
