package nl.leerkracht.service.account;

import java.io.Serializable;
import java.time.Duration;
import nl.leerkracht.domain.account.LoginOutcome;
import nl.leerkracht.domain.account.Rol;

/** What the identity store needs to know of a login attempt. */
public class LoginResult implements Serializable {

    private static final long serialVersionUID = 1L;
    private final LoginOutcome outcome;
    private final String username;
    private final Rol rol;
    private final Duration retryAfter;

    LoginResult(LoginOutcome outcome, String username, Rol rol) {
        this(outcome, username, rol, Duration.ZERO);
    }

    private LoginResult(LoginOutcome outcome, String username, Rol rol, Duration retryAfter) {
        this.outcome = outcome;
        this.username = username;
        this.rol = rol;
        this.retryAfter = retryAfter;
    }

    /** Refused unseen: the sender had too many failed logins and may try again after this long. */
    static LoginResult throttled(Duration retryAfter) {
        return new LoginResult(LoginOutcome.THROTTLED, null, null, retryAfter);
    }

    public LoginOutcome getOutcome() {
        return outcome;
    }

    /** The stored (lower-case) user name; null unless the login succeeded. */
    public String getUsername() {
        return username;
    }

    /** For a throttled attempt: how long until the sender may try again; zero otherwise. */
    public Duration getRetryAfter() {
        return retryAfter;
    }

    /** The role; null unless the login succeeded. */
    public Rol getRol() {
        return rol;
    }
}
