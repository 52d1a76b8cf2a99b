package nl.leerkracht.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Form login through the Faces page {@code /login.xhtml}. An anonymous request for a protected page
 * is remembered and redirected to the login page; {@link LoginBacking} returns there after a
 * successful login. The authenticated caller is kept in the session ({@code @AutoApplySession}).
 *
 * <p>Written out rather than using {@code @CustomFormAuthenticationMechanismDefinition}: on Payara 6
 * the request that its login-to-continue flow restores reaches the EJB layer without the caller's
 * roles.
 */
@AutoApplySession
@ApplicationScoped
public class LoginMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    private static final String RETURN_TO = LoginMechanism.class.getName() + ".returnTo";

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(credential));
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession(true).setAttribute(RETURN_TO,
                        request.getRequestURI().substring(request.getContextPath().length())
                                + (query == null ? "" : "?" + query));
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    /**
     * The page the user asked for before logging in, once; only a path inside this application.
     */
    static String takeReturnPath(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Object path = session.getAttribute(RETURN_TO);
        session.removeAttribute(RETURN_TO);
        return path instanceof String p && p.startsWith("/") && !p.startsWith("//") ? p : null;
    }
}
