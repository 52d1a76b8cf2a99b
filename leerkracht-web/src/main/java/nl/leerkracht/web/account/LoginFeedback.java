package nl.leerkracht.web.account;

import jakarta.enterprise.context.RequestScoped;

/**
 * Carries this request's login attempt between the authentication mechanism, the identity store and
 * the login page: the client it comes from, and whether it was refused unseen for too many failed
 * logins (then for how long).
 */
@RequestScoped
public class LoginFeedback {

    private String client;
    private java.time.Duration retryAfter = java.time.Duration.ZERO;

    /** The client's address, as {@link nl.leerkracht.web.platform.ClientAddress} determines it. */
    String getClient() {
        return client;
    }

    void setClient(String client) {
        this.client = client;
    }

    /** Zero, or how long the sender must wait: its attempt was refused for too many failed logins. */
    java.time.Duration getRetryAfter() {
        return retryAfter;
    }

    boolean isThrottled() {
        return !retryAfter.isZero();
    }

    void setRetryAfter(java.time.Duration retryAfter) {
        this.retryAfter = retryAfter;
    }
}
