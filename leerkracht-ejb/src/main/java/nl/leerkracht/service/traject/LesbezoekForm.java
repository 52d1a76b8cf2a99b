package nl.leerkracht.service.traject;

import java.io.Serializable;
import java.time.LocalDate;

/** A lesson visit as the planning form enters it; the domain checks it. */
public class LesbezoekForm implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The person's account id, chosen from the people of the school. */
    private Long bezoeker;
    /** The person's account id, chosen from the people of the school. */
    private Long bezochte;

    private LocalDate datum;
    private String focus;

    public Long getBezoeker() {
        return bezoeker;
    }

    public void setBezoeker(Long bezoeker) {
        this.bezoeker = bezoeker;
    }

    public Long getBezochte() {
        return bezochte;
    }

    public void setBezochte(Long bezochte) {
        this.bezochte = bezochte;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public void setDatum(LocalDate datum) {
        this.datum = datum;
    }

    public String getFocus() {
        return focus;
    }

    public void setFocus(String focus) {
        this.focus = focus;
    }
}
