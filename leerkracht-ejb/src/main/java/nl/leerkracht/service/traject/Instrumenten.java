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

/** What the service read of the other instruments, handed to the constructor in one piece. */
final class Instrumenten {
    final List<Lesbezoek> bezoeken;
    final List<Lesontwerp> ontwerpen;
    final List<StemVanDeLeerling> rondes;
    final List<Terugblik> terugblikken;

    Instrumenten(List<Lesbezoek> bezoeken, List<Lesontwerp> ontwerpen, List<StemVanDeLeerling> rondes, List<Terugblik> terugblikken) {
        this.bezoeken = bezoeken;
        this.ontwerpen = ontwerpen;
        this.rondes = rondes;
        this.terugblikken = terugblikken;
    }
}
