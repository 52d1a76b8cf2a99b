package nl.leerkracht.domain.account;

/** Where an account stands. Being locked after failed logins is separate: it passes by itself. */
public enum AccountStatus {
    /** Invited, has not chosen a password yet: cannot log in. */
    UITGENODIGD,
    /** Can log in. */
    ACTIEF,
    /** Has left: cannot log in; the name stays in histories. */
    GEDEACTIVEERD
}
