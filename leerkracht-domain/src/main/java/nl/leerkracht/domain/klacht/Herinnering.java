package nl.leerkracht.domain.klacht;

import java.time.Duration;

/**
 * The warnings a complaint's clocks give the handler: one before each deadline and one when it has
 * passed. Each is sent once per deadline.
 */
public enum Herinnering {
    /** The acknowledgement is due within {@link #ONTVANGST_VOORAF}. */
    ONTVANGST_WAARSCHUWING,
    /** The acknowledgement is overdue. */
    ONTVANGST_ESCALATIE,
    /** The solution is due within {@link #OPLOSSING_VOORAF}. */
    OPLOSSING_WAARSCHUWING,
    /** The solution is overdue. */
    OPLOSSING_ESCALATIE;

    /** How long before the acknowledgement deadline the handler is warned. */
    public static final Duration ONTVANGST_VOORAF = Duration.ofHours(12);
    /** How long before the solution deadline the handler is warned. */
    public static final Duration OPLOSSING_VOORAF = Duration.ofDays(3);
}
