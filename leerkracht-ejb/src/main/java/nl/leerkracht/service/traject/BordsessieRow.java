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

/** A logged bordsessie. */
public class BordsessieRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final LocalDate datum;
    private final String aanwezigen;
    private final int doelenBesproken;
    private final int actiesAfgerond;
    private final int actiesNieuw;
    private final String notitie;
    private final String door;

    BordsessieRow(Bordsessie sessie, Teamleden teamleden) {
        this.datum = sessie.getDatum();
        this.aanwezigen = String.join(", ", sessie.getAanwezigen().stream().map(teamleden::naam).toList());
        this.doelenBesproken = sessie.getBesprokenDoelen().size();
        this.actiesAfgerond = sessie.getActiesAfgerond();
        this.actiesNieuw = sessie.getActiesNieuw();
        this.notitie = sessie.getNotitie();
        this.door = sessie.getDoor();
    }

    public LocalDate getDatum() {
        return datum;
    }

    public String getAanwezigen() {
        return aanwezigen;
    }

    public int getDoelenBesproken() {
        return doelenBesproken;
    }

    public int getActiesAfgerond() {
        return actiesAfgerond;
    }

    public int getActiesNieuw() {
        return actiesNieuw;
    }

    public String getNotitie() {
        return notitie;
    }

    public String getDoor() {
        return door;
    }
}
