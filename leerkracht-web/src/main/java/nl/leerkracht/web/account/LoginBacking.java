package nl.leerkracht.web.account;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.inject.Model;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @Inject
    private ActiveUser activeUser;

    @Inject
    private Messages messages;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // A new session id before the session becomes an authenticated one: no session fixation.
        request.getSession(true);
        request.changeSessionId();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().credential(new UsernamePasswordCredential(username, new Password(password))));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                activeUser.reset();
                String returnPath = LoginMechanism.takeReturnPath(request);
                external.redirect(external.getRequestContextPath()
                        + (returnPath != null ? returnPath : activeUser.getHomePath()));
            }
            // A wrong password and a throttled attempt get the same answer: it tells nothing.
            default -> messages.error("login.failed");
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
