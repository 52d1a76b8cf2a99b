package nl.leerkracht.domain.klacht;

/** The kinds of step in a complaint's file. */
public enum Handelingsoort {
    ONTVANGEN,
    /** An e-mail to the complainant; the first one acknowledges the complaint. */
    EMAIL_KLAGER,
    /** A note for the file only; it does not acknowledge the complaint. */
    NOTITIE,
    TERMIJN_AFGESPROKEN,
    AFGESLOTEN
}
