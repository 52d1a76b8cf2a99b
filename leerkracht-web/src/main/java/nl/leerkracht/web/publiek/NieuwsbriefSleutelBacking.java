package nl.leerkracht.web.publiek;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.leerkracht.service.publiek.NieuwsbriefService;

/**
 * The newsletter's personal links: {@code nieuwsbrief-bevestigen.xhtml?sleutel=…} and
 * {@code nieuwsbrief-afmelden.xhtml?sleutel=…}. Opening one changes nothing (a mail scanner may
 * open it too); its one button confirms or unsubscribes.
 */
@Named("nieuwsbriefSleutel")
@ViewScoped
public class NieuwsbriefSleutelBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private NieuwsbriefService service;

    private String sleutel;
    private String afmeldbaar;
    private boolean klaar;
    private boolean bevestigd;

    /** f:viewAction of the unsubscribe page: which address the link is for, if any. */
    public void loadAfmelden() {
        if (afmeldbaar == null && !klaar) {
            afmeldbaar = service.afmeldbaar(sleutel).orElse(null);
        }
    }

    public void bevestig() {
        bevestigd = service.bevestig(sleutel).isPresent();
        klaar = true;
    }

    public void afmelden() {
        service.afmelden(sleutel);
        klaar = true;
    }

    public String getSleutel() {
        return sleutel;
    }

    public void setSleutel(String sleutel) {
        this.sleutel = sleutel;
    }

    public String getAfmeldbaar() {
        return afmeldbaar;
    }

    public boolean isKlaar() {
        return klaar;
    }

    public boolean isBevestigd() {
        return bevestigd;
    }
}
