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

/** A goal on the board. */
public class DoelRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long id;
    private final String omschrijving;
    private final String eigenaar;
    private final String streefwaarde;
    private final LocalDate deadline;
    private final DoelStatus status;

    DoelRow(Doel doel, Teamleden teamleden) {
        this.id = doel.getId();
        this.omschrijving = doel.getOmschrijving();
        this.eigenaar = teamleden.naam(doel.getEigenaar());
        this.streefwaarde = doel.getStreefwaarde();
        this.deadline = doel.getDeadline();
        this.status = doel.getStatus();
    }

    public long getId() {
        return id;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public String getEigenaar() {
        return eigenaar;
    }

    public String getStreefwaarde() {
        return streefwaarde;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public DoelStatus getStatus() {
        return status;
    }
}
