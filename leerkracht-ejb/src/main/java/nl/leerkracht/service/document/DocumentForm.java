package nl.leerkracht.service.document;

import java.io.Serializable;
import nl.leerkracht.domain.document.Instrument;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.traject.Fase;

/** What the central team says of a new document: its title and for whom it is (each optional). */
public class DocumentForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private String titel;
    private Fase fase;
    private Instrument instrument;
    private Sector sector;
    private Long bijeenkomst;

    public String getTitel() {
        return titel;
    }

    public void setTitel(String titel) {
        this.titel = titel;
    }

    public Fase getFase() {
        return fase;
    }

    public void setFase(Fase fase) {
        this.fase = fase;
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public void setInstrument(Instrument instrument) {
        this.instrument = instrument;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public Long getBijeenkomst() {
        return bijeenkomst;
    }

    public void setBijeenkomst(Long bijeenkomst) {
        this.bijeenkomst = bijeenkomst;
    }
}
