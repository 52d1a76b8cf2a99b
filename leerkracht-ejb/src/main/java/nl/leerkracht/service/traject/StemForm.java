package nl.leerkracht.service.traject;

import java.io.Serializable;
import java.time.LocalDate;

/** A student-voice round as the form enters it, with the goal it feeds; the domain checks it. */
public class StemForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private LocalDate datum;
    private String groep;
    private String vraag;
    private String uitkomst;
    private Long doel;

    public LocalDate getDatum() {
        return datum;
    }

    public void setDatum(LocalDate datum) {
        this.datum = datum;
    }

    public String getGroep() {
        return groep;
    }

    public void setGroep(String groep) {
        this.groep = groep;
    }

    public String getVraag() {
        return vraag;
    }

    public void setVraag(String vraag) {
        this.vraag = vraag;
    }

    public String getUitkomst() {
        return uitkomst;
    }

    public void setUitkomst(String uitkomst) {
        this.uitkomst = uitkomst;
    }

    public Long getDoel() {
        return doel;
    }

    public void setDoel(Long doel) {
        this.doel = doel;
    }
}
