package nl.leerkracht.domain.account;

/** The result of one login attempt. */
public enum LoginOutcome {
    SUCCESS,
    /** Unknown user, wrong password, or an account that cannot log in. */
    INVALID,
    /** Too many failed logins from this client, with this name or any: refused without looking at the password. */
    THROTTLED
}
