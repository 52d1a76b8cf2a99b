package nl.leerkracht.domain.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount in euros, exact to the cent. Amounts with more than two decimals are refused rather
 * than rounded, so no cent is ever lost or invented on the way to an invoice.
 */
public final class Bedrag implements Comparable<Bedrag>, Serializable {

    private static final long serialVersionUID = 1L;
    public static final Bedrag NUL = new Bedrag(BigDecimal.ZERO);

    private final BigDecimal waarde;

    private Bedrag(BigDecimal waarde) {
        this.waarde = waarde.setScale(2);
    }

    /**
     * @throws IllegalArgumentException for more than two decimals
     */
    public static Bedrag of(BigDecimal waarde) {
        Objects.requireNonNull(waarde, "waarde");
        if (waarde.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("An amount has at most two decimals: " + waarde);
        }
        return new Bedrag(waarde);
    }

    /** Parses {@code 475}, {@code 475.00} or {@code 1234.5}. */
    public static Bedrag euro(String waarde) {
        return of(new BigDecimal(waarde));
    }

    public Bedrag plus(Bedrag other) {
        return new Bedrag(waarde.add(other.waarde));
    }

    public Bedrag maal(int aantal) {
        return new Bedrag(waarde.multiply(BigDecimal.valueOf(aantal)));
    }

    /** The same amount with the opposite sign, as on a credit invoice. */
    public Bedrag negatief() {
        return new Bedrag(waarde.negate());
    }

    public boolean isPositief() {
        return waarde.signum() > 0;
    }

    public boolean isGroterDan(Bedrag other) {
        return compareTo(other) > 0;
    }

    public boolean isKleinerDan(Bedrag other) {
        return compareTo(other) < 0;
    }

    public BigDecimal getWaarde() {
        return waarde;
    }

    @Override
    public int compareTo(Bedrag other) {
        return waarde.compareTo(other.waarde);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bedrag that && waarde.equals(that.waarde);
    }

    @Override
    public int hashCode() {
        return waarde.hashCode();
    }

    /** Plain notation, e.g. {@code 1234.50}; views format it for the user's locale. */
    @Override
    public String toString() {
        return waarde.toPlainString();
    }
}
