package nl.leerkracht.domain.klacht;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class KlachttermijnTest {

    private static Instant amsterdam(String lokaal) {
        return LocalDateTime.parse(lokaal).atZone(Klachttermijn.ZONE).toInstant();
    }

    @Test
    void acknowledgementOfAMondayComplaintIsDueOnWednesdayAtTheSameHour() {
        assertEquals(amsterdam("2026-11-25T10:00"), Klachttermijn.ontvangstUiterlijk(amsterdam("2026-11-23T10:00")));
    }

    @Test
    void theWeekendStopsTheClockSoAFridayEveningComplaintIsDueOnTuesdayEvening() {
        assertEquals(amsterdam("2026-12-01T17:00"), Klachttermijn.ontvangstUiterlijk(amsterdam("2026-11-27T17:00")));
    }

    @Test
    void aComplaintSentOnSaturdayStartsItsClockOnMonday() {
        assertEquals(amsterdam("2026-12-02T00:00"), Klachttermijn.ontvangstUiterlijk(amsterdam("2026-11-28T14:30")));
    }

    @Test
    void aThursdayComplaintIsDueOnMondayAtTheSameHourBecauseOfTheWeekend() {
        assertEquals(amsterdam("2026-11-30T09:15"), Klachttermijn.ontvangstUiterlijk(amsterdam("2026-11-26T09:15")));
    }

    @Test
    void theClockCountsRealHoursAcrossTheChangeToWinterTime() {
        // 25 October 2026 is a Sunday: the extra hour falls in the weekend, Friday 12:00 is due Tuesday 12:00.
        assertEquals(amsterdam("2026-10-27T12:00"), Klachttermijn.ontvangstUiterlijk(amsterdam("2026-10-23T12:00")));
        // Across a year boundary: Thursday 31 December 2026 at 20:00 is due Monday 4 January at 20:00.
        assertEquals(amsterdam("2027-01-04T20:00"), Klachttermijn.ontvangstUiterlijk(amsterdam("2026-12-31T20:00")));
    }

    @Test
    void theSolutionIsDueFourWeeksAfterReceiptWeekendsIncluded() {
        assertEquals(amsterdam("2026-12-25T17:00"), Klachttermijn.oplossingUiterlijk(amsterdam("2026-11-27T17:00")));
    }

    @Test
    void anAgreedDayLastsUntilItsEnd() {
        assertEquals(amsterdam("2027-01-15T23:59:59"), Klachttermijn.eindeVan(LocalDate.of(2027, 1, 15)));
    }
}
