package nl.leerkracht.domain.klacht;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One step in a complaint's file: what was done, by whom, when, with its text. */
@Embeddable
public class Handeling {

    @Enumerated(EnumType.STRING)
    @Column(name = "soort", length = 30, nullable = false)
    private Handelingsoort soort;

    @Column(name = "tekst", length = Klacht.TEKST_LENGTH)
    private String tekst;

    @Column(name = "door", length = 120, nullable = false)
    private String door;

    @Column(name = "op", nullable = false)
    private Instant op;

    protected Handeling() {
        // for JPA
    }

    Handeling(Handelingsoort soort, String tekst, String door, Instant op) {
        this.soort = soort;
        this.tekst = tekst;
        this.door = door;
        this.op = op;
    }

    void wis() {
        tekst = null;
    }

    public Handelingsoort getSoort() {
        return soort;
    }

    public String getTekst() {
        return tekst;
    }

    public String getDoor() {
        return door;
    }

    public Instant getOp() {
        return op;
    }
}
