package nl.leerkracht.web.account;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.web.platform.Messages;

/**
 * A page opened by a personal link where someone chooses a password and is then logged in: the
 * invitation and the password reset. A link that no longer works turns the page into one that
 * says so; a password that breaks the rules gets its message.
 */
public abstract class WachtwoordKiezenBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SessionLogin sessionLogin;

    @Inject
    private Messages messages;

    private String sleutel;
    private String wachtwoord;
    private String herhaling;

    /** f:viewAction: reads what the link opens. */
    public abstract void load();

    /**
     * Stores the chosen password for the link.
     *
     * @return the user name to log in with
     * @throws BusinessException {@code toegangslink.fout.ongeldig} or a password rule
     */
    protected abstract String kies(String sleutel, String wachtwoord, String herhaling);

    /** The link turned out not to work (any more): the page says so from now on. */
    protected abstract void linkWerktNiet();

    /** The message key shown on the dashboard after logging in. */
    protected abstract String klaarMelding();

    public void opslaan() throws IOException {
        String gebruikersnaam;
        try {
            gebruikersnaam = kies(sleutel, wachtwoord, herhaling);
        } catch (BusinessException refusal) {
            if ("toegangslink.fout.ongeldig".equals(refusal.getMessageKey())) {
                linkWerktNiet();
            } else {
                messages.error(refusal);
            }
            return;
        }
        String gekozen = wachtwoord;
        wachtwoord = null;
        herhaling = null;
        sessionLogin.logInAndGoHome(gebruikersnaam, gekozen, klaarMelding());
    }

    public String getSleutel() {
        return sleutel;
    }

    public void setSleutel(String sleutel) {
        this.sleutel = sleutel;
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
