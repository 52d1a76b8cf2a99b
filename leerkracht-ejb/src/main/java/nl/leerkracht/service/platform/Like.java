package nl.leerkracht.service.platform;

import java.util.Locale;

/** Search text for a JPQL {@code LIKE}: lower case, with LIKE's own characters taken literally. */
public final class Like {

    private Like() {}

    /** {@code %text%}: the text anywhere. */
    public static String contains(String text) {
        return "%" + escape(text.trim().toLowerCase(Locale.ROOT)) + "%";
    }

    /** {@code TEXT%}: upper case, from the start (codes such as BRIN). */
    public static String startsWithUpper(String text) {
        return escape(text.trim().toUpperCase(Locale.ROOT)) + "%";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
