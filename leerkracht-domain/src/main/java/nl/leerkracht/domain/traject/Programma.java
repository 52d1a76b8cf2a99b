package nl.leerkracht.domain.traject;

import java.util.List;
import nl.leerkracht.domain.school.Sector;

/**
 * The two programmes of the foundation and their phases (domain.md §3): schools (PO, VO, MBO,
 * HBO) go through four phases, a board's directieteam through three.
 */
public enum Programma {
    SCHOOL(List.of(Fase.STARTFASE, Fase.TRAININGSFASE, Fase.VERDIEPING, Fase.CONTINU_VERBETEREN)),
    DIRECTIETEAM(List.of(Fase.STARTFASE, Fase.TRAININGSFASE, Fase.VERDIEPINGSFASE_EN_BORGING));

    private final List<Fase> fasen;

    Programma(List<Fase> fasen) {
        this.fasen = fasen;
    }

    /** Every school sector follows the school programme. */
    public static Programma of(Sector sector) {
        return SCHOOL;
    }

    /** The phases in the order a trajectory passes them. */
    public List<Fase> getFasen() {
        return fasen;
    }

    /** The phase after the given one, or null when it is the last. */
    public Fase next(Fase fase) {
        int index = fasen.indexOf(fase);
        if (index < 0) {
            throw new IllegalArgumentException(fase + " is not a phase of " + this);
        }
        return index + 1 < fasen.size() ? fasen.get(index + 1) : null;
    }
}
