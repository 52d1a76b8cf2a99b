package nl.leerkracht.web.traject;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.leerkracht.domain.traject.Fase;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.traject.DirectieteamTrajectService;
import nl.leerkracht.service.traject.DirectieteamTrajectView;
import nl.leerkracht.web.platform.Messages;
import nl.leerkracht.web.platform.Pages;

/**
 * {@code /traject/directieteam.xhtml?id=…}: a directieteam's trajectory: the board, its members, the
 * phase and its history; the Expertcoach moves it on with an evaluation.
 */
@Named("directieteamTraject")
@ViewScoped
public class DirectieteamTrajectBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DirectieteamTrajectService trajecten;

    @Inject
    private Messages messages;

    private String id;
    private long trajectId;
    private DirectieteamTrajectView detail;
    private Fase naarFase;
    private String evaluatie;
    private String reden;

    /** f:viewAction: a malformed or unknown id answers 404, another board's trajectory 403. */
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
        detail = Pages.load(() -> trajecten.directieteam(trajectId));
        if (detail != null) {
            naarFase = detail.getVolgendeFase();
        }
    }

    public void wisselFase() {
        try {
            trajecten.wisselDirectieteamFase(trajectId, naarFase, evaluatie, reden);
            messages.info("traject.faseGewisseld");
            detail = trajecten.directieteam(trajectId);
            evaluatie = null;
            reden = null;
            naarFase = detail.getVolgendeFase();
        } catch (BusinessException refusal) {
            messages.error(refusal);
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public DirectieteamTrajectView getDetail() {
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
