package nl.leerkracht.domain.inschrijving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.leerkracht.domain.inschrijving.Offerte.Grondslag;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.shared.Bedrag;
import nl.leerkracht.domain.shared.Schooljaar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class OfferteTest {

    private static final Schooljaar START = new Schooljaar(2027);

    @ParameterizedTest(name = "{0} teachers: billed {1} ({2})")
    @CsvSource({
        "11, 12, MINIMUM",
        "12, 12, AANTAL",
        "13, 13, AANTAL",
        "74, 74, AANTAL",
        "75, 75, AANTAL",
        "76, 75, MAXIMUM",
        "1, 12, MINIMUM",
        "400, 75, MAXIMUM"
    })
    void billsVoBetweenTwelveAndSeventyFiveTeachers(int teachers, int billed, Grondslag grondslag) {
        Offerte offerte = Offerte.voor(Tarief.standaard(Sector.VO, START), teachers);
        assertEquals(2, offerte.getRegels().size());
        for (Offerte.Programmajaar regel : offerte.getRegels()) {
            assertEquals(billed, regel.getFactureerbareLeraren());
            assertEquals(grondslag, regel.getGrondslag());
        }
        assertEquals(Bedrag.euro("475").maal(billed), offerte.getRegels().get(0).getBedrag());
        assertEquals(Bedrag.euro("275").maal(billed), offerte.getRegels().get(1).getBedrag());
        assertEquals(Bedrag.euro("750").maal(billed), offerte.getTotaal());
        assertTrue(offerte.isVolledig());
    }

    @ParameterizedTest
    @EnumSource(
            value = Sector.class,
            names = {"VO", "MBO", "HBO"})
    void theTwoYearProgrammeCostsSevenHundredFiftyPerTeacherInEverySectorButPo(Sector sector) {
        Offerte offerte = Offerte.voor(Tarief.standaard(sector, START), 20);
        assertEquals(Bedrag.euro("15000.00"), offerte.getTotaal());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 11, 76, 400})
    void poBillsEveryDeclaredTeacherWithoutMinimumOrMaximum(int teachers) {
        Offerte offerte = Offerte.voor(Tarief.standaard(Sector.PO, START), teachers);
        Offerte.Programmajaar jaar1 = offerte.getRegels().get(0);
        assertEquals(teachers, jaar1.getFactureerbareLeraren());
        assertEquals(Grondslag.AANTAL, jaar1.getGrondslag());
        assertEquals(Bedrag.euro("475").maal(teachers), offerte.getTotaal());
    }

    @Test
    void poLeavesYearTwoToBeAgreedUpToTheCeiling() {
        Offerte offerte = Offerte.voor(Tarief.standaard(Sector.PO, START), 30);
        Offerte.Programmajaar jaar2 = offerte.getRegels().get(1);
        assertEquals(Grondslag.VERVOLG_IN_OVERLEG, jaar2.getGrondslag());
        assertNull(jaar2.getBedrag());
        assertFalse(offerte.isVolledig());
        assertEquals(Bedrag.euro("275.00"), offerte.getVoorwaarden().getVervolgPlafond());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void refusesAQuoteForNoTeachers(int teachers) {
        assertThrows(IllegalArgumentException.class, () -> Offerte.voor(Tarief.standaard(Sector.VO, START), teachers));
    }

    @Test
    void aQuoteKeepsTheTariffItWasMadeWith() {
        Offerte oud = Offerte.voor(Tarief.standaard(Sector.MBO, START), 20);
        Tarief nieuw = Tarief.tweejarig(Sector.MBO, START.volgende(), Bedrag.euro("495"), Bedrag.euro("295"), 12, 75);
        Offerte volgendJaar = Offerte.voor(nieuw, 20);
        assertEquals(Bedrag.euro("15000.00"), oud.getTotaal());
        assertEquals(Bedrag.euro("15800.00"), volgendJaar.getTotaal());
    }
}
