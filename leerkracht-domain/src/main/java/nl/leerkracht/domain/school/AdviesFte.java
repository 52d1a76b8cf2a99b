package nl.leerkracht.domain.school;

import java.math.BigDecimal;

/**
 * The advised capacity in school for the schoolcoach and aanjagers together: 0.2–0.6 fte depending
 * on school size. Decision (domain.md §3): 0.2 up to 20 teachers, 0.4 up to 50, 0.6 above.
 */
public enum AdviesFte {
    KLEIN(new BigDecimal("0.2"), 20),
    MIDDEL(new BigDecimal("0.4"), 50),
    GROOT(new BigDecimal("0.6"), null);

    private final BigDecimal fte;
    private final Integer totLeraren;

    AdviesFte(BigDecimal fte, Integer totLeraren) {
        this.fte = fte;
        this.totLeraren = totLeraren;
    }

    /**
     * @throws IllegalArgumentException when the number of teachers is below one
     */
    public static AdviesFte forTeachers(int aantalLeraren) {
        if (aantalLeraren < 1) {
            throw new IllegalArgumentException("A school has at least one teacher: " + aantalLeraren);
        }
        for (AdviesFte advies : values()) {
            if (advies.totLeraren == null || aantalLeraren <= advies.totLeraren) {
                return advies;
            }
        }
        throw new IllegalStateException("The last advice has no upper bound");
    }

    public BigDecimal getFte() {
        return fte;
    }

    /** The most teachers this advice is for, or null for the largest schools. */
    public Integer getTotLeraren() {
        return totLeraren;
    }
}
