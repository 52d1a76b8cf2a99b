package nl.leerkracht.domain.shared;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A school year, 1 August – 31 July, written {@code 2027-2028}. Trajectories start in September
 * (domain.md §4).
 */
public record Schooljaar(int startJaar) implements Comparable<Schooljaar>, java.io.Serializable {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{4})");

    public Schooljaar {
        if (startJaar < 2000 || startJaar > 2200) {
            throw new IllegalArgumentException("School year out of range: " + startJaar);
        }
    }

    /** The school year a date falls in. */
    public static Schooljaar of(LocalDate date) {
        return new Schooljaar(date.getMonth().compareTo(Month.AUGUST) >= 0 ? date.getYear() : date.getYear() - 1);
    }

    /** Parses {@code 2027-2028}; the second year must follow the first. */
    public static Schooljaar parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.trim());
        if (!matcher.matches() || Integer.parseInt(matcher.group(2)) != Integer.parseInt(matcher.group(1)) + 1) {
            throw new IllegalArgumentException("Not a school year like 2027-2028: " + text);
        }
        return new Schooljaar(Integer.parseInt(matcher.group(1)));
    }

    public LocalDate getEersteDag() {
        return LocalDate.of(startJaar, Month.AUGUST, 1);
    }

    public LocalDate getLaatsteDag() {
        return LocalDate.of(startJaar + 1, Month.JULY, 31);
    }

    /** The day a trajectory that starts in this school year begins. */
    public LocalDate getTrajectStart() {
        return LocalDate.of(startJaar, Month.SEPTEMBER, 1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(getEersteDag()) && !date.isAfter(getLaatsteDag());
    }

    public Schooljaar volgende() {
        return new Schooljaar(startJaar + 1);
    }

    @Override
    public int compareTo(Schooljaar other) {
        return Integer.compare(startJaar, other.startJaar);
    }

    @Override
    public String toString() {
        return startJaar + "-" + (startJaar + 1);
    }
}
