package nl.leerkracht.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvTest {

    private static String text(Csv csv) {
        return new String(csv.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void aSpreadsheetGetsABomSemicolonsCrlfAndDecimalCommas() {
        Csv csv = new Csv("brin", "naam", "bedrag", "leraren")
                .rij(
                        Csv.waarde("04AB"),
                        Csv.tekst("OBS De Regenboog"),
                        Csv.bedrag(new BigDecimal("9500.00")),
                        Csv.getal(24));
        assertEquals("\uFEFFbrin;naam;bedrag;leraren\r\n04AB;\"OBS De Regenboog\";9500,00;24\r\n", text(csv));
    }

    @Test
    void textIsQuotedWithItsQuotesDoubledAndItsLineBreaksKept() {
        Csv csv = new Csv("naam").rij(Csv.tekst("School \"De Brug\"; locatie\nZuid"));
        assertEquals("\uFEFFnaam\r\n\"School \"\"De Brug\"\"; locatie\nZuid\"\r\n", text(csv));
    }

    @Test
    void textASpreadsheetWouldRunAsAFormulaStartsWithAnApostrophe() {
        for (String formula : new String[] {"=HYPERLINK(\"http://x\")", "+31 6", "-2+3", "@SUM(A1)", "\tTAB"}) {
            String row = text(new Csv("naam").rij(Csv.tekst(formula))).split("\r\n")[1];
            assertEquals("\"'" + formula.replace("\"", "\"\"") + "\"", row, formula);
        }
        assertEquals(
                "-1",
                text(new Csv("x").rij(Csv.getal(-1))).split("\r\n")[1],
                "a number the application made is not changed");
    }

    @Test
    void absentValuesAreEmptyFieldsAndANegativeAmountStaysANumber() {
        Csv csv = new Csv("a", "b", "c").rij(Csv.waarde("x"), Csv.bedrag(null), Csv.bedrag(new BigDecimal("-495.00")));
        assertEquals("x;;-495,00", text(csv).split("\r\n")[1]);
        assertEquals(
                "x;;\"\"",
                text(new Csv("a", "b", "c").rij(Csv.waarde("x"), Csv.getal(null), Csv.tekst(null)))
                        .split("\r\n")[1],
                "absent text is an empty quoted field");
    }
}
