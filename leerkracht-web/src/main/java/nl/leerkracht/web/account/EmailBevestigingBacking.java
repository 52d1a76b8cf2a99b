package nl.leerkracht.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.leerkracht.service.account.MijnGegevensService;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.web.platform.Messages;

/**
 * {@code /email-bevestiging.xhtml}: the link mailed to a new address. A button confirms it (a mail
 * scanner that opens links confirms nothing); a used or expired link gets a page that says so.
 */
@Named("emailBevestiging")
@ViewScoped
public class EmailBevestigingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MijnGegevensService mijn;

    @Inject
    private Messages messages;

    private String sleutel;
    private String adres;
    private boolean bevestigd;

    public void load() {
        if (!bevestigd) {
            adres = mijn.openBevestiging(sleutel).orElse(null);
        }
    }

    public void bevestig() {
        try {
            adres = mijn.bevestigEmail(sleutel);
            bevestigd = true;
        } catch (BusinessException refusal) {
            if ("toegangslink.fout.ongeldig".equals(refusal.getMessageKey())) {
                adres = null;
            } else {
                messages.error(refusal);
            }
        }
    }

    public String getSleutel() {
        return sleutel;
    }

    public void setSleutel(String sleutel) {
        this.sleutel = sleutel;
    }

    /** The address the link confirms; null when the link does not work (any more). */
    public String getAdres() {
        return adres;
    }

    public boolean isBevestigd() {
        return bevestigd;
    }
}
