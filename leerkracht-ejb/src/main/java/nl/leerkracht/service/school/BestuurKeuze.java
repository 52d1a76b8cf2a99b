package nl.leerkracht.service.school;

import java.io.Serializable;

/** A board as an option in a list: id, number and name. */
public class BestuurKeuze implements Serializable {

    private static final long serialVersionUID = 1L;
    private final Long id;
    private final String bestuursnummer;
    private final String naam;

    public BestuurKeuze(Long id, String bestuursnummer, String naam) {
        this.id = id;
        this.bestuursnummer = bestuursnummer;
        this.naam = naam;
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
