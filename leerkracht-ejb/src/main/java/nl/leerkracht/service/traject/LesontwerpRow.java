package nl.leerkracht.service.traject;

import java.io.Serializable;
import java.time.LocalDate;
import nl.leerkracht.domain.traject.LesbezoekStatus;
import nl.leerkracht.domain.traject.Lesontwerp;

/** A lesson designed together, with its follow-up visit. */
public class LesontwerpRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String titel;
    private final String ontwerpers;
    private final String lesdoel;
    private final LocalDate datum;
    private final String vervolgbezoek;
    private final LesbezoekStatus vervolgStatus;

    LesontwerpRow(Lesontwerp ontwerp, Teamleden teamleden) {
        this.titel = ontwerp.getTitel();
        this.ontwerpers = ontwerp.getOntwerpers();
        this.lesdoel = ontwerp.getLesdoel();
        this.datum = ontwerp.getDatum();
        this.vervolgbezoek = ontwerp.getVervolgbezoek() == null
                ? null
                : new LesbezoekRow(ontwerp.getVervolgbezoek(), teamleden).getLabel();
        this.vervolgStatus = ontwerp.getVervolgbezoek() == null
                ? null
                : ontwerp.getVervolgbezoek().getStatus();
    }

    public String getTitel() {
        return titel;
    }

    public String getOntwerpers() {
        return ontwerpers;
    }

    public String getLesdoel() {
        return lesdoel;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public String getVervolgbezoek() {
        return vervolgbezoek;
    }

    public LesbezoekStatus getVervolgStatus() {
        return vervolgStatus;
    }
}
