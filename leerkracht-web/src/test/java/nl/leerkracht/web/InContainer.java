package nl.leerkracht.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * What a service test needs inside the container ({@link ServicesIT}): the services themselves, and
 * a caller. Each test runs in one request of Arquillian's test servlet; this filter, which exists
 * only in the test deployment, keeps that request so a test can log in as a demo user through the
 * platform's own login mechanism, exactly as the login page does, and call the services as them.
 */
@WebFilter("/*")
public class InContainer implements Filter {

    private static final String PASSWORD = "leerkracht-demo";
    private static final ThreadLocal<HttpServletRequest> REQUEST = new ThreadLocal<>();
    private static final ThreadLocal<HttpServletResponse> RESPONSE = new ThreadLocal<>();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        REQUEST.set((HttpServletRequest) request);
        RESPONSE.set((HttpServletResponse) response);
        try {
            chain.doFilter(request, response);
        } finally {
            REQUEST.remove();
            RESPONSE.remove();
        }
    }

    /** A bean of the platform: a service, the clock. */
    static <T> T bean(Class<T> type) {
        return CDI.current().select(type).get();
    }

    /** From here on the test calls the services as the demo user {@code username}. */
    static void als(String username) {
        anoniem();
        AuthenticationStatus status = bean(SecurityContext.class)
                .authenticate(
                        REQUEST.get(),
                        RESPONSE.get(),
                        AuthenticationParameters.withParams()
                                .newAuthentication(true)
                                .credential(new UsernamePasswordCredential(username, new Password(PASSWORD))));
        assertEquals(AuthenticationStatus.SUCCESS, status, "login as " + username);
    }

    /** From here on the test calls the services as the public, without an account. */
    static void anoniem() {
        HttpServletRequest request = REQUEST.get();
        if (request.getUserPrincipal() != null) {
            try {
                request.logout();
            } catch (ServletException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
