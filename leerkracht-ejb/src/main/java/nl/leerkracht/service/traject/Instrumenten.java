package nl.leerkracht.service.traject;

import java.util.List;
import nl.leerkracht.domain.traject.Lesbezoek;
import nl.leerkracht.domain.traject.Lesontwerp;
import nl.leerkracht.domain.traject.StemVanDeLeerling;
import nl.leerkracht.domain.traject.Terugblik;

/** What the service read of the other instruments, handed to the constructor in one piece. */
final class Instrumenten {
    final List<Lesbezoek> bezoeken;
    final List<Lesontwerp> ontwerpen;
    final List<StemVanDeLeerling> rondes;
    final List<Terugblik> terugblikken;

    Instrumenten(
            List<Lesbezoek> bezoeken,
            List<Lesontwerp> ontwerpen,
            List<StemVanDeLeerling> rondes,
            List<Terugblik> terugblikken) {
        this.bezoeken = bezoeken;
        this.ontwerpen = ontwerpen;
        this.rondes = rondes;
        this.terugblikken = terugblikken;
    }
}
