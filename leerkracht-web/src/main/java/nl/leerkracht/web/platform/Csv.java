package nl.leerkracht.web.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV as Dutch spreadsheets read it, written by Apache Commons CSV: UTF-8 with a BOM, semicolons,
 * decimal commas, CRLF line ends, text always quoted, and a leading apostrophe before anything a
 * spreadsheet would take for a formula.
 */
public final class Csv {

    private static final CSVFormat PLAIN = CSVFormat.RFC4180
            .builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();
    private static final CSVFormat QUOTED =
            PLAIN.builder().setQuoteMode(QuoteMode.ALL).get();

    /** One field and how it is written. */
    public static final class Field {
        private final String value;
        private final boolean quoted;

        private Field(String value, boolean quoted) {
            this.value = value;
            this.quoted = quoted;
        }
    }

    private final StringBuilder text = new StringBuilder("\uFEFF");

    public Csv(String... kolommen) {
        Field[] kop = new Field[kolommen.length];
        for (int i = 0; i < kolommen.length; i++) {
            kop[i] = waarde(kolommen[i]);
        }
        rij(kop);
    }

    /** One row. */
    public Csv rij(Field... velden) {
        try {
            for (int i = 0; i < velden.length; i++) {
                (velden[i].quoted ? QUOTED : PLAIN).print(velden[i].value, text, i == 0);
            }
            PLAIN.println(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return this;
    }

    public byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A text field, quoted; one that a spreadsheet would read as a formula gets a leading apostrophe. */
    public static Field tekst(String waarde) {
        String veilig = waarde == null ? "" : waarde;
        if (!veilig.isEmpty() && "=+-@\t\r".indexOf(veilig.charAt(0)) >= 0) {
            veilig = "'" + veilig;
        }
        return new Field(veilig, true);
    }

    /** A code, date or count the application made itself: quoted only where the format needs it. */
    public static Field waarde(String waarde) {
        return new Field(waarde == null ? "" : waarde, false);
    }

    /** An amount with a decimal comma. */
    public static Field bedrag(BigDecimal waarde) {
        return waarde(waarde == null ? "" : waarde.toPlainString().replace('.', ','));
    }

    /** A number with a decimal comma; empty when absent. */
    public static Field getal(Number waarde) {
        return waarde(waarde == null ? "" : String.valueOf(waarde).replace('.', ','));
    }
}
