package nl.leerkracht.service.traject;

import java.io.Serializable;
import java.time.LocalDate;

/** A look-back as the form enters it; the domain checks it. */
public class TerugblikForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private LocalDate datum;
    private Boolean opKoers;
    private String toelichting;

    public LocalDate getDatum() {
        return datum;
    }

    public void setDatum(LocalDate datum) {
        this.datum = datum;
    }

    public Boolean getOpKoers() {
        return opKoers;
    }

    public void setOpKoers(Boolean opKoers) {
        this.opKoers = opKoers;
    }

    public String getToelichting() {
        return toelichting;
    }

    public void setToelichting(String toelichting) {
        this.toelichting = toelichting;
    }
}
