package nl.leerkracht.service.publiek;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** An information meeting as the central team plans or changes it. */
public class InformatiebijeenkomstForm implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The host school's BRIN code; only when planning, a meeting keeps its school. */
    private String brin;

    private LocalDate datum;
    private LocalTime van;
    private LocalTime tot;
    private Integer capaciteit;
    private String omschrijving;

    public String getBrin() {
        return brin;
    }

    public void setBrin(String brin) {
        this.brin = brin;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public void setDatum(LocalDate datum) {
        this.datum = datum;
    }

    public LocalTime getVan() {
        return van;
    }

    public void setVan(LocalTime van) {
        this.van = van;
    }

    public LocalTime getTot() {
        return tot;
    }

    public void setTot(LocalTime tot) {
        this.tot = tot;
    }

    public Integer getCapaciteit() {
        return capaciteit;
    }

    public void setCapaciteit(Integer capaciteit) {
        this.capaciteit = capaciteit;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public void setOmschrijving(String omschrijving) {
        this.omschrijving = omschrijving;
    }
}
