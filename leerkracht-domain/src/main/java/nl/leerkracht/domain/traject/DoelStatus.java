package nl.leerkracht.domain.traject;

/** Where a team's goal stands. */
public enum DoelStatus {
    /** Being worked on. */
    LOOPT,
    /** The target was reached. */
    BEHAALD,
    /** The due date passed without reaching the target; the team looks back and sets a new goal. */
    NIET_BEHAALD
}
