package nl.leerkracht.domain.traject;

import java.util.List;

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

    /** The phases in the order a trajectory passes them. */
    public List<Fase> getFasen() {
        return fasen;
    }

    /**
     * The phases a trajectory in {@code fase} may move to: the next one first (if any), then the
     * earlier ones, to which it may go back with a reason.
     */
    public List<Fase> keuzes(Fase fase) {
        List<Fase> keuzes = new java.util.ArrayList<>();
        Fase volgende = next(fase);
        if (volgende != null) {
            keuzes.add(volgende);
        }
        keuzes.addAll(fasen.subList(0, fasen.indexOf(fase)));
        return List.copyOf(keuzes);
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
