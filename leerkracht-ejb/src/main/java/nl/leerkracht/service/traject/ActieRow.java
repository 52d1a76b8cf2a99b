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

/** An action on the board. */
public class ActieRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long id;
    private final String omschrijving;
    private final String eigenaar;
    private final LocalDate deadline;
    private final LocalDate afgerondOp;
    private final boolean teLaat;

    ActieRow(Actie actie, Teamleden teamleden, LocalDate vandaag) {
        this.id = actie.getId();
        this.omschrijving = actie.getOmschrijving();
        this.eigenaar = teamleden.naam(actie.getEigenaar());
        this.deadline = actie.getDeadline();
        this.afgerondOp = actie.getAfgerondOp();
        this.teLaat = actie.isTeLaat(vandaag);
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

    public LocalDate getDeadline() {
        return deadline;
    }

    public LocalDate getAfgerondOp() {
        return afgerondOp;
    }

    public boolean isOpen() {
        return afgerondOp == null;
    }

    public boolean isTeLaat() {
        return teLaat;
    }
}
