package nl.leerkracht.service.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvBestandTest {

    private static CsvBestand lees(String text) {
        return CsvBestand.lees(text.getBytes(StandardCharsets.UTF_8), 100);
    }

    @Test
    void semicolonsWithABomAndNamesWithoutCaseOrSpaces() {
        CsvBestand bestand = lees(
                "\uFEFFBRIN-code;Naam;Aantal leraren\r\n04AB;OBS De Regenboog;24\r\n\r\n05CD;CBS Het Kompas;18\r\n");
        assertEquals(List.of("brincode", "naam", "aantalleraren"), bestand.getKolommen());
        assertEquals(2, bestand.getRijen().size());
        assertEquals("OBS De Regenboog", bestand.getRijen().get(0).get("naam"));
        assertEquals(2, bestand.getRijen().get(0).regel());
        assertEquals(4, bestand.getRijen().get(1).regel(), "line numbers count the empty line");
    }

    @Test
    void commasWithQuotedFieldsHoldingCommasQuotesAndLineBreaks() {
        CsvBestand bestand = lees(
                "brin,naam,plaats\n04AB,\"School \"\"De Regenboog\"\", locatie 2\",\"Den\nHaag\"\n05CD,Kompas,Soest");
        assertEquals(
                "School \"De Regenboog\", locatie 2", bestand.getRijen().get(0).get("naam"));
        assertEquals("Den\nHaag", bestand.getRijen().get(0).get("plaats"));
        assertEquals(4, bestand.getRijen().get(1).regel());
    }

    @Test
    void missingFieldsAreEmptyAndExtraFieldsAreNoticed() {
        CsvBestand bestand = lees("brin;naam\n04AB\n05CD;Kompas;extra");
        assertEquals(null, bestand.getRijen().get(0).get("naam"));
        assertEquals("extra", bestand.getRijen().get(1).waarden().get(""));
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() {
        byte[] latin1 = "brin;naam\n04AB;Caf\u00e9 De Brug".getBytes(StandardCharsets.ISO_8859_1);
        BusinessException fout = assertThrows(BusinessException.class, () -> CsvBestand.lees(latin1, 100));
        assertEquals("import.fout.codering", fout.getMessageKey());
    }

    @Test
    void anEmptyFileAndTooManyRowsAreRefused() {
        assertEquals(
                "import.fout.leeg",
                assertThrows(BusinessException.class, () -> lees("\n\n")).getMessageKey());
        assertEquals(
                "import.fout.teveel",
                assertThrows(
                                BusinessException.class,
                                () -> CsvBestand.lees("brin\n1\n2\n3".getBytes(StandardCharsets.UTF_8), 2))
                        .getMessageKey());
    }

    @Test
    void aQuoteLeftOpenRunsToTheEndAndTextAfterAClosingQuoteStaysInTheField() {
        CsvBestand bestand = lees("brin;naam\n04AB;\"De Brug\" Zuid\n05CD;\"Het Kompas");
        assertEquals("De Brug Zuid", bestand.getRijen().get(0).get("naam"));
        assertEquals("Het Kompas", bestand.getRijen().get(1).get("naam"));
        assertEquals(3, bestand.getRijen().get(1).regel());
    }
}
