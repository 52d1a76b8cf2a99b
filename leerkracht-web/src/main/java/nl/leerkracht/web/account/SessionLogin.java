package nl.leerkracht.web.account;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.leerkracht.web.platform.Messages;

/**
 * Logs the person of this request in with a user name and password, the one way every page does it:
 * the login page, and the pages where someone has just chosen their password.
 */
@RequestScoped
public class SessionLogin {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private ActiveUser activeUser;

    @Inject
    private Messages messages;

    /** Authenticates through the login mechanism, with a new session id first: no session fixation. */
    public AuthenticationStatus authenticate(String username, String password) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.getSession(true);
        request.changeSessionId();
        AuthenticationStatus status = securityContext.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                withParams().credential(new UsernamePasswordCredential(username, new Password(password))));
        if (status == AuthenticationStatus.SUCCESS) {
            activeUser.reset();
        }
        return status;
    }

    /**
     * Right after a password was chosen: logs in and goes to the role's dashboard with the message,
     * or, should that fail, to the login page.
     */
    public void logInAndGoHome(String username, String password, String messageKey) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (authenticate(username, password) == AuthenticationStatus.SUCCESS) {
            external.getFlash().setKeepMessages(true);
            messages.info(messageKey);
            external.redirect(external.getRequestContextPath() + activeUser.getHomePath());
        } else {
            external.redirect(external.getRequestContextPath() + LoginMechanism.LOGIN_PAGE);
        }
    }
}
