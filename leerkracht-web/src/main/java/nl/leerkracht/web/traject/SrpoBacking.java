package nl.leerkracht.web.traject;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import nl.leerkracht.service.certificaat.SchoolleidersregisterService;
import nl.leerkracht.service.certificaat.SrpoView;
import nl.leerkracht.web.account.ActiveUser;
import nl.leerkracht.web.platform.Messages;

/**
 * The Schoolleidersregister PO on a PO trajectory's page, for its schoolleider: opt in or out until
 * the trajectory starts, and the attendance of this school year's meetings against the requirement.
 */
@Named("srpo")
@ViewScoped
public class SrpoBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SchoolleidersregisterService service;

    @Inject
    private TrajectBacking traject;

    @Inject
    private ActiveUser activeUser;

    @Inject
    private Messages messages;

    private SrpoView view;
    private boolean gelezen;

    /** The schoolleider's opt-in and attendance; null for anyone else or another trajectory. */
    public SrpoView getView() {
        if (!gelezen) {
            gelezen = true;
            view = activeUser.hasRole("SCHOOLLEIDER") && traject.getDetail() != null
                    ? service.status(traject.getTrajectId()).orElse(null)
                    : null;
        }
        return view;
    }

    /** The last day to opt in or out, as the page writes dates: 1 september 2027. */
    public String getLaatsteAanmelddag() {
        return getView() == null
                ? ""
                : DateTimeFormatter.ofPattern(
                                "d MMMM yyyy",
                                FacesContext.getCurrentInstance().getViewRoot().getLocale())
                        .format(view.getLaatsteAanmelddag());
    }

    public void aanmelden() {
        kies(true, "srpo.aangemeld");
    }

    public void afmelden() {
        kies(false, "srpo.afgemeld");
    }

    private void kies(boolean aanmelden, String bevestiging) {
        messages.gelukt(() -> service.kies(traject.getTrajectId(), aanmelden), bevestiging);
        gelezen = false;
    }
}
