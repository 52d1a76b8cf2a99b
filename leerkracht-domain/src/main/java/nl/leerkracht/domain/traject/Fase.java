package nl.leerkracht.domain.traject;

/** A phase of a trajectory; which phases apply depends on the {@link Programma}. */
public enum Fase {
    STARTFASE,
    TRAININGSFASE,
    VERDIEPING,
    CONTINU_VERBETEREN,
    VERDIEPINGSFASE_EN_BORGING
}
