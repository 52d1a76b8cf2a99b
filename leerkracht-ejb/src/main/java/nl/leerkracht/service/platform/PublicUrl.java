package nl.leerkracht.service.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address at which users reach the platform ({@code LEERKRACHT_PUBLIC_URL}): every link in a
 * mail or in the log is made here, so that they all point at the same place.
 */
@ApplicationScoped
public class PublicUrl {

    @Inject
    @ConfigProperty(name = "leerkracht.public-url", defaultValue = "http://localhost:8080")
    private String base;

    /** The absolute address of a page, e.g. {@code /klachten/klacht.xhtml?id=3}. */
    public String of(String pathAndQuery) {
        return base.replaceAll("/+$", "") + pathAndQuery;
    }

    /** Whether people reach the platform over HTTPS (behind a proxy that ends TLS): then HSTS and Secure cookies. */
    public boolean isHttps() {
        return base.regionMatches(true, 0, "https://", 0, 8);
    }

    /** The origin browsers send for this site's own pages, e.g. {@code https://platform.leerkracht.nl}. */
    public String origin() {
        java.net.URI uri = java.net.URI.create(base.strip());
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** A personal link: the page with its key as the parameter {@code sleutel}. */
    public String withKey(String path, String sleutel) {
        return of(path + "?sleutel=" + URLEncoder.encode(sleutel, StandardCharsets.UTF_8));
    }
}
