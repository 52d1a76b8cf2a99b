package nl.leerkracht.domain.klacht;

/** Where a complaint stands. A closed complaint is archived: read-only until its retention ends. */
public enum KlachtStatus {
    /** Received; the complainant has not yet been answered. */
    ONTVANGEN,
    /** The handler has answered the complainant by e-mail: the acknowledgement. */
    IN_BEHANDELING,
    /** Closed with an outcome; archived and read-only. */
    AFGESLOTEN,
    /** Past retention: personal data and attachments deleted, only the anonymous facts remain. */
    GEANONIMISEERD;

    public boolean isOpen() {
        return this == ONTVANGEN || this == IN_BEHANDELING;
    }
}
