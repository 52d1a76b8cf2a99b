package nl.leerkracht.web.account;

import jakarta.enterprise.context.RequestScoped;
import nl.leerkracht.domain.account.LoginOutcome;

/** Carries the outcome of this request's login attempt from the identity store to the login page. */
@RequestScoped
public class LoginFeedback {

    private LoginOutcome outcome;

    void record(LoginOutcome outcome) {
        this.outcome = outcome;
    }

    public boolean isLocked() {
        return outcome == LoginOutcome.LOCKED;
    }
}
