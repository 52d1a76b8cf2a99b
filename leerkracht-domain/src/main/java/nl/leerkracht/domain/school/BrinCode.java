package nl.leerkracht.domain.school;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The BRIN code DUO gives every school: two digits followed by two letters, e.g. {@code 04GK}.
 * Input is trimmed and upper-cased; anything else is refused.
 */
@Embeddable
public class BrinCode {

    public static final int LENGTH = 4;
    public static final String PATTERN = "\\d{2}[A-Z]{2}";
    private static final Pattern FORMAT = Pattern.compile(PATTERN);

    @Column(name = "brin_code", length = LENGTH, nullable = false, unique = true)
    private String code;

    protected BrinCode() {
        // for JPA
    }

    private BrinCode(String code) {
        this.code = code;
    }

    /**
     * @throws IllegalArgumentException when the text is not two digits and two letters
     */
    public static BrinCode of(String text) {
        String normalized = normalize(text);
        if (!isValid(normalized)) {
            throw new IllegalArgumentException("Not a BRIN code: " + text);
        }
        return new BrinCode(normalized);
    }

    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(normalize(text)).matches();
    }

    private static String normalize(String text) {
        return text == null ? null : text.trim().toUpperCase(Locale.ROOT);
    }

    public String getCode() {
        return code;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BrinCode that && Objects.equals(code, that.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
