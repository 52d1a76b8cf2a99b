package nl.leerkracht.domain.school;

import java.math.BigDecimal;

/**
 * The advised capacity in school for the schoolcoach and aanjagers together: 0.2–0.6 fte depending
 * on school size. Decision (domain.md §3): 0.2 up to 20 teachers, 0.4 up to 50, 0.6 above.
 */
public enum AdviesFte {
    KLEIN(new BigDecimal("0.2")),
    MIDDEL(new BigDecimal("0.4")),
    GROOT(new BigDecimal("0.6"));

    private final BigDecimal fte;

    AdviesFte(BigDecimal fte) {
        this.fte = fte;
    }

    /**
     * @throws IllegalArgumentException when the number of teachers is below one
     */
    public static AdviesFte forTeachers(int aantalLeraren) {
        if (aantalLeraren < 1) {
            throw new IllegalArgumentException("A school has at least one teacher: " + aantalLeraren);
        }
        if (aantalLeraren <= 20) {
            return KLEIN;
        }
        return aantalLeraren <= 50 ? MIDDEL : GROOT;
    }

    public BigDecimal getFte() {
        return fte;
    }
}
