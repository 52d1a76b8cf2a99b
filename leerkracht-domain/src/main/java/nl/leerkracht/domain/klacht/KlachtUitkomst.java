package nl.leerkracht.domain.klacht;

/** How a complaint was closed. */
public enum KlachtUitkomst {
    /** Solved together with the complainant. */
    OPGELOST,
    /** No solution reached: the complainant may go to the competent court in the Arrondissement Amsterdam. */
    NIET_OPGELOST
}
