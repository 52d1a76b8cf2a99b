package nl.leerkracht.domain.klacht;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import nl.leerkracht.domain.shared.Tijdzone;

/**
 * The clocks of a complaint (domain.md §6).
 * <p>
 * <b>Decision</b>: the 48 hours for the acknowledgement count on working days only: the clock stops
 * from Saturday 00:00 to Monday 00:00 (Amsterdam time), as the foundation's office is closed then. A
 * complaint sent on Friday at 17:00 is due on Tuesday at 17:00. Public holidays are not taken into
 * account. The four weeks for the solution are calendar time: 28 days after receipt. An agreed term
 * ends at the end (23:59:59) of the agreed day.
 */
public final class Klachttermijn {

    public static final ZoneId ZONE = Tijdzone.NEDERLAND;
    public static final Duration ONTVANGST = Duration.ofHours(48);
    public static final Duration OPLOSSING = Duration.ofDays(28);
    private static final LocalTime LAATSTE_SECONDE = LocalTime.of(23, 59, 59);

    private Klachttermijn() {}

    /** When the acknowledgement of a complaint received at {@code ontvangen} is due. */
    public static Instant ontvangstUiterlijk(Instant ontvangen) {
        ZonedDateTime t = ontvangen.atZone(ZONE);
        Duration resterend = ONTVANGST;
        while (true) {
            if (isWeekend(t.getDayOfWeek())) {
                t = t.toLocalDate()
                        .with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.MONDAY))
                        .atStartOfDay(ZONE);
                continue;
            }
            ZonedDateTime eindeDag = t.toLocalDate().plusDays(1).atStartOfDay(ZONE);
            Duration vandaag = Duration.between(t, eindeDag);
            if (resterend.compareTo(vandaag) <= 0) {
                return t.plus(resterend).toInstant();
            }
            resterend = resterend.minus(vandaag);
            t = eindeDag;
        }
    }

    /** When the solution of a complaint received at {@code ontvangen} is due, unless another term is agreed. */
    public static Instant oplossingUiterlijk(Instant ontvangen) {
        return ontvangen.plus(OPLOSSING);
    }

    /**
     * The end of an agreed day: its last second, Amsterdam time, so that the deadline shows as the
     * agreed day itself wherever it is written as a date.
     */
    public static Instant eindeVan(LocalDate dag) {
        return dag.atTime(LAATSTE_SECONDE).atZone(ZONE).toInstant();
    }

    private static boolean isWeekend(DayOfWeek dag) {
        return dag == DayOfWeek.SATURDAY || dag == DayOfWeek.SUNDAY;
    }
}
