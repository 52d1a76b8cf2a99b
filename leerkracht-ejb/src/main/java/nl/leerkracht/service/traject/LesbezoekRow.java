package nl.leerkracht.service.traject;

import java.io.Serializable;
import java.time.LocalDate;
import nl.leerkracht.domain.traject.Lesbezoek;
import nl.leerkracht.domain.traject.LesbezoekStatus;

/** A lesson visit. */
public class LesbezoekRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long id;
    private final String bezoeker;
    private final String bezochte;
    private final LocalDate datum;
    private final String focus;
    private final LesbezoekStatus status;
    private final String feedback;

    LesbezoekRow(Lesbezoek bezoek, Teamleden teamleden) {
        this.id = bezoek.getId();
        this.bezoeker = teamleden.naam(bezoek.getBezoeker());
        this.bezochte = teamleden.naam(bezoek.getBezochte());
        this.datum = bezoek.getDatum();
        this.focus = bezoek.getFocus();
        this.status = bezoek.getStatus();
        this.feedback = bezoek.getFeedback();
    }

    public long getId() {
        return id;
    }

    public String getBezoeker() {
        return bezoeker;
    }

    public String getBezochte() {
        return bezochte;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public String getFocus() {
        return focus;
    }

    public LesbezoekStatus getStatus() {
        return status;
    }

    public String getFeedback() {
        return feedback;
    }

    /** How the visit is named in a list of choices. */
    public String getLabel() {
        return bezoeker + " → " + bezochte + ", " + datum.getDayOfMonth() + "-" + datum.getMonthValue() + "-"
                + datum.getYear();
    }
}
