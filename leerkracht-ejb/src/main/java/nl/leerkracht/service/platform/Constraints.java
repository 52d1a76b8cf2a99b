package nl.leerkracht.service.platform;

import java.sql.SQLException;

/** Recognizes the database refusing a row for a unique or foreign key, whatever wraps the error. */
public final class Constraints {

    private Constraints() {}

    /** Whether the cause chain holds an integrity constraint violation (SQL state class 23). */
    public static boolean isViolation(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
