package nl.leerkracht.domain.traject;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.domain.shared.Tekst;

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

    /**
     * A step from the current phase of a programme to another: the next one, or an earlier one with
     * a reason; the evaluation is required either way. Shared by school and directieteam trajectories.
     *
     * @throws Regelfout {@code traject.fout.fase} for no phase, the current phase or a phase of the
     *         other programme; {@code traject.fout.overslaan} for one that skips a phase;
     *         {@code traject.fout.reden} for a step back without a reason; {@code traject.fout.evaluatie}
     *         without an evaluation
     */
    static Fasewissel naar(
            Programma programma, Fase huidig, Fase naar, String evaluatie, String reden, String door, Instant op) {
        if (naar == null || naar == huidig || !programma.getFasen().contains(naar)) {
            throw new Regelfout("traject.fout.fase", huidig + " to " + naar);
        }
        int van = programma.getFasen().indexOf(huidig);
        int tot = programma.getFasen().indexOf(naar);
        if (tot > van + 1) {
            throw new Regelfout("traject.fout.overslaan", huidig + " to " + naar);
        }
        String tekst =
                Tekst.verhaal(evaluatie, Traject.EVALUATIE_LENGTH, "traject.fout.evaluatie", "traject.fout.markup");
        String waarom = tot < van
                ? Tekst.verhaal(reden, Traject.REDEN_LENGTH, "traject.fout.reden", "traject.fout.markup")
                : null;
        return new Fasewissel(huidig, naar, tekst, waarom, door, op);
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
