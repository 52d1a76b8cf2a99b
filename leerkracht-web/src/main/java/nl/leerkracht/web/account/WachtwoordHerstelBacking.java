package nl.leerkracht.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.leerkracht.service.account.WachtwoordHerstelService;

/**
 * {@code /wachtwoord-herstel.xhtml}: the reset link from the mail. The person chooses a new password
 * and is logged in; a used or expired link gets a page that says so.
 */
@Named("wachtwoordHerstel")
@ViewScoped
public class WachtwoordHerstelBacking extends WachtwoordKiezenBacking {

    private static final long serialVersionUID = 1L;

    @EJB
    private WachtwoordHerstelService herstel;

    private String naam;

    @Override
    public void load() {
        naam = herstel.open(getSleutel()).orElse(null);
    }

    @Override
    protected String kies(String sleutel, String wachtwoord, String herhaling) {
        return herstel.herstel(sleutel, wachtwoord, herhaling);
    }

    @Override
    protected void linkWerktNiet() {
        naam = null;
    }

    @Override
    protected String klaarMelding() {
        return "herstel.klaar";
    }

    /** The name of the person whose link this is; null when the link does not work (any more). */
    public String getNaam() {
        return naam;
    }
}
