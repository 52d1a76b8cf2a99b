package nl.leerkracht.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.inject.Model;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import nl.leerkracht.domain.shared.Tekst;
import nl.leerkracht.service.account.WachtwoordHerstelService;
import nl.leerkracht.service.platform.RateLimits.Limit;
import nl.leerkracht.web.platform.Messages;
import nl.leerkracht.web.platform.RateLimiter;

/**
 * {@code /wachtwoord-vergeten.xhtml}: asks for a reset link. The answer is the same whether or not
 * the address is known.
 */
@Model
public class WachtwoordVergetenBacking {

    @EJB
    private WachtwoordHerstelService herstel;

    @Inject
    private RateLimiter rateLimiter;

    @Inject
    private Messages messages;

    private String email;
    private boolean verstuurd;

    public void vraagAan() {
        if (!Tekst.isEmail(email)) {
            // A typing mistake is said at once, not answered with "if we know the address...".
            messages.error("account.fout.email");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (!rateLimiter.allows(Limit.PASSWORD_RESET)) {
            messages.error("limiet.fout");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        herstel.vraagAan(email);
        verstuurd = true;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    /** Whether the request was made: the page then shows the one answer for every address. */
    public boolean isVerstuurd() {
        return verstuurd;
    }
}
