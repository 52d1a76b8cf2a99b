package nl.leerkracht.service.publiek;

import java.io.Serializable;

/** A participating school that can host an information meeting, as the planning form offers it. */
public class GastschoolRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private final long id;
    private final String naam;
    private final String plaats;
    private final String brin;

    public GastschoolRow(long id, String naam, String plaats, String brin) {
        this.id = id;
        this.naam = naam;
        this.plaats = plaats;
        this.brin = brin;
    }

    public long getId() {
        return id;
    }

    public String getNaam() {
        return naam;
    }

    public String getPlaats() {
        return plaats;
    }

    public String getBrin() {
        return brin;
    }

    /** "OBS De Regenboog, Amersfoort (04AB)" */
    public String getLabel() {
        return naam + ", " + plaats + " (" + brin + ")";
    }
}
