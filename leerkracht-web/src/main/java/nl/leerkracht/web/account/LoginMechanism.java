package nl.leerkracht.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import nl.leerkracht.service.account.AccountService;
import nl.leerkracht.service.account.Principal;
import nl.leerkracht.web.platform.ApiErrorMapper;
import nl.leerkracht.web.platform.ClientAddress;
import nl.leerkracht.web.platform.Programs;

/**
 * Form login through the Faces page {@code /login.xhtml}. An anonymous request for a protected page
 * is remembered and redirected to the login page; {@link LoginBacking} returns there after a
 * successful login. REST clients below {@code /api/} authenticate with HTTP Basic on each request;
 * there the session is not read at all.
 *
 * <p>After login, the caller's name and groups are kept in the HTTP session and handed to the
 * container on every request, after checking that the account is still active and its sessions
 * were not ended since this one began (one indexed read), so a leaver is out at their next request.
 * Faces resources (style sheets, scripts, icons) are public and skip that read. Each login in a
 * browser is a session row ({@code Sessie}) its owner sees on "Mijn gegevens" and can end. Two standard shortcuts fail on Payara 6.2025.10 and are not used:
 * {@code @AutoApplySession} passes only the principal and lets Payara look up the groups through a
 * security context shared between threads, so under concurrent load some requests of logged-in
 * users lose their roles and get 403 (payara/Payara#6145, fixed upstream after this release); and
 * the restored request of {@code @LoginToContinue} reached the EJBs without roles.
 */
@ApplicationScoped
public class LoginMechanism implements HttpAuthenticationMechanism {

    @Inject
    private Clock clock;

    static final String LOGIN_PAGE = "/login.xhtml";
    private static final Logger LOG = Logger.getLogger(LoginMechanism.class.getName());
    private static final String RESOURCES = "/jakarta.faces.resource/";
    private static final String RETURN_TO = LoginMechanism.class.getName() + ".returnTo";
    private static final String CALLER = LoginMechanism.class.getName() + ".caller";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private LoginFeedback feedback;

    @EJB
    private AccountService accounts;

    @Inject
    private ClientAddress clients;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            feedback.setClient(clients.of(request));
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                HttpSession session = request.getSession(true);
                if (session.getAttribute(CALLER) instanceof Caller earlier) {
                    accounts.beeindigSessie(earlier.sessieId());
                }
                String name = result.getCallerPrincipal().getName();
                long sessieId = accounts.beginSessie(name, request.getHeader("User-Agent"), clients.of(request));
                session.setAttribute(CALLER, new Caller(name, result.getCallerGroups(), clock.instant(), sessieId));
            }
            return context.notifyContainerAboutLogin(result);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null
                && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                && (Programs.isApi(request) || Programs.isMonitoring(request))) {
            return basic(authorization.substring(6).trim(), context);
        }
        if (!context.isProtected() && isResource(request)) {
            // Style sheets, scripts and icons are the same for everyone: no account read for them.
            return context.doNothing();
        }
        if (Programs.isApi(request)) {
            // The API is for client programs: HTTP Basic or nobody. A browser's session cookie does
            // not count there, so a page on another site cannot call it in a logged-in person's name.
            return context.isProtected() ? unauthorized(context) : context.doNothing();
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof Caller caller) {
            AccountService.SessieStatus status =
                    accounts.isSessieGeldig(caller.name(), caller.loggedInAt(), caller.sessieId());
            if (status != AccountService.SessieStatus.VERLOPEN) {
                if (status == AccountService.SessieStatus.BIJWERKEN) {
                    accounts.zieSessie(caller.sessieId());
                }
                return context.notifyContainerAboutLogin(caller.name(), caller.groups());
            }
            // Deactivated, their sessions were ended (password reset or change), or this one was: out, now.
            session.invalidate();
        }
        if (context.isProtected() && Programs.isMonitoring(request)) {
            // A program asks for these: it gets the challenge for HTTP Basic, not the login page.
            return unauthorized(context);
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession(true)
                        .setAttribute(
                                RETURN_TO,
                                request.getRequestURI()
                                                .substring(
                                                        request.getContextPath().length())
                                        + (query == null ? "" : "?" + query));
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private static boolean isResource(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + RESOURCES);
    }

    /**
     * HTTP Basic for REST clients: checked per request against the same accounts (and the same
     * limit on failed logins) as the login page; nothing is kept in a session.
     */
    private AuthenticationStatus basic(String encoded, HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return unauthorized(context);
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            return unauthorized(context);
        }
        feedback.setClient(clients.of(context.getRequest()));
        CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(
                decoded.substring(0, colon), new Password(decoded.substring(colon + 1))));
        if (feedback.isThrottled()) {
            return tooManyFailures(context);
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return unauthorized(context);
        }
        return context.notifyContainerAboutLogin(result);
    }

    /** 429 with the seconds to wait: this client had too many failed logins with this name, or with any. */
    private AuthenticationStatus tooManyFailures(HttpMessageContext context) {
        try {
            long seconds = Math.max(1, (feedback.getRetryAfter().toMillis() + 999) / 1000);
            ApiErrorMapper.writeTooManyFailedLogins(context.getResponse(), seconds);
        } catch (IOException clientGone) {
            LOG.fine(() -> "A refused API client left: " + clientGone);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** 401 with the challenge for HTTP Basic and a Dutch JSON body, as every API refusal has. */
    private static AuthenticationStatus unauthorized(HttpMessageContext context) {
        try {
            ApiErrorMapper.writeLoginRequired(context.getResponse());
        } catch (IOException clientGone) {
            LOG.fine(() -> "A refused API client left: " + clientGone);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            if (session.getAttribute(CALLER) instanceof Caller caller) {
                accounts.beeindigSessie(caller.sessieId());
            }
            session.removeAttribute(CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /**
     * The page the user asked for before logging in, once; only a path inside this application.
     */
    static String takeReturnPath(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Object path = session.getAttribute(RETURN_TO);
        session.removeAttribute(RETURN_TO);
        return path instanceof String p && p.startsWith("/") && !p.startsWith("//") ? p : null;
    }

    /**
     * After the caller ended all their sessions (a password change, "log out elsewhere"): this
     * session counts as begun now, so it goes on while the others end.
     */
    static void renewSession(HttpServletRequest request, Instant nu) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof Caller caller) {
            session.setAttribute(CALLER, new Caller(caller.name(), caller.groups(), nu, caller.sessieId()));
            request.changeSessionId();
        }
    }

    /**
     * The person switches to another of their memberships: from the next request on they go by its
     * principal name with its role as their one group. The session id changes with the privileges.
     */
    static void wissel(HttpServletRequest request, String principal, String rol) {
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(CALLER) instanceof Caller caller
                && Principal.username(principal).equals(Principal.username(caller.name()))) {
            session.setAttribute(CALLER, new Caller(principal, Set.of(rol), caller.loggedInAt(), caller.sessieId()));
            request.changeSessionId();
        }
    }

    /** The id of the logged-in session of this HTTP session (see {@code Sessie}), if any. */
    static Optional<Long> sessieId(HttpSession session) {
        return session != null && session.getAttribute(CALLER) instanceof Caller caller
                ? Optional.of(caller.sessieId())
                : Optional.empty();
    }

    /** The logged-in caller as kept in the session, with the moment they logged in and their session's row. */
    private record Caller(String name, Set<String> groups, Instant loggedInAt, long sessieId) implements Serializable {
        private Caller {
            groups = Set.copyOf(groups);
        }
    }
}
