package nl.leerkracht.web.publiek;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.publiek.AfmeldView;
import nl.leerkracht.service.publiek.InformatiebijeenkomstService;
import nl.leerkracht.web.platform.Messages;

/**
 * {@code /publiek/afmelden.xhtml?sleutel=…}: the personal cancel link of a registration. Opening
 * it changes nothing (a mail scanner may open it too); the button cancels, once.
 */
@Named("afmelden")
@ViewScoped
public class AfmeldenBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InformatiebijeenkomstService service;

    @Inject
    private Messages messages;

    private String sleutel;
    private AfmeldView afmelding;
    private boolean afgemeld;

    /** f:viewAction: an unknown or used key shows a notice, not an error page. */
    public void load() {
        if (afmelding == null && !afgemeld) {
            afmelding = service.afmelding(sleutel).orElse(null);
        }
    }

    public void meldAf() {
        try {
            service.meldAf(sleutel);
            afgemeld = true;
        } catch (BusinessException refusal) {
            messages.error(refusal);
            afmelding = null;
        }
    }

    public String getSleutel() {
        return sleutel;
    }

    public void setSleutel(String sleutel) {
        this.sleutel = sleutel;
    }

    public AfmeldView getAfmelding() {
        return afmelding;
    }

    public boolean isAfgemeld() {
        return afgemeld;
    }
}
