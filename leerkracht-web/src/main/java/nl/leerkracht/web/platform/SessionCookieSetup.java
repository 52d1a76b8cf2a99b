package nl.leerkracht.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import nl.leerkracht.service.platform.PublicUrl;

/**
 * The session cookie is HttpOnly, and Secure when people reach the platform over HTTPS
 * ({@code LEERKRACHT_PUBLIC_URL}): behind a proxy that ends TLS the app itself sees plain HTTP, so
 * the container cannot tell. SameSite=Lax is set in {@code payara-web.xml}, the one place Payara
 * reads it from.
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

    @Inject
    private PublicUrl publicUrl;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        if (publicUrl.isHttps()) {
            cookie.setSecure(true);
        }
    }
}
