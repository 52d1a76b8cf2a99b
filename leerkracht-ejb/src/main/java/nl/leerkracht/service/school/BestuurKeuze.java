package nl.leerkracht.service.school;

import java.io.Serializable;

/** A board as an option in a list (id, number and name) or a row of the register's board overview. */
public class BestuurKeuze implements Serializable {

    private static final long serialVersionUID = 1L;
    private final Long id;
    private final String bestuursnummer;
    private final String naam;
    private final nl.leerkracht.domain.school.Sector sector;
    private final long aantalScholen;

    public BestuurKeuze(Long id, String bestuursnummer, String naam) {
        this(id, bestuursnummer, naam, null, 0);
    }

    /** A board in the register's overview: with its sector and number of schools. */
    public BestuurKeuze(
            Long id,
            String bestuursnummer,
            String naam,
            nl.leerkracht.domain.school.Sector sector,
            long aantalScholen) {
        this.id = id;
        this.bestuursnummer = bestuursnummer;
        this.naam = naam;
        this.sector = sector;
        this.aantalScholen = aantalScholen;
    }

    public nl.leerkracht.domain.school.Sector getSector() {
        return sector;
    }

    public long getAantalScholen() {
        return aantalScholen;
    }

    public Long getId() {
        return id;
    }

    public String getBestuursnummer() {
        return bestuursnummer;
    }

    public String getNaam() {
        return naam;
    }
}
