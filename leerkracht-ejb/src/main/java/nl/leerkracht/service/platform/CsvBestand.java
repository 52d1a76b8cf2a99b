package nl.leerkracht.service.platform;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as people save it from a spreadsheet: UTF-8 (with or without BOM), semicolon or
 * comma (whichever the header row uses), fields optionally in double quotes (with "" for a quote
 * and line breaks inside), and a header row naming the columns; read by Apache Commons CSV. Column names are compared without
 * case, spaces or punctuation, so {@code BRIN-code} and {@code brincode} are the same column.
 */
public final class CsvBestand {

    /** One data row: its line number in the file and its values by normalised column name. */
    public record Rij(int regel, Map<String, String> waarden) {
        public String get(String kolom) {
            String waarde = waarden.get(kolom);
            return waarde == null || waarde.isBlank() ? null : waarde.trim();
        }
    }

    private final List<String> kolommen;
    private final List<Rij> rijen;

    private CsvBestand(List<String> kolommen, List<Rij> rijen) {
        this.kolommen = kolommen;
        this.rijen = rijen;
    }

    /**
     * @throws BusinessException {@code import.fout.codering} when the bytes are not UTF-8,
     *         {@code import.fout.leeg} without a header row, {@code import.fout.teveel} above the row limit
     */
    public static CsvBestand lees(byte[] bytes, int maximumRijen) {
        String tekst;
        try {
            tekst = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BusinessException("import.fout.codering", "not UTF-8");
        }
        if (tekst.startsWith("\uFEFF")) {
            tekst = tekst.substring(1);
        }
        int eersteRegeleinde = tekst.indexOf('\n');
        String kop = eersteRegeleinde < 0 ? tekst : tekst.substring(0, eersteRegeleinde);
        char scheiding = count(kop, ';') >= count(kop, ',') && count(kop, ';') > 0 ? ';' : ',';

        List<List<String>> records = new ArrayList<>();
        List<Integer> regels = new ArrayList<>();
        Regelteller teller = new Regelteller(tekst);
        try (CSVParser parser = formaat(scheiding).parse(new StringReader(tekst))) {
            for (CSVRecord record : parser) {
                List<String> velden = record.toList();
                if (!velden.stream().allMatch(String::isBlank)) {
                    records.add(velden);
                    regels.add(teller.regelOp(record.getCharacterPosition()));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new BusinessException("import.fout.opmaak", "unreadable CSV: " + e.getMessage());
        }

        if (records.isEmpty()) {
            throw new BusinessException("import.fout.leeg", "no header row");
        }
        List<String> kolommen =
                records.get(0).stream().map(CsvBestand::kolomnaam).toList();
        if (records.size() - 1 > maximumRijen) {
            throw new BusinessException("import.fout.teveel", "rows: " + (records.size() - 1), maximumRijen);
        }
        List<Rij> rijen = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            Map<String, String> waarden = new LinkedHashMap<>();
            List<String> velden = records.get(r);
            for (int k = 0; k < kolommen.size(); k++) {
                waarden.put(kolommen.get(k), k < velden.size() ? velden.get(k) : null);
            }
            if (velden.size() > kolommen.size()) {
                waarden.put("", String.join("", velden.subList(kolommen.size(), velden.size())));
            }
            rijen.add(new Rij(regels.get(r), waarden));
        }
        return new CsvBestand(kolommen, rijen);
    }

    /**
     * As spreadsheets write it, and forgiving as they read it: a quote only opens a field at its
     * start, text after a closing quote belongs to the field, and a quote left open runs to the end.
     */
    private static CSVFormat formaat(char scheiding) {
        return CSVFormat.RFC4180
                .builder()
                .setDelimiter(scheiding)
                .setIgnoreEmptyLines(true)
                .setTrailingData(true)
                .setLenientEof(true)
                .get();
    }

    /** The line a character offset lies on, counting CRLF, LF and CR as one line end each. */
    private static final class Regelteller {
        private final String tekst;
        private int positie;
        private int regel = 1;

        Regelteller(String tekst) {
            this.tekst = tekst;
        }

        /** The line of the record that starts at this offset; the parser counts empty lines before it as part of it. */
        int regelOp(long offset) {
            while (positie < tekst.length()
                    && (positie < offset || tekst.charAt(positie) == '\n' || tekst.charAt(positie) == '\r')) {
                char c = tekst.charAt(positie++);
                if (c == '\n' || c == '\r' && (positie >= tekst.length() || tekst.charAt(positie) != '\n')) {
                    regel++;
                }
            }
            return regel;
        }
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }

    /** A column name without case, spaces or punctuation: {@code "Aantal leraren"} becomes {@code aantalleraren}. */
    public static String kolomnaam(String naam) {
        return naam == null ? "" : naam.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    public List<String> getKolommen() {
        return kolommen;
    }

    public List<Rij> getRijen() {
        return rijen;
    }
}
