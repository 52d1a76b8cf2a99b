package nl.leerkracht.service.traject;

import java.io.Serializable;
import java.time.LocalDate;

/** A lesson design as the form enters it, with the follow-up visit chosen from the planned ones; the domain checks it. */
public class LesontwerpForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private String titel;
    private String ontwerpers;
    private String lesdoel;
    private LocalDate datum;
    private Long vervolgbezoek;

    public String getTitel() {
        return titel;
    }

    public void setTitel(String titel) {
        this.titel = titel;
    }

    public String getOntwerpers() {
        return ontwerpers;
    }

    public void setOntwerpers(String ontwerpers) {
        this.ontwerpers = ontwerpers;
    }

    public String getLesdoel() {
        return lesdoel;
    }

    public void setLesdoel(String lesdoel) {
        this.lesdoel = lesdoel;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public void setDatum(LocalDate datum) {
        this.datum = datum;
    }

    public Long getVervolgbezoek() {
        return vervolgbezoek;
    }

    public void setVervolgbezoek(Long vervolgbezoek) {
        this.vervolgbezoek = vervolgbezoek;
    }
}
