package nl.leerkracht.domain.inschrijving;

import java.util.Objects;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.shared.Bedrag;
import nl.leerkracht.domain.shared.Schooljaar;

/**
 * The fees for trajectories of one sector that start in one school year (domain.md §4).
 * <ul>
 * <li>VO, MBO and HBO: a two-year programme with an amount per teacher for each year, billed for at
 * least {@code minimumLeraren} and at most {@code maximumLeraren} teachers.</li>
 * <li>PO: an amount per teacher for year 1, no minimum or maximum; the follow-up is agreed at the
 * end of year 1 at no more than {@code vervolgPlafond} per teacher.</li>
 * </ul>
 * An enrolment keeps the tariff of its start year: tariffs are values and never change.
 */
public final class Tarief {

    /** The texts' amounts (2017-2018 prices); a fresh install uses them (domain.md §4, Decision). */
    public static final Bedrag STANDAARD_JAAR_1 = Bedrag.euro("475.00");
    public static final Bedrag STANDAARD_JAAR_2 = Bedrag.euro("275.00");
    public static final int STANDAARD_MINIMUM = 12;
    public static final int STANDAARD_MAXIMUM = 75;

    private final Sector sector;
    private final Schooljaar startjaar;
    private final Bedrag jaar1;
    private final Bedrag jaar2;
    private final Bedrag vervolgPlafond;
    private final Integer minimumLeraren;
    private final Integer maximumLeraren;

    private Tarief(Sector sector, Schooljaar startjaar, Bedrag jaar1, Bedrag jaar2, Bedrag vervolgPlafond,
            Integer minimumLeraren, Integer maximumLeraren) {
        this.sector = Objects.requireNonNull(sector, "sector");
        this.startjaar = Objects.requireNonNull(startjaar, "startjaar");
        this.jaar1 = requirePositive(jaar1, "jaar1");
        this.jaar2 = jaar2;
        this.vervolgPlafond = vervolgPlafond;
        this.minimumLeraren = minimumLeraren;
        this.maximumLeraren = maximumLeraren;
    }

    /** A two-year tariff for VO, MBO or HBO. */
    public static Tarief tweejarig(Sector sector, Schooljaar startjaar, Bedrag jaar1, Bedrag jaar2, int minimumLeraren,
            int maximumLeraren) {
        if (sector == Sector.PO) {
            throw new IllegalArgumentException("PO has a one-year tariff with an agreed follow-up");
        }
        if (minimumLeraren < 1 || maximumLeraren < minimumLeraren) {
            throw new IllegalArgumentException("Need 1 <= minimum <= maximum: " + minimumLeraren + ".." + maximumLeraren);
        }
        return new Tarief(sector, startjaar, jaar1, requirePositive(jaar2, "jaar2"), null, minimumLeraren,
                maximumLeraren);
    }

    /** The PO tariff: year 1 per teacher, and the ceiling for the follow-up agreed later. */
    public static Tarief po(Schooljaar startjaar, Bedrag jaar1, Bedrag vervolgPlafond) {
        return new Tarief(Sector.PO, startjaar, jaar1, null, requirePositive(vervolgPlafond, "vervolgPlafond"), null,
                null);
    }

    /** The texts' tariff for a sector, as a fresh install carries it for the current and next start year. */
    public static Tarief standaard(Sector sector, Schooljaar startjaar) {
        return sector == Sector.PO
                ? po(startjaar, STANDAARD_JAAR_1, STANDAARD_JAAR_2)
                : tweejarig(sector, startjaar, STANDAARD_JAAR_1, STANDAARD_JAAR_2, STANDAARD_MINIMUM, STANDAARD_MAXIMUM);
    }

    /**
     * The number of teachers billed: the declared number, raised to the minimum or capped at the
     * maximum where the tariff has them.
     */
    public int factureerbareLeraren(int leraren) {
        if (leraren < 1) {
            throw new IllegalArgumentException("At least one teacher: " + leraren);
        }
        if (minimumLeraren != null && leraren < minimumLeraren) {
            return minimumLeraren;
        }
        return maximumLeraren != null && leraren > maximumLeraren ? maximumLeraren : leraren;
    }

    /**
     * Checks the follow-up amount per teacher agreed at the end of a PO trajectory's first year.
     *
     * @throws IllegalArgumentException when it is not PO, not positive or above the ceiling
     */
    public Bedrag checkVervolgbedrag(Bedrag perLeraar) {
        if (sector != Sector.PO) {
            throw new IllegalArgumentException("Only PO agrees its follow-up; " + sector + " has a fixed year 2");
        }
        if (!perLeraar.isPositief() || perLeraar.isGroterDan(vervolgPlafond)) {
            throw new IllegalArgumentException("The follow-up is more than 0 and at most " + vervolgPlafond
                    + " per teacher: " + perLeraar);
        }
        return perLeraar;
    }

    public boolean isTweejarig() {
        return jaar2 != null;
    }

    public Sector getSector() {
        return sector;
    }

    public Schooljaar getStartjaar() {
        return startjaar;
    }

    public Bedrag getJaar1() {
        return jaar1;
    }

    /** Year 2 per teacher; null for PO, whose follow-up is agreed later. */
    public Bedrag getJaar2() {
        return jaar2;
    }

    /** PO only: the most the follow-up may cost per teacher; null otherwise. */
    public Bedrag getVervolgPlafond() {
        return vervolgPlafond;
    }

    /** Null where no minimum applies (PO). */
    public Integer getMinimumLeraren() {
        return minimumLeraren;
    }

    /** Null where no maximum applies (PO). */
    public Integer getMaximumLeraren() {
        return maximumLeraren;
    }

    private static Bedrag requirePositive(Bedrag bedrag, String name) {
        if (bedrag == null || !bedrag.isPositief()) {
            throw new IllegalArgumentException(name + " must be a positive amount: " + bedrag);
        }
        return bedrag;
    }
}
