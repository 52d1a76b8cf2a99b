package nl.leerkracht.domain.certificaat;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * The code that lets anyone check a certificate: 16 characters from an alphabet of 32 that leaves
 * out 0, O, 1 and I (so nobody misreads it), 80 random bits, unguessable. Written in groups of four
 * ({@code K7QM-3XHT-…}); read back in any case, with or without dashes and spaces.
 */
public final class Verificatiecode implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The readable alphabet: digits 2–9 and the letters without I and O. */
    static final String ALFABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    /** Characters in a code; 16 × 5 bits = 80 bits. */
    public static final int LENGTE = 16;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String waarde;

    private Verificatiecode(String waarde) {
        this.waarde = waarde;
    }

    /** A new random code. */
    public static Verificatiecode nieuw() {
        return nieuw(RANDOM);
    }

    static Verificatiecode nieuw(Random random) {
        StringBuilder code = new StringBuilder(LENGTE);
        for (int i = 0; i < LENGTE; i++) {
            code.append(ALFABET.charAt(random.nextInt(ALFABET.length())));
        }
        return new Verificatiecode(code.toString());
    }

    /**
     * The code someone typed or scanned, or empty when it cannot be one: case, spaces and dashes do
     * not matter; any other character, or a wrong length, makes it no code.
     */
    public static Optional<Verificatiecode> lees(String tekst) {
        if (tekst == null || tekst.length() > 4 * LENGTE) {
            return Optional.empty();
        }
        String code = tekst.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTE) {
            return Optional.empty();
        }
        for (int i = 0; i < code.length(); i++) {
            if (ALFABET.indexOf(code.charAt(i)) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(new Verificatiecode(code));
    }

    /** The 16 characters as stored. */
    public String getWaarde() {
        return waarde;
    }

    /** In groups of four, as printed: {@code K7QM-3XHT-9PWA-C4NE}. */
    public String getLeesbaar() {
        return String.join(
                "-", waarde.substring(0, 4), waarde.substring(4, 8), waarde.substring(8, 12), waarde.substring(12));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Verificatiecode code && code.waarde.equals(waarde);
    }

    @Override
    public int hashCode() {
        return waarde.hashCode();
    }

    @Override
    public String toString() {
        return getLeesbaar();
    }
}
