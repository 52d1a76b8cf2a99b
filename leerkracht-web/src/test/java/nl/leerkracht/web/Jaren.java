package nl.leerkracht.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.leerkracht.domain.shared.Schooljaar;
import nl.leerkracht.domain.shared.Tijdzone;
import nl.leerkracht.service.platform.Klok;

/**
 * Today and the school years as the platform under test sees them: the system clock, or the one
 * {@code LEERKRACHT_CLOCK_START} sets, read the way the platform reads it (the platform inherits
 * this JVM's environment). Scenarios derive every school year and date from here, never from a
 * year written into the test.
 */
final class Jaren {

    static final Clock KLOK = Optional.ofNullable(System.getenv("LEERKRACHT_CLOCK_START"))
            .filter(s -> !s.isBlank())
            .map(s -> Klok.vanaf(s, Clock.system(Tijdzone.NEDERLAND)))
            .orElseGet(() -> Clock.system(Tijdzone.NEDERLAND));

    private Jaren() {}

    static LocalDate vandaag() {
        return LocalDate.now(KLOK);
    }

    /** The school year of today. */
    static Schooljaar huidig() {
        return Schooljaar.of(vandaag());
    }

    /** The school year after today's: the next start. */
    static Schooljaar volgend() {
        return huidig().volgende();
    }

    /** {@code n} school years after today's. */
    static Schooljaar over(int n) {
        Schooljaar jaar = huidig();
        for (int i = 0; i < n; i++) {
            jaar = jaar.volgende();
        }
        return jaar;
    }
}
