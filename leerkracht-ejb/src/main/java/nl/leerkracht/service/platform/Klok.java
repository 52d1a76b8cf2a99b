package nl.leerkracht.service.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.logging.Logger;
import nl.leerkracht.domain.shared.Tijdzone;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's one clock, in the Dutch time zone: every service and view that reads "now" or
 * "today" has it injected. Normally the system clock. For tests and demonstrations
 * {@code leerkracht.clock.start} ({@code LEERKRACHT_CLOCK_START}: a date such as {@code 2027-10-01},
 * taken as 09:00 Dutch time, or an instant such as {@code 2027-10-01T07:00:00Z}) sets where it
 * stands at start-up; from there it runs on at the normal pace, so sessions, links and rate limits
 * still expire.
 */
@ApplicationScoped
public class Klok {

    private static final Logger LOG = Logger.getLogger(Klok.class.getName());

    @Inject
    @ConfigProperty(name = "leerkracht.clock.start")
    private Optional<String> start;

    private Clock clock;

    @PostConstruct
    void maak() {
        clock = start.filter(s -> !s.isBlank())
                .map(s -> vanaf(s, Clock.system(Tijdzone.NEDERLAND)))
                .orElseGet(() -> Clock.system(Tijdzone.NEDERLAND));
        start.filter(s -> !s.isBlank())
                .ifPresent(s -> LOG.warning(() -> "The clock was set to start at " + s
                        + " (leerkracht.clock.start); it reads " + clock.instant()));
    }

    /** The clock every bean injects. */
    @Produces
    public Clock clock() {
        return clock;
    }

    /**
     * A clock that stands at {@code start} now and runs on with {@code system}.
     *
     * @throws IllegalArgumentException when {@code start} is neither an ISO date nor an ISO instant
     */
    public static Clock vanaf(String start, Clock system) {
        Instant moment;
        try {
            moment = start.length() <= 10
                    ? LocalDate.parse(start)
                            .atTime(9, 0)
                            .atZone(Tijdzone.NEDERLAND)
                            .toInstant()
                    : Instant.parse(start);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("leerkracht.clock.start is not an ISO date or instant: " + start, e);
        }
        return Clock.offset(system, Duration.between(system.instant(), moment));
    }
}
