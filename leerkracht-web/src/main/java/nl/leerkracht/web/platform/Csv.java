package nl.leerkracht.web.platform;

import java.math.BigDecimal;
import java.util.List;

/**
 * CSV as Dutch spreadsheets read it: UTF-8 with a BOM, semicolons, decimal commas, CRLF line
 * ends, text quoted, and a leading apostrophe before anything a spreadsheet would take for a formula.
 */
public final class Csv {

    private final StringBuilder text = new StringBuilder("\uFEFF");

    public Csv(String... kolommen) {
        text.append(String.join(";", kolommen)).append("\r\n");
    }

    /** One row of already formatted fields. */
    public Csv rij(List<String> velden) {
        text.append(String.join(";", velden)).append("\r\n");
        return this;
    }

    public byte[] bytes() {
        return text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A text field, quoted; one that a spreadsheet would read as a formula gets a leading apostrophe. */
    public static String tekst(String waarde) {
        String veilig = waarde == null ? "" : waarde;
        if (!veilig.isEmpty() && "=+-@\t\r".indexOf(veilig.charAt(0)) >= 0) {
            veilig = "'" + veilig;
        }
        return "\"" + veilig.replace("\"", "\"\"") + "\"";
    }

    /** An amount with a decimal comma. */
    public static String bedrag(BigDecimal waarde) {
        return waarde == null ? "" : waarde.toPlainString().replace('.', ',');
    }

    /** A number with a decimal comma; empty when absent. */
    public static String getal(Number waarde) {
        return waarde == null ? "" : String.valueOf(waarde).replace('.', ',');
    }
}
