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

/** A success on the board. */
public class SuccesRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String omschrijving;
    private final LocalDate datum;
    private final String door;

    SuccesRow(Succes succes) {
        this.omschrijving = succes.getOmschrijving();
        this.datum = succes.getDatum();
        this.door = succes.getDoor();
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public String getDoor() {
        return door;
    }
}
