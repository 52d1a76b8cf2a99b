package nl.leerkracht.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Duration;
import nl.leerkracht.service.platform.RateLimits;
import nl.leerkracht.service.platform.RateLimits.Limit;

/**
 * The platform's rate limits ({@link RateLimits}) for this request's sender: a public form that
 * costs someone else work or mail (a complaint, an enrolment request, a password reset link) and
 * the public quote API. The sender is the logged-in person, or else the client address
 * ({@link ClientAddress}; an IPv6 client by its /64 network). Over the limit the caller does nothing
 * and says to try again in a few minutes.
 */
@ApplicationScoped
public class RateLimiter {

    @Inject
    private RateLimits limits;

    @Inject
    private ClientAddress clients;

    @Inject
    private HttpServletRequest request;

    /** Counts this request's sender sending this form; false when over the limit: then do nothing. */
    public boolean allows(Limit limit) {
        return limits.allows(limit, sender());
    }

    /** Whether this request's sender reached the limit of failed attempts: refuse unseen. */
    public boolean isOver(Limit limit) {
        return limits.isOver(limit, sender());
    }

    /** Counts one failed attempt of this request's sender. */
    public void count(Limit limit) {
        limits.count(limit, sender());
    }

    /** How long this request's sender, refused just now, has to wait before it is allowed again. */
    public Duration waitFor(Limit limit) {
        return limits.waitFor(limit, sender());
    }

    private String sender() {
        Principal user = request.getUserPrincipal();
        return user != null ? "user:" + user.getName() : RateLimits.network(clients.of(request));
    }
}
