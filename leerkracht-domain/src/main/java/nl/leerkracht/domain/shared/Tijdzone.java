package nl.leerkracht.domain.shared;

import java.time.ZoneId;

/** The foundation's clock: days, deadlines and school weeks are Dutch time. */
public final class Tijdzone {

    public static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private Tijdzone() {}
}
