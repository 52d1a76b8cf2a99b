package nl.leerkracht.domain.shared;

import java.util.regex.Pattern;

/** The rule for names and other short texts people type: present, not too long, and no markup. */
public final class Tekst {

    public static final int EMAIL_LENGTH = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");
    /** An HTML tag, comment or declaration: {@code <} followed by a letter, {@code /}, {@code !} or {@code ?}. */
    private static final Pattern TAG = Pattern.compile("<\\s*[a-zA-Z/!?]");

    private Tekst() {
    }

    /**
     * @return the text, trimmed
     * @throws Regelfout {@code code} when missing or longer than {@code maximum}; {@code markupCode}
     *         when it holds {@code <} or {@code >} (no name or address does; such text is markup)
     */
    public static String verplicht(String tekst, int maximum, String code, String markupCode) {
        if (tekst == null || tekst.isBlank() || tekst.trim().length() > maximum) {
            throw new Regelfout(code, "text: " + tekst);
        }
        geenMarkup(tekst, markupCode);
        return tekst.trim();
    }

    /** @throws Regelfout {@code code} when the text holds {@code <} or {@code >} */
    public static void geenMarkup(String tekst, String code) {
        if (tekst.indexOf('<') >= 0 || tekst.indexOf('>') >= 0) {
            throw new Regelfout(code, "markup: " + tekst);
        }
    }

    /**
     * The rule for longer texts people write (a complaint, a reply): present, not too long, and no
     * HTML tags. A lone {@code <} or {@code >} ("a < b") is fine here.
     *
     * @return the text, trimmed
     */
    public static String verhaal(String tekst, int maximum, String code, String markupCode) {
        if (tekst == null || tekst.isBlank() || tekst.trim().length() > maximum) {
            throw new Regelfout(code, "text of length " + (tekst == null ? 0 : tekst.length()));
        }
        if (TAG.matcher(tekst).find()) {
            throw new Regelfout(markupCode, "tag in text");
        }
        return tekst.trim();
    }

    /**
     * @return the e-mail address, trimmed
     * @throws Regelfout {@code code} when missing, too long or not an address
     */
    public static String email(String email, String code) {
        if (email == null || email.trim().length() > EMAIL_LENGTH || !EMAIL.matcher(email.trim()).matches()) {
            throw new Regelfout(code, "e-mail: " + email);
        }
        return email.trim();
    }
}
