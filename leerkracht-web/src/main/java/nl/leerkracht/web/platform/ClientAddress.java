package nl.leerkracht.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which client a request comes from, for limiting failed logins and flooding per client. Behind a
 * reverse proxy or load balancer every request comes from the proxy; its {@code X-Forwarded-For}
 * header names the client. That header is believed only from the proxies named in
 * {@code LEERKRACHT_TRUSTED_PROXIES} (comma-separated addresses): anyone else could write any
 * address in it.
 */
@ApplicationScoped
public class ClientAddress {

    /** Optional: MicroProfile Config counts an empty default as no value, which fails deployment. */
    @Inject
    @ConfigProperty(name = "leerkracht.trusted-proxies")
    private Optional<String> trustedProxiesSetting;

    private Set<String> trustedProxies;

    @PostConstruct
    void readTrustedProxies() {
        trustedProxies = parse(trustedProxiesSetting.orElse(""));
    }

    /** The client of this request. */
    public String of(HttpServletRequest request) {
        return of(request, trustedProxies);
    }

    static Set<String> parse(String trustedProxies) {
        if (trustedProxies == null || trustedProxies.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(trustedProxies.split(","))
                .map(String::trim)
                .filter(a -> !a.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The right-most address of the forwarding chain that is not a trusted proxy. */
    static String of(HttpServletRequest request, Set<String> trustedProxies) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !trustedProxies.contains(remote)) {
            return remote;
        }
        List<String> chain = Arrays.stream(forwarded.split(","))
                .map(String::trim)
                .filter(a -> !a.isEmpty())
                .toList();
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (!trustedProxies.contains(chain.get(i))) {
                String address = chain.get(i);
                return address.length() > 100 ? address.substring(0, 100) : address;
            }
        }
        return remote;
    }
}
