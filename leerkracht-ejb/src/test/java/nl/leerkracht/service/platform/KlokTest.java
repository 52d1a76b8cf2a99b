package nl.leerkracht.service.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import nl.leerkracht.domain.shared.Tijdzone;
import org.junit.jupiter.api.Test;

class KlokTest {

    private final Clock system = Clock.fixed(Instant.parse("2026-12-05T22:00:00Z"), Tijdzone.NEDERLAND);

    @Test
    void aDateStartsTheClockAtNineInTheMorningDutchTime() {
        Clock klok = Klok.vanaf("2027-10-01", system);
        assertEquals(Instant.parse("2027-10-01T07:00:00Z"), klok.instant(), "09:00 summer time");
        assertEquals(LocalDate.of(2027, 10, 1), LocalDate.now(klok));
        assertEquals(
                Instant.parse("2028-01-10T08:00:00Z"),
                Klok.vanaf("2028-01-10", system).instant(),
                "09:00 winter time");
    }

    @Test
    void anInstantStartsTheClockThereAndItRunsOnWithTheSystemClock() {
        Clock klok = Klok.vanaf("2027-08-31T21:59:59Z", system);
        assertEquals(LocalDate.of(2027, 8, 31), LocalDate.now(klok), "still August in the Netherlands");
        Clock later = Klok.vanaf("2027-08-31T21:59:59Z", Clock.offset(system, Duration.ofSeconds(1)));
        assertEquals(Instant.parse("2027-08-31T21:59:59Z"), later.instant(), "the offset is taken at the start");
        assertEquals(Tijdzone.NEDERLAND, klok.getZone());
    }

    @Test
    void somethingElseIsRefusedAtStartUp() {
        assertThrows(IllegalArgumentException.class, () -> Klok.vanaf("1 oktober", system));
        assertThrows(IllegalArgumentException.class, () -> Klok.vanaf("2027-13-01", system));
    }
}
