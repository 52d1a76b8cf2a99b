package nl.leerkracht.domain.certificaat;

import java.io.Serializable;

/**
 * How many of a school year's meetings (bijeenkomsten) a schoolleider attended, against the
 * Schoolleidersregister's requirement (domain.md §5, Decision: attendance of the year's meetings,
 * threshold configurable, default 80%). Only meetings that were held count: one at which nobody was
 * recorded present was cancelled for everyone and is left out.
 */
public final class Aanwezigheid implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The threshold when none is configured, in percent. */
    public static final int STANDAARD_DREMPEL = 80;

    private final int bijgewoond;
    private final int gehouden;

    private Aanwezigheid(int bijgewoond, int gehouden) {
        if (bijgewoond < 0 || gehouden < 0 || bijgewoond > gehouden) {
            throw new IllegalArgumentException(bijgewoond + " of " + gehouden);
        }
        this.bijgewoond = bijgewoond;
        this.gehouden = gehouden;
    }

    /** The turnout of one meeting of the year: how many were recorded present, and whether this person was. */
    public record Opkomst(long aanwezigen, boolean zelfAanwezig) {}

    /** The attendance over the year's meetings; those nobody attended are not counted. */
    public static Aanwezigheid van(Iterable<Opkomst> bijeenkomsten) {
        int gehouden = 0;
        int bijgewoond = 0;
        for (Opkomst b : bijeenkomsten) {
            if (b.aanwezigen() > 0) {
                gehouden++;
                if (b.zelfAanwezig()) {
                    bijgewoond++;
                }
            }
        }
        return new Aanwezigheid(bijgewoond, gehouden);
    }

    public static Aanwezigheid van(int bijgewoond, int gehouden) {
        return new Aanwezigheid(bijgewoond, gehouden);
    }

    /**
     * Whether it meets the threshold: at least {@code drempel} percent, computed exactly (79.9% is
     * short of 80%), and at least one meeting held.
     */
    public boolean voldoet(int drempel) {
        return gehouden > 0 && 100L * bijgewoond >= (long) drempel * gehouden;
    }

    public int getBijgewoond() {
        return bijgewoond;
    }

    public int getGehouden() {
        return gehouden;
    }

    /** The percentage, rounded to whole percents, as shown: 6 of 9 is 67. */
    public int getPercentage() {
        return gehouden == 0 ? 0 : (int) Math.round(100.0 * bijgewoond / gehouden);
    }
}
