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
 * {@code /email-annuleren.xhtml}: the link mailed to the old address when someone asks to change
 * it. A button cancels the change (a mail scanner that opens links cancels nothing); then every
 * session of the account has ended and the page asks for a new password.
 */
@Named("emailAnnuleren")
@ViewScoped
public class EmailAnnulerenBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MijnGegevensService mijn;

    @Inject
    private Messages messages;

    private String sleutel;
    private String adres;
    private boolean geannuleerd;

    public void load() {
        if (!geannuleerd) {
            adres = mijn.openAnnulering(sleutel).orElse(null);
        }
    }

    public void annuleer() {
        try {
            adres = mijn.annuleerEmailWijziging(sleutel);
            geannuleerd = true;
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

    /** The address that was asked for; null when the link does not work (any more). */
    public String getAdres() {
        return adres;
    }

    public boolean isGeannuleerd() {
        return geannuleerd;
    }
}
