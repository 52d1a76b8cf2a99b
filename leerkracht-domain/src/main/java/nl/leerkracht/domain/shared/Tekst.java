package nl.leerkracht.domain.shared;

import java.util.regex.Pattern;

/**
 * The rule for names and other texts people type: present, not too long, no markup, and nothing
 * that cannot be seen. Control characters, zero-width characters and bidirectional overrides are
 * refused everywhere (OWASP ASVS 5.1.4): a right-to-left override turned a complainant's name around
 * on the director's screen, and a zero-width space makes two names look alike. Only a longer text
 * ({@link #verhaal}) may hold line breaks and tabs.
 */
public final class Tekst {

    /** The code of the refusal of an invisible or control character. */
    public static final String ONZICHTBAAR = "tekst.fout.onzichtbaar";

    public static final int EMAIL_LENGTH = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");
    /** An HTML tag, comment or declaration: {@code <} followed by a letter, {@code /}, {@code !} or {@code ?}. */
    private static final Pattern TAG = Pattern.compile("<\\s*[a-zA-Z/!?]");

    private Tekst() {}

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
        zichtbaar(tekst, false);
        return tekst.trim();
    }

    /**
     * Whether a text holds a character nobody sees or that changes how the rest is shown: a control
     * character (line breaks and tabs allowed in a text of several lines), a zero-width character or
     * joiner, a bidirectional embedding, override or isolate, a byte order mark, or half of a
     * surrogate pair.
     */
    public static boolean heeftOnzichtbareTekens(String tekst, boolean meerdereRegels) {
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < tekst.length()
                    && Character.isLowSurrogate(tekst.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || isOnzichtbaar(c, meerdereRegels)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOnzichtbaar(char c, boolean meerdereRegels) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return !meerdereRegels;
        }
        return Character.isISOControl(c)
                || c >= '\u200B' && c <= '\u200F' // zero-width space, non-joiner, joiner; LRM, RLM
                || c >= '\u202A' && c <= '\u202E' // bidirectional embeddings and overrides
                || c >= '\u2060' && c <= '\u2069' // word joiner, invisible operators, bidirectional isolates
                || c == '\uFEFF'
                || c == '\u061C'
                || c == '\u180E';
    }

    /** @throws Regelfout {@link #ONZICHTBAAR} when the text holds an invisible or control character */
    public static void zichtbaar(String tekst, boolean meerdereRegels) {
        if (tekst != null && heeftOnzichtbareTekens(tekst, meerdereRegels)) {
            throw new Regelfout(ONZICHTBAAR, "invisible or control character");
        }
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
        zichtbaar(tekst, true);
        return tekst.trim();
    }

    /**
     * @return the e-mail address, trimmed
     * @throws Regelfout {@code code} when missing, too long or not an address
     */
    public static String email(String email, String code) {
        if (!isEmail(email)) {
            throw new Regelfout(code, "e-mail: " + email);
        }
        return email.trim();
    }

    /** Whether this is an e-mail address (spaces around it aside) that the platform takes. */
    public static boolean isEmail(String email) {
        return email != null
                && email.trim().length() <= EMAIL_LENGTH
                && EMAIL.matcher(email.trim()).matches()
                && !heeftOnzichtbareTekens(email.trim(), false);
    }
}
