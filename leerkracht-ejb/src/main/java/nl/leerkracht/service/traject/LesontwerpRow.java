package nl.leerkracht.service.traject;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.service.platform.Keuze;
import nl.leerkracht.domain.traject.Actie;
import nl.leerkracht.domain.traject.Bordsessie;
import nl.leerkracht.domain.traject.Doel;
import nl.leerkracht.domain.traject.DoelStatus;
import nl.leerkracht.domain.traject.Fase;
import nl.leerkracht.domain.traject.Fasewissel;
import nl.leerkracht.domain.traject.Lesbezoek;
import nl.leerkracht.domain.traject.LesbezoekStatus;
import nl.leerkracht.domain.traject.Lesontwerp;
import nl.leerkracht.domain.traject.Ritme;
import nl.leerkracht.domain.traject.StemVanDeLeerling;
import nl.leerkracht.domain.traject.Terugblik;
import nl.leerkracht.domain.traject.Programma;
import nl.leerkracht.domain.traject.Succes;
import nl.leerkracht.domain.traject.Traject;

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
        this.vervolgbezoek = ontwerp.getVervolgbezoek() == null ? null : new LesbezoekRow(ontwerp.getVervolgbezoek(), teamleden).getLabel();
        this.vervolgStatus = ontwerp.getVervolgbezoek() == null ? null : ontwerp.getVervolgbezoek().getStatus();
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
