package nl.leerkracht.domain.inschrijving;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.shared.Bedrag;

/**
 * The amounts and limits of a tariff: what a trajectory costs per teacher and for how many teachers
 * it is billed (domain.md §4). A {@link Tarief} holds the terms of a sector and start year; an
 * {@link Inschrijving} keeps a copy of the terms it started with, so a later correction of the
 * tariff never changes it.
 * <ul>
 * <li>Two-year (VO, MBO, HBO): an amount per teacher for each year, billed for at least the minimum
 * and at most the maximum number of teachers.</li>
 * <li>PO: an amount per teacher for year 1, no minimum or maximum; the follow-up is agreed at the end
 * of year 1 at no more than the ceiling per teacher.</li>
 * </ul>
 */
@Embeddable
public class Tariefvoorwaarden {

    /** No amount per teacher is this high; above it, input is a typing error. */
    public static final Bedrag MAXIMAAL_BEDRAG = Bedrag.euro("10000.00");

    @Column(name = "jaar_1", precision = 10, scale = 2, nullable = false)
    private Bedrag jaar1;

    @Column(name = "jaar_2", precision = 10, scale = 2)
    private Bedrag jaar2;

    @Column(name = "vervolg_plafond", precision = 10, scale = 2)
    private Bedrag vervolgPlafond;

    @Column(name = "minimum_leraren")
    private Integer minimumLeraren;

    @Column(name = "maximum_leraren")
    private Integer maximumLeraren;

    protected Tariefvoorwaarden() {
        // for JPA
    }

    private Tariefvoorwaarden(Bedrag jaar1, Bedrag jaar2, Bedrag vervolgPlafond, Integer minimum, Integer maximum) {
        this.jaar1 = jaar1;
        this.jaar2 = jaar2;
        this.vervolgPlafond = vervolgPlafond;
        this.minimumLeraren = minimum;
        this.maximumLeraren = maximum;
    }

    /**
     * @throws IllegalArgumentException for an amount outside €0.01–€10,000 or limits out of order
     */
    public static Tariefvoorwaarden tweejarig(Bedrag jaar1, Bedrag jaar2, int minimum, int maximum) {
        if (minimum < 1 || maximum < minimum || maximum > School.MAX_LERAREN) {
            throw new IllegalArgumentException("Need 1 <= minimum <= maximum: " + minimum + ".." + maximum);
        }
        return new Tariefvoorwaarden(
                requireAmount(jaar1, "jaar1"), requireAmount(jaar2, "jaar2"), null, minimum, maximum);
    }

    /**
     * @throws IllegalArgumentException for an amount outside €0.01–€10,000
     */
    public static Tariefvoorwaarden po(Bedrag jaar1, Bedrag vervolgPlafond) {
        return new Tariefvoorwaarden(
                requireAmount(jaar1, "jaar1"), null, requireAmount(vervolgPlafond, "vervolgPlafond"), null, null);
    }

    /**
     * The number of teachers billed: the declared number, raised to the minimum or capped at the
     * maximum where the terms have them.
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
     * @throws IllegalArgumentException when the terms have no follow-up, or it is not positive or above the ceiling
     */
    public Bedrag checkVervolgbedrag(Bedrag perLeraar) {
        if (vervolgPlafond == null) {
            throw new IllegalArgumentException("Only PO agrees its follow-up; these terms have a fixed year 2");
        }
        if (!perLeraar.isPositief() || perLeraar.isGroterDan(vervolgPlafond)) {
            throw new IllegalArgumentException(
                    "The follow-up is more than 0 and at most " + vervolgPlafond + " per teacher: " + perLeraar);
        }
        return perLeraar;
    }

    public boolean isTweejarig() {
        return jaar2 != null;
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

    private static Bedrag requireAmount(Bedrag bedrag, String name) {
        if (bedrag == null || !bedrag.isPositief() || bedrag.isGroterDan(MAXIMAAL_BEDRAG)) {
            throw new IllegalArgumentException(
                    name + " must be more than 0 and at most " + MAXIMAAL_BEDRAG + ": " + bedrag);
        }
        return bedrag;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tariefvoorwaarden that
                && Objects.equals(jaar1, that.jaar1)
                && Objects.equals(jaar2, that.jaar2)
                && Objects.equals(vervolgPlafond, that.vervolgPlafond)
                && Objects.equals(minimumLeraren, that.minimumLeraren)
                && Objects.equals(maximumLeraren, that.maximumLeraren);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jaar1, jaar2, vervolgPlafond, minimumLeraren, maximumLeraren);
    }
}
