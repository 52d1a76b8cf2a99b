package nl.leerkracht.domain.traject;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * One step in a trajectory's phase history: from which phase to which, the Expertcoach's short
 * evaluation, and for a step back the reason.
 */
@Embeddable
public class Fasewissel {

    @Enumerated(EnumType.STRING)
    @Column(name = "van", length = 30)
    private Fase van;

    @Enumerated(EnumType.STRING)
    @Column(name = "naar", length = 30, nullable = false)
    private Fase naar;

    @Column(name = "evaluatie", length = Traject.EVALUATIE_LENGTH)
    private String evaluatie;

    @Column(name = "reden", length = Traject.REDEN_LENGTH)
    private String reden;

    @Column(name = "door", length = 120, nullable = false)
    private String door;

    @Column(name = "op", nullable = false)
    private Instant op;

    protected Fasewissel() {
        // for JPA
    }

    Fasewissel(Fase van, Fase naar, String evaluatie, String reden, String door, Instant op) {
        this.van = van;
        this.naar = naar;
        this.evaluatie = evaluatie;
        this.reden = reden;
        this.door = door;
        this.op = op;
    }

    public Fase getVan() {
        return van;
    }

    public Fase getNaar() {
        return naar;
    }

    public String getEvaluatie() {
        return evaluatie;
    }

    public String getReden() {
        return reden;
    }

    public String getDoor() {
        return door;
    }

    public Instant getOp() {
        return op;
    }

    /** Whether this step went back to an earlier phase. */
    public boolean isTerug() {
        return van != null && van.ordinal() > naar.ordinal();
    }
}
