package nl.leerkracht.service.school;

import java.io.Serializable;
import java.util.List;
import nl.leerkracht.domain.school.Bestuur;
import nl.leerkracht.domain.school.Sector;

/** A board with its schools, as its bestuurder reviews them. */
public class BestuurView implements Serializable {

    private static final long serialVersionUID = 1L;
    private final String naam;
    private final String bestuursnummer;
    private final Sector sector;
    private final List<SchoolRow> scholen;

    BestuurView(Bestuur bestuur, List<SchoolRow> scholen) {
        this.naam = bestuur.getNaam();
        this.bestuursnummer = bestuur.getBestuursnummer();
        this.sector = bestuur.getSector();
        this.scholen = List.copyOf(scholen);
    }

    public String getNaam() {
        return naam;
    }

    public String getBestuursnummer() {
        return bestuursnummer;
    }

    /** Decides the composition of the board's directieteam. */
    public Sector getSector() {
        return sector;
    }

    public List<SchoolRow> getScholen() {
        return scholen;
    }

    public int getAantalLeraren() {
        return scholen.stream().mapToInt(SchoolRow::getAantalLeraren).sum();
    }
}
