package nl.leerkracht.web.account;

import jakarta.enterprise.inject.Model;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.PasswordHash;
import nl.leerkracht.web.platform.Messages;

/**
 * The login form. A successful login gets a new session id and lands on the page the user asked for,
 * or else on the role's dashboard.
 */
@Model
public class LoginBacking {

    /** A user name or an e-mail address. */
    @NotBlank
    @Size(max = Account.EMAIL_LENGTH)
    private String username;

    @NotBlank
    @Size(max = PasswordHash.MAX_PASSWORD_LENGTH)
    private String password;

    @Inject
    private SessionLogin sessionLogin;

    @Inject
    private FacesContext faces;

    @Inject
    private ActiveUser activeUser;

    @Inject
    private Messages messages;

    @Inject
    private LoginFeedback feedback;

    public void login() throws IOException {
        AuthenticationStatus status = sessionLogin.authenticate(username, password);
        ExternalContext external = faces.getExternalContext();
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                String returnPath = LoginMechanism.takeReturnPath((HttpServletRequest) external.getRequest());
                external.redirect(external.getRequestContextPath()
                        + (returnPath != null ? returnPath : activeUser.getHomePath()));
            }
            // A known and an unknown name are limited alike: being told to wait tells nothing either.
            default -> messages.error(feedback.isThrottled() ? "login.teVaak" : "login.failed");
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
