package nl.leerkracht.domain.account;

/** The result of one login attempt. The login page answers both refusals alike. */
public enum LoginOutcome {
    SUCCESS,
    /** Unknown user, wrong password, or an account that cannot log in. */
    INVALID,
    /** Too many failures from this client: refused without looking at the password. */
    THROTTLED
}
