package nl.leerkracht.domain.account;

/** The result of one login attempt. */
public enum LoginOutcome {
    SUCCESS,
    /** Wrong user name or password; the caller must not tell which. */
    INVALID,
    /** Too many failed attempts: the account is locked for a while, whatever the password. */
    LOCKED
}
