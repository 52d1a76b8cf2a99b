package nl.leerkracht.web.traject;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.leerkracht.domain.traject.Fase;
import nl.leerkracht.service.traject.TrajectRow;
import nl.leerkracht.service.traject.TrajectService;

/** {@code /traject/index.xhtml}: the trajectories the user may see, with their phase and board activity. */
@Named("trajecten")
@ViewScoped
public class TrajectenBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TrajectService service;

    private List<TrajectRow> lijst;
    private List<TrajectRow> directieteams;

    @PostConstruct
    void init() {
        lijst = service.trajecten();
        directieteams = service.directieteams();
    }

    public List<TrajectRow> getDirectieteams() {
        return directieteams;
    }

    public List<TrajectRow> getLijst() {
        return lijst;
    }

    public Fase[] getFasen() {
        return Fase.values();
    }
}
