package nl.leerkracht.web.account;

import jakarta.enterprise.context.RequestScoped;
import nl.leerkracht.domain.account.LoginOutcome;

/**
 * Carries this request's login attempt between the authentication mechanism, the identity store and
 * the login page: the client it comes from, and its outcome.
 */
@RequestScoped
public class LoginFeedback {

    private LoginOutcome outcome;
    private String client;

    void record(LoginOutcome outcome) {
        this.outcome = outcome;
    }

    public LoginOutcome getOutcome() {
        return outcome;
    }

    /** The client's address, as {@link ClientAddress} determines it. */
    String getClient() {
        return client;
    }

    void setClient(String client) {
        this.client = client;
    }
}
