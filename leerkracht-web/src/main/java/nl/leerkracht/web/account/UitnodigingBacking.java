package nl.leerkracht.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import nl.leerkracht.service.account.UitnodigingService;
import nl.leerkracht.service.account.UitnodigingView;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.web.platform.Messages;

/**
 * {@code /uitnodiging.xhtml}: the invitee's personal link. They choose a password and are logged
 * in; a used, expired or withdrawn link gets a page that says so and what to do.
 */
@Named("uitnodiging")
@ViewScoped
public class UitnodigingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private UitnodigingService uitnodigingen;

    @Inject
    private SessionLogin sessionLogin;

    @Inject
    private Messages messages;

    private String sleutel;
    private UitnodigingView uitnodiging;
    private String wachtwoord;
    private String herhaling;

    public void load() {
        uitnodiging = uitnodigingen.open(sleutel).orElse(null);
    }

    public void accept() throws IOException {
        String gebruikersnaam;
        try {
            gebruikersnaam = uitnodigingen.accept(sleutel, wachtwoord, herhaling);
        } catch (BusinessException refusal) {
            if ("toegangslink.fout.ongeldig".equals(refusal.getMessageKey())) {
                uitnodiging = null;
            } else {
                messages.error(refusal);
            }
            return;
        }
        String gekozen = wachtwoord;
        wachtwoord = null;
        herhaling = null;
        sessionLogin.logInAndGoHome(gebruikersnaam, gekozen, "uitnodiging.klaar");
    }

    public String getSleutel() {
        return sleutel;
    }

    public void setSleutel(String sleutel) {
        this.sleutel = sleutel;
    }

    /** The invitation the link opens; null when it does not work (any more). */
    public UitnodigingView getUitnodiging() {
        return uitnodiging;
    }

    public String getWachtwoord() {
        return wachtwoord;
    }

    public void setWachtwoord(String wachtwoord) {
        this.wachtwoord = wachtwoord;
    }

    public String getHerhaling() {
        return herhaling;
    }

    public void setHerhaling(String herhaling) {
        this.herhaling = herhaling;
    }
}
