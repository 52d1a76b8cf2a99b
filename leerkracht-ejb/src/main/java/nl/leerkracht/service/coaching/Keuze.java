package nl.leerkracht.service.coaching;

import java.io.Serializable;

/** Something to choose in a form: a cluster to plan for, an Expertcoach to assign. */
public class Keuze implements Serializable {

    private static final long serialVersionUID = 1L;
    private final long id;
    private final String naam;

    Keuze(long id, String naam) {
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
