package nl.leerkracht.service.traject;

import java.io.Serializable;
import java.util.List;
import nl.leerkracht.domain.traject.Lesbezoek;
import nl.leerkracht.domain.traject.LesbezoekStatus;
import nl.leerkracht.domain.traject.Lesontwerp;
import nl.leerkracht.domain.traject.StemVanDeLeerling;
import nl.leerkracht.domain.traject.Terugblik;

/**
 * The tabs of the other instruments of a trajectory: lesson visits, lesson designs, student-voice
 * rounds (none for a directieteam) and the team's look-backs.
 */
public class InstrumentenView implements Serializable {

    private static final long serialVersionUID = 1L;
    private final List<LesbezoekRow> lesbezoeken;
    private final List<LesontwerpRow> lesontwerpen;
    private final List<StemrondeRow> stemrondes;
    private final List<TerugblikRow> terugblikken;

    InstrumentenView(
            List<Lesbezoek> bezoeken,
            List<Lesontwerp> ontwerpen,
            List<StemVanDeLeerling> rondes,
            List<Terugblik> terugblikken,
            Teamleden teamleden) {
        this.lesbezoeken =
                bezoeken.stream().map(b -> new LesbezoekRow(b, teamleden)).toList();
        this.lesontwerpen =
                ontwerpen.stream().map(o -> new LesontwerpRow(o, teamleden)).toList();
        this.stemrondes = rondes.stream().map(StemrondeRow::new).toList();
        this.terugblikken = terugblikken.stream().map(TerugblikRow::new).toList();
    }

    public List<LesbezoekRow> getLesbezoeken() {
        return lesbezoeken;
    }

    /** The visits still to be recorded, to choose from as a design's follow-up or to record. */
    public List<LesbezoekRow> getGeplandeLesbezoeken() {
        return lesbezoeken.stream()
                .filter(b -> b.getStatus() == LesbezoekStatus.GEPLAND)
                .toList();
    }

    public List<LesontwerpRow> getLesontwerpen() {
        return lesontwerpen;
    }

    public List<StemrondeRow> getStemrondes() {
        return stemrondes;
    }

    public List<TerugblikRow> getTerugblikken() {
        return terugblikken;
    }
}
