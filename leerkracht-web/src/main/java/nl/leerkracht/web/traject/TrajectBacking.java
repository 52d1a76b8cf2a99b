package nl.leerkracht.web.traject;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import nl.leerkracht.domain.traject.Fase;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.traject.TrajectService;
import nl.leerkracht.service.traject.TrajectView;
import nl.leerkracht.web.platform.Messages;
import nl.leerkracht.web.platform.Pages;

/**
 * {@code /traject/traject.xhtml?id=…}: one trajectory's page: its team, its phase and history (the
 * Expertcoach who guides it moves it on) and its rhythm. Each tab has a bean of its own that loads
 * its part when it is shown: the team board and the bordsessie ({@link BordBacking}), the other
 * instruments and the look-back ({@link InstrumentenBacking}).
 */
@Named("traject")
@ViewScoped
public class TrajectBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Clock clock;

    @EJB
    private TrajectService trajecten;

    @Inject
    private Messages messages;

    private String id;
    private long trajectId;
    private TrajectView detail;
    private Fase naarFase;
    private String evaluatie;
    private String reden;

    /** f:viewAction: a malformed or unknown id answers 404, another school's or board's trajectory 403. */
    public void load() {
        if (detail != null) {
            return;
        }
        try {
            trajectId = Long.parseLong(id == null ? "" : id.trim());
        } catch (NumberFormatException e) {
            Pages.sendError(404);
            return;
        }
        detail = Pages.load(() -> trajecten.get(trajectId));
        if (detail != null) {
            naarFase = detail.getVolgendeFase();
        }
    }

    /** Reads the page's head again, after a change to what it shows (the rhythm). */
    void herlaad() {
        detail = trajecten.get(trajectId);
    }

    public void wisselFase() {
        try {
            trajecten.wisselFase(trajectId, naarFase, evaluatie, reden);
            messages.info("traject.faseGewisseld");
            herlaad();
            evaluatie = null;
            reden = null;
            naarFase = detail.getVolgendeFase();
        } catch (BusinessException refusal) {
            messages.error(refusal);
        }
    }

    /** The trajectory's id, once the page has loaded it. */
    long getTrajectId() {
        return trajectId;
    }

    public LocalDate getVandaag() {
        return LocalDate.now(clock);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public TrajectView getDetail() {
        return detail;
    }

    public Fase getNaarFase() {
        return naarFase;
    }

    public void setNaarFase(Fase naarFase) {
        this.naarFase = naarFase;
    }

    public String getEvaluatie() {
        return evaluatie;
    }

    public void setEvaluatie(String evaluatie) {
        this.evaluatie = evaluatie;
    }

    public String getReden() {
        return reden;
    }

    public void setReden(String reden) {
        this.reden = reden;
    }
}
