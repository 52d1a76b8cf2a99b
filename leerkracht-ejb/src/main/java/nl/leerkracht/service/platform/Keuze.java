package nl.leerkracht.service.platform;

import java.io.Serializable;

/** Something to choose in a form: a cluster to plan for, an Expertcoach to assign, a team. */
public class Keuze implements Serializable {

    private static final long serialVersionUID = 1L;
    private final long id;
    private final String naam;

    public Keuze(long id, String naam) {
        this.id = id;
        this.naam = naam;
    }

    public long getId() {
        return id;
    }

    public String getNaam() {
        return naam;
    }
}
