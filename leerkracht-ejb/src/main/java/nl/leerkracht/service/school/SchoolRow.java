package nl.leerkracht.service.school;

import java.io.Serializable;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.Sector;

/** One school as a row in a list. */
public class SchoolRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private final Long id;
    private final String brin;
    private final String naam;
    private final Sector sector;
    private final String plaats;
    private final String bestuurNaam;
    private final int aantalLeraren;

    public SchoolRow(
            Long id, String brin, String naam, Sector sector, String plaats, String bestuurNaam, int aantalLeraren) {
        this.id = id;
        this.brin = brin;
        this.naam = naam;
        this.sector = sector;
        this.plaats = plaats;
        this.bestuurNaam = bestuurNaam;
        this.aantalLeraren = aantalLeraren;
    }

    /** The row of a loaded school; queries build the same row with a JPQL constructor expression. */
    public static SchoolRow of(School school) {
        return new SchoolRow(
                school.getId(),
                school.getBrin().getCode(),
                school.getNaam(),
                school.getSector(),
                school.getAdres().getPlaats(),
                school.getBestuur().getNaam(),
                school.getAantalLeraren());
    }

    public Long getId() {
        return id;
    }

    public String getBrin() {
        return brin;
    }

    public String getNaam() {
        return naam;
    }

    public Sector getSector() {
        return sector;
    }

    public String getPlaats() {
        return plaats;
    }

    public String getBestuurNaam() {
        return bestuurNaam;
    }

    public int getAantalLeraren() {
        return aantalLeraren;
    }
}
