package nl.leerkracht.domain.inschrijving;

import java.util.Objects;
import nl.leerkracht.domain.shared.Bedrag;

/**
 * The price of a directieteam trajectory: base + per member + per work session, kept within
 * €3,400 – €4,500 (domain.md §4, Decision: the central team configures the three parts).
 */
public final class DirectieteamPrijs {

    public static final Bedrag MINIMUM = Bedrag.euro("3400.00");
    public static final Bedrag MAXIMUM = Bedrag.euro("4500.00");
    public static final int MAX_LEDEN = 50;
    public static final int MAX_WERKSESSIES = 20;

    private final Bedrag basis;
    private final Bedrag perLid;
    private final Bedrag perWerksessie;

    public DirectieteamPrijs(Bedrag basis, Bedrag perLid, Bedrag perWerksessie) {
        this.basis = requireNotNegative(basis, "basis");
        this.perLid = requireNotNegative(perLid, "perLid");
        this.perWerksessie = requireNotNegative(perWerksessie, "perWerksessie");
    }

    /**
     * The starting formula of a fresh install: €2,400 + €100 per member + €150 per work session,
     * so a team of 6 with 4 work sessions costs €3,600.
     */
    public static DirectieteamPrijs standaard() {
        return new DirectieteamPrijs(Bedrag.euro("2400.00"), Bedrag.euro("100.00"), Bedrag.euro("150.00"));
    }

    /**
     * @throws IllegalArgumentException for fewer than one member or session, or implausibly many
     */
    public Berekening bereken(int leden, int werksessies) {
        if (leden < 1 || leden > MAX_LEDEN) {
            throw new IllegalArgumentException("A directieteam has 1.." + MAX_LEDEN + " members: " + leden);
        }
        if (werksessies < 1 || werksessies > MAX_WERKSESSIES) {
            throw new IllegalArgumentException("1.." + MAX_WERKSESSIES + " work sessions: " + werksessies);
        }
        Bedrag formule = basis.plus(perLid.maal(leden)).plus(perWerksessie.maal(werksessies));
        Bedrag prijs = formule.isKleinerDan(MINIMUM) ? MINIMUM : formule.isGroterDan(MAXIMUM) ? MAXIMUM : formule;
        return new Berekening(formule, prijs);
    }

    public Bedrag getBasis() {
        return basis;
    }

    public Bedrag getPerLid() {
        return perLid;
    }

    public Bedrag getPerWerksessie() {
        return perWerksessie;
    }

    private static Bedrag requireNotNegative(Bedrag bedrag, String name) {
        Objects.requireNonNull(bedrag, name);
        if (bedrag.isKleinerDan(Bedrag.NUL)) {
            throw new IllegalArgumentException(name + " may not be negative: " + bedrag);
        }
        return bedrag;
    }

    /** The formula's outcome and the price after keeping it within the range. */
    public static final class Berekening {
        private final Bedrag formule;
        private final Bedrag prijs;

        private Berekening(Bedrag formule, Bedrag prijs) {
            this.formule = formule;
            this.prijs = prijs;
        }

        public Bedrag getFormule() {
            return formule;
        }

        public Bedrag getPrijs() {
            return prijs;
        }

        /** Whether the range, not the formula, decided the price. */
        public boolean isBegrensd() {
            return !formule.equals(prijs);
        }
    }
}
