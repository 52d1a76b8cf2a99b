package nl.leerkracht.service.coaching;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.leerkracht.domain.coaching.BijeenkomstType;

/** A meeting as the central team's planning form enters it; the domain checks it. */
public class BijeenkomstForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private Long cluster;
    private BijeenkomstType type;
    private String titel;
    private LocalDate datum;
    private LocalTime van;
    private LocalTime tot;
    private String plaats;

    public Long getCluster() {
        return cluster;
    }

    public void setCluster(Long cluster) {
        this.cluster = cluster;
    }

    public BijeenkomstType getType() {
        return type;
    }

    public void setType(BijeenkomstType type) {
        this.type = type;
    }

    public String getTitel() {
        return titel;
    }

    public void setTitel(String titel) {
        this.titel = titel;
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

    public String getPlaats() {
        return plaats;
    }

    public void setPlaats(String plaats) {
        this.plaats = plaats;
    }
}
