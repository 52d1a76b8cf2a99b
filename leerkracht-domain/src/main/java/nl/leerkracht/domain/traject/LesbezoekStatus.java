package nl.leerkracht.domain.traject;

/** Where a lesson visit stands. */
public enum LesbezoekStatus {
    GEPLAND,
    /** Held, with the feedback given. */
    GEHOUDEN
}
