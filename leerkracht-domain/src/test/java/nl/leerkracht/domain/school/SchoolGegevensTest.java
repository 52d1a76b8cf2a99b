package nl.leerkracht.domain.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.leerkracht.domain.shared.Regelfout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchoolGegevensTest {

    private static SchoolGegevens geldig() {
        return SchoolGegevens.van(
                " 04ab ",
                " OBS De Regenboog ",
                Sector.PO,
                "Leusderweg",
                "120",
                "3817kc",
                "Amersfoort",
                52.15,
                5.38,
                24);
    }

    @Test
    void validDataIsNormalised() {
        SchoolGegevens gegevens = geldig();
        assertEquals("04AB", gegevens.getBrin().getCode());
        assertEquals("OBS De Regenboog", gegevens.getNaam());
        assertEquals("3817 KC", gegevens.getAdres().getPostcode());
        assertEquals(24, gegevens.getAantalLeraren());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "brin 4 letters      | ABCD | OBS | PO   | Straat | 1 | 3817 KC | Plaats | 52.1 | 5.3  | 24   | school.fout.brin",
                "brin empty          | NULL | OBS | PO   | Straat | 1 | 3817 KC | Plaats | 52.1 | 5.3  | 24   | school.fout.brin",
                "name empty          | 04AB | ' ' | PO   | Straat | 1 | 3817 KC | Plaats | 52.1 | 5.3  | 24   | school.fout.naam",
                "script in name      | 04AB | <script>x</script> | PO | Straat | 1 | 3817 KC | Plaats | 52.1 | 5.3 | 24 | school.fout.tekens",
                "no sector           | 04AB | OBS | NULL | Straat | 1 | 3817 KC | Plaats | 52.1 | 5.3  | 24   | school.fout.sector",
                "no street           | 04AB | OBS | PO   | NULL   | 1 | 3817 KC | Plaats | 52.1 | 5.3  | 24   | school.fout.straat",
                "bad postcode        | 04AB | OBS | PO   | Straat | 1 | 38170   | Plaats | 52.1 | 5.3  | 24   | school.fout.postcode",
                "no place            | 04AB | OBS | PO   | Straat | 1 | 3817 KC | NULL   | 52.1 | 5.3  | 24   | school.fout.plaats",
                "zero teachers       | 04AB | OBS | PO   | Straat | 1 | 3817 KC | Plaats | 52.1 | 5.3  | 0    | school.fout.leraren",
                "5001 teachers       | 04AB | OBS | PO   | Straat | 1 | 3817 KC | Plaats | 52.1 | 5.3  | 5001 | school.fout.leraren",
                "one coordinate      | 04AB | OBS | PO   | Straat | 1 | 3817 KC | Plaats | 52.1 | NULL | 24   | school.fout.coordinaten",
                "outside Netherlands | 04AB | OBS | PO   | Straat | 1 | 3817 KC | Plaats | 48.8 | 2.3  | 24   | school.fout.coordinaten",
            })
    void eachMistakeHasItsOwnRule(
            String name,
            String brin,
            String naam,
            Sector sector,
            String straat,
            String huisnummer,
            String postcode,
            String plaats,
            Double latitude,
            Double longitude,
            Integer leraren,
            String code) {
        Regelfout fout = assertThrows(
                Regelfout.class,
                () -> SchoolGegevens.van(
                        brin, naam, sector, straat, huisnummer, postcode, plaats, latitude, longitude, leraren));
        assertEquals(code, fout.getCode());
    }

    @Test
    void aSectorIsReadFromItsCode() {
        assertEquals(Sector.MBO, SchoolGegevens.sector(" mbo "));
        assertEquals(null, SchoolGegevens.sector(""));
        assertEquals(
                "school.fout.sector",
                assertThrows(Regelfout.class, () -> SchoolGegevens.sector("BASIS"))
                        .getCode());
    }

    @Test
    void aCorrectionChangesTheRegisterData() {
        Bestuur vallei = new Bestuur("41234", "Stichting De Vallei", Sector.PO);
        Bestuur rijnmond = new Bestuur("42567", "Stichting Rijnmond", Sector.PO);
        School school = School.van(geldig(), vallei);
        school.wijzig(
                SchoolGegevens.van(
                        "04AB",
                        "OBS De Regenboog Noord",
                        Sector.PO,
                        "Kapelweg",
                        "8",
                        "3818 BN",
                        "Amersfoort",
                        null,
                        null,
                        30),
                rijnmond);
        assertEquals("OBS De Regenboog Noord", school.getNaam());
        assertEquals(rijnmond, school.getBestuur());
        assertEquals(30, school.getAantalLeraren());
        assertEquals(null, school.getAdres().getLatitude());
    }

    @Test
    void aBoardIsCheckedFieldByField() {
        Bestuur bestuur = Bestuur.nieuw(" 41234 ", " Stichting De Vallei ", Sector.PO);
        assertEquals("41234", bestuur.getBestuursnummer());
        assertEquals("Stichting De Vallei", bestuur.getNaam());
        assertEquals(
                "bestuur.fout.nummer",
                assertThrows(Regelfout.class, () -> Bestuur.nieuw("4123", "X", Sector.PO))
                        .getCode());
        assertEquals(
                "bestuur.fout.naam",
                assertThrows(Regelfout.class, () -> Bestuur.nieuw("41234", " ", Sector.PO))
                        .getCode());
        assertEquals(
                "bestuur.fout.sector",
                assertThrows(Regelfout.class, () -> Bestuur.nieuw("41234", "X", null))
                        .getCode());
        assertEquals(
                "school.fout.tekens",
                assertThrows(Regelfout.class, () -> bestuur.wijzig("<b>Vallei</b>", Sector.PO))
                        .getCode());
        bestuur.wijzig("Stichting PO De Vallei", Sector.VO);
        assertEquals(Sector.VO, bestuur.getSector());
    }
}
