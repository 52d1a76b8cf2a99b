package nl.leerkracht.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import nl.leerkracht.service.account.WachtwoordHerstelService;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.web.platform.Messages;

/**
 * {@code /wachtwoord-herstel.xhtml}: the reset link from the mail. The person chooses a new password
 * and is logged in; a used or expired link gets a page that says so.
 */
@Named("wachtwoordHerstel")
@ViewScoped
public class WachtwoordHerstelBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private WachtwoordHerstelService herstel;

    @Inject
    private SessionLogin sessionLogin;

    @Inject
    private Messages messages;

    private String sleutel;
    private String naam;
    private String wachtwoord;
    private String herhaling;

    public void load() {
        naam = herstel.open(sleutel).orElse(null);
    }

    public void opslaan() throws IOException {
        String gebruikersnaam;
        try {
            gebruikersnaam = herstel.herstel(sleutel, wachtwoord, herhaling);
        } catch (BusinessException refusal) {
            if ("toegangslink.fout.ongeldig".equals(refusal.getMessageKey())) {
                naam = null;
            } else {
                messages.error(refusal);
            }
            return;
        }
        String gekozen = wachtwoord;
        wachtwoord = null;
        herhaling = null;
        sessionLogin.logInAndGoHome(gebruikersnaam, gekozen, "herstel.klaar");
    }

    public String getSleutel() {
        return sleutel;
    }

    public void setSleutel(String sleutel) {
        this.sleutel = sleutel;
    }

    /** The name of the person whose link this is; null when the link does not work (any more). */
    public String getNaam() {
        return naam;
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
