package nl.leerkracht.domain.school;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Dutch postal address with the coordinates the map of participating schools uses.
 * Coordinates are optional; when given they must lie in the Netherlands (Caribbean parts excluded).
 */
@Embeddable
public class Adres {

    public static final int STRAAT_LENGTH = 120;
    public static final int HUISNUMMER_LENGTH = 12;
    public static final int PLAATS_LENGTH = 80;
    private static final Pattern POSTCODE = Pattern.compile("[1-9]\\d{3} ?[A-Z]{2}");

    @Column(name = "straat", length = STRAAT_LENGTH)
    private String straat;

    @Column(name = "huisnummer", length = HUISNUMMER_LENGTH)
    private String huisnummer;

    @Column(name = "postcode", length = 7)
    private String postcode;

    @Column(name = "plaats", length = PLAATS_LENGTH)
    private String plaats;

    @Column(name = "latitude")
    private Double latitude;

    @Column(name = "longitude")
    private Double longitude;

    protected Adres() {
        // for JPA
    }

    public Adres(String straat, String huisnummer, String postcode, String plaats, Double latitude, Double longitude) {
        this.straat = requireText(straat, "straat");
        this.huisnummer = requireText(huisnummer, "huisnummer");
        this.postcode = normalizePostcode(postcode);
        this.plaats = requireText(plaats, "plaats");
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("Give both coordinates or neither");
        }
        if (latitude != null && !(latitude >= 50.7 && latitude <= 53.6 && longitude >= 3.3 && longitude <= 7.3)) {
            throw new IllegalArgumentException("Coordinates outside the Netherlands: " + latitude + "," + longitude);
        }
        this.latitude = latitude;
        this.longitude = longitude;
    }

    /** Normalizes a Dutch postcode to {@code 1234 AB}; refuses anything else. */
    public static String normalizePostcode(String text) {
        String value = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        if (!POSTCODE.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a Dutch postcode: " + text);
        }
        String compact = value.replace(" ", "");
        return compact.substring(0, 4) + " " + compact.substring(4);
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.trim();
    }

    public String getStraat() {
        return straat;
    }

    public String getHuisnummer() {
        return huisnummer;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getPlaats() {
        return plaats;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Adres that
                && Objects.equals(straat, that.straat)
                && Objects.equals(huisnummer, that.huisnummer)
                && Objects.equals(postcode, that.postcode)
                && Objects.equals(plaats, that.plaats);
    }

    @Override
    public int hashCode() {
        return Objects.hash(straat, huisnummer, postcode, plaats);
    }

    @Override
    public String toString() {
        return straat + " " + huisnummer + ", " + postcode + " " + plaats;
    }
}
