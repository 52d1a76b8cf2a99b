package nl.leerkracht.service.account;

import java.io.Serializable;
import nl.leerkracht.domain.account.LoginOutcome;
import nl.leerkracht.domain.account.Rol;

/** What the identity store needs to know of a login attempt. */
public class LoginResult implements Serializable {

    private static final long serialVersionUID = 1L;
    private final LoginOutcome outcome;
    private final String username;
    private final Rol rol;

    LoginResult(LoginOutcome outcome, String username, Rol rol) {
        this.outcome = outcome;
        this.username = username;
        this.rol = rol;
    }

    static LoginResult invalid() {
        return new LoginResult(LoginOutcome.INVALID, null, null);
    }

    public LoginOutcome getOutcome() {
        return outcome;
    }

    /** The stored (lower-case) user name; null unless the login succeeded. */
    public String getUsername() {
        return username;
    }

    /** The role; null unless the login succeeded. */
    public Rol getRol() {
        return rol;
    }
}
