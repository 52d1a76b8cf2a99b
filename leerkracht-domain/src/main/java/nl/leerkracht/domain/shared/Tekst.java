package nl.leerkracht.domain.shared;

/** The rule for names and other short texts people type: present, not too long, and no markup. */
public final class Tekst {

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
}
