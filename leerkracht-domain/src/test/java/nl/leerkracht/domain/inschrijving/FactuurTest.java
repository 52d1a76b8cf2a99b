package nl.leerkracht.domain.inschrijving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.school.Vestiging;
import nl.leerkracht.domain.shared.Bedrag;
import nl.leerkracht.domain.shared.Regelfout;
import org.junit.jupiter.api.Test;

class FactuurTest {

    private static final LocalDate DATUM = LocalDate.of(2027, 9, 15);

    private static Inschrijving goedgekeurdVo(int leraren) {
        School vo = InschrijvingTest.school(Sector.VO);
        Inschrijving inschrijving = Inschrijving.aanvragen(
                vo,
                new Vestiging(vo, 0, "Hoofdlocatie", InschrijvingTest.ADRES),
                null,
                Tarief.standaard(Sector.VO, InschrijvingTest.START),
                leraren,
                InschrijvingTest.AANVRAGER,
                InschrijvingTest.KERNTEAM,
                InschrijvingTest.BEVESTIGD,
                InschrijvingTest.NU);
        inschrijving.keurGoed("Carla", InschrijvingTest.NU);
        return inschrijving;
    }

    @Test
    void billsTwelveTeachersWhenTheTeamIsSmaller() {
        Factuur factuur = Factuur.voor(goedgekeurdVo(9), 1, "2027-00001", DATUM);
        assertEquals(12, factuur.getFactureerbareLeraren());
        assertEquals(Bedrag.euro("5700.00"), factuur.getBedrag());
        assertEquals(InschrijvingTest.START, factuur.getSchooljaar());
    }

    @Test
    void billsYearTwoAtTheYearTwoTariffInTheNextSchoolYear() {
        Factuur factuur = Factuur.voor(goedgekeurdVo(80), 2, "2028-00001", DATUM);
        assertEquals(75, factuur.getFactureerbareLeraren());
        assertEquals(Bedrag.euro("20625.00"), factuur.getBedrag());
        assertEquals(InschrijvingTest.START.volgende(), factuur.getSchooljaar());
    }

    @Test
    void aRequestNotYetApprovedIsNotInvoiced() {
        assertEquals(
                "factuur.fout.status",
                assertThrows(Regelfout.class, () -> Factuur.voor(InschrijvingTest.po(20), 1, "2027-00001", DATUM))
                        .getCode());
    }

    @Test
    void poYearTwoIsInvoicedOnlyAfterTheFollowUpIsAgreed() {
        Inschrijving po = InschrijvingTest.po(20);
        po.keurGoed("Carla", InschrijvingTest.NU);
        assertEquals(
                "factuur.fout.vervolgOnbekend",
                assertThrows(Regelfout.class, () -> Factuur.voor(po, 2, "2028-00001", DATUM))
                        .getCode());
        po.spreekVervolgAf(Bedrag.euro("250"));
        assertEquals(
                Bedrag.euro("5000.00"), Factuur.voor(po, 2, "2028-00001", DATUM).getBedrag());
    }

    @Test
    void aCreditInvoiceCancelsTheAmountAndFreesTheYear() {
        Factuur factuur = Factuur.voor(goedgekeurdVo(20), 1, "2027-00001", DATUM);
        Factuur credit = factuur.crediteer("2027-00002", DATUM, "Aantal leraren was 18");
        assertEquals(Bedrag.euro("-9500.00"), credit.getBedrag());
        assertEquals(Factuur.Soort.CREDITFACTUUR, credit.getSoort());
        assertEquals(factuur, credit.getCrediteert());
        assertTrue(factuur.isGecrediteerd());
        assertEquals(Bedrag.euro("9500.00"), factuur.getBedrag(), "the invoice itself is not changed");
        assertThrows(Regelfout.class, () -> factuur.crediteer("2027-00003", DATUM, "nogmaals"));
        assertThrows(Regelfout.class, () -> credit.crediteer("2027-00003", DATUM, "credit van credit"));
    }

    @Test
    void aCreditInvoiceNeedsAReason() {
        Factuur factuur = Factuur.voor(goedgekeurdVo(20), 1, "2027-00001", DATUM);
        assertThrows(Regelfout.class, () -> factuur.crediteer("2027-00002", DATUM, ""));
        assertFalse(factuur.isGecrediteerd());
    }

    @Test
    void numbersFollowEachOtherWithoutGapsPerYear() {
        Factuurreeks reeks = new Factuurreeks(2027);
        assertEquals("2027-00001", reeks.volgende());
        assertEquals("2027-00002", reeks.volgende());
        assertEquals(2, reeks.getLaatste());
    }

    @Test
    void anEnrolmentClosesOnItsClosingDate() {
        Inschrijfperiode periode = new Inschrijfperiode(
                InschrijvingTest.START, Inschrijfperiode.standaardSluiting(InschrijvingTest.START));
        assertTrue(periode.isOpen(LocalDate.of(2027, 8, 31)));
        assertFalse(periode.isOpen(LocalDate.of(2027, 9, 1)));
        assertThrows(Regelfout.class, () -> periode.wijzigSluitingsdatum(LocalDate.of(2027, 9, 2)));
        periode.wijzigSluitingsdatum(LocalDate.of(2027, 6, 1));
        assertFalse(periode.isOpen(LocalDate.of(2027, 6, 1)));
    }
}
