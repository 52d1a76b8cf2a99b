package nl.leerkracht.service.traject;

import java.io.Serializable;
import java.time.LocalDate;

/** A lesson visit as the planning form enters it; the domain checks it. */
public class LesbezoekInvoer implements Serializable {

    private static final long serialVersionUID = 1L;
    private String bezoeker;
    private String bezochte;
    private LocalDate datum;
    private String focus;

    public String getBezoeker() {
        return bezoeker;
    }

    public void setBezoeker(String bezoeker) {
        this.bezoeker = bezoeker;
    }

    public String getBezochte() {
        return bezochte;
    }

    public void setBezochte(String bezochte) {
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
