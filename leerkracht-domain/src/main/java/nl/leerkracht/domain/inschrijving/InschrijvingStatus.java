package nl.leerkracht.domain.inschrijving;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an enrolment stands: requested, then approved or rejected by the central team; an approved
 * one becomes active when its trajectory starts on 1 September, and ends completed or stopped.
 */
public enum InschrijvingStatus {
    AANGEVRAAGD,
    GOEDGEKEURD,
    AFGEWEZEN,
    ACTIEF,
    AFGEROND,
    GESTOPT;

    /** The statuses an enrolment in this status may move to. */
    public Set<InschrijvingStatus> getVolgende() {
        return switch (this) {
            case AANGEVRAAGD -> EnumSet.of(GOEDGEKEURD, AFGEWEZEN);
            case GOEDGEKEURD -> EnumSet.of(ACTIEF, GESTOPT);
            case ACTIEF -> EnumSet.of(AFGEROND, GESTOPT);
            case AFGEWEZEN, AFGEROND, GESTOPT -> EnumSet.noneOf(InschrijvingStatus.class);
        };
    }

    /** Whether the enrolment still claims its unit and start year, so that no second one may. */
    public boolean isLopend() {
        return this != AFGEWEZEN;
    }

    /** Whether invoices are made for it: once approved, also after it ended. */
    public boolean isFactureerbaar() {
        return this == GOEDGEKEURD || this == ACTIEF || this == AFGEROND || this == GESTOPT;
    }
}
