package nl.leerkracht.domain.publiek;

/** Where a registration for an information meeting stands. */
public enum AanmeldingStatus {
    /** Has a place. */
    AANGEMELD,
    /** Waits for a place, in order of registration. */
    WACHTLIJST,
    /** Cancelled by the person, or the meeting was cancelled. */
    AFGEMELD
}
