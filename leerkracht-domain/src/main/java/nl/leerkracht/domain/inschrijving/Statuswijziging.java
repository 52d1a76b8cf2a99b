package nl.leerkracht.domain.inschrijving;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One step in an enrolment's history: from which status to which, by whom, when and why. */
@Embeddable
public class Statuswijziging {

    public static final int REDEN_LENGTH = 1000;

    @Enumerated(EnumType.STRING)
    @Column(name = "van", length = 20)
    private InschrijvingStatus van;

    @Enumerated(EnumType.STRING)
    @Column(name = "naar", length = 20, nullable = false)
    private InschrijvingStatus naar;

    @Column(name = "door", length = 120, nullable = false)
    private String door;

    @Column(name = "op", nullable = false)
    private Instant op;

    @Column(name = "reden", length = REDEN_LENGTH)
    private String reden;

    protected Statuswijziging() {
        // for JPA
    }

    Statuswijziging(InschrijvingStatus van, InschrijvingStatus naar, String door, Instant op, String reden) {
        this.van = van;
        this.naar = naar;
        this.door = door;
        this.op = op;
        this.reden = reden;
    }

    /** Null for the request itself. */
    public InschrijvingStatus getVan() {
        return van;
    }

    public InschrijvingStatus getNaar() {
        return naar;
    }

    public String getDoor() {
        return door;
    }

    public Instant getOp() {
        return op;
    }

    public String getReden() {
        return reden;
    }
}
