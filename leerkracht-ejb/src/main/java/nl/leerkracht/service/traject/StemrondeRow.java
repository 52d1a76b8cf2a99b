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

/** A student-voice round. */
public class StemrondeRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final LocalDate datum;
    private final String groep;
    private final String vraag;
    private final String uitkomst;
    private final String doel;

    StemrondeRow(StemVanDeLeerling ronde) {
        this.datum = ronde.getDatum();
        this.groep = ronde.getGroep();
        this.vraag = ronde.getVraag();
        this.uitkomst = ronde.getUitkomst();
        this.doel = ronde.getDoel() == null ? null : ronde.getDoel().getOmschrijving();
    }

    public LocalDate getDatum() {
        return datum;
    }

    public String getGroep() {
        return groep;
    }

    public String getVraag() {
        return vraag;
    }

    public String getUitkomst() {
        return uitkomst;
    }

    public String getDoel() {
        return doel;
    }
}
