package nl.leerkracht.domain.inschrijving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.leerkracht.domain.shared.Bedrag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirectieteamPrijsTest {

    private final DirectieteamPrijs formule = DirectieteamPrijs.standaard();

    @Test
    void addsBasePerMemberAndPerWorkSession() {
        DirectieteamPrijs.Berekening berekening = formule.bereken(6, 4);
        assertEquals(Bedrag.euro("3600.00"), berekening.getPrijs());
        assertFalse(berekening.isBegrensd());
    }

    @Test
    void aSmallTeamPaysTheLowerEndOfTheRange() {
        DirectieteamPrijs.Berekening berekening = formule.bereken(2, 1);
        assertEquals(Bedrag.euro("2750.00"), berekening.getFormule());
        assertEquals(DirectieteamPrijs.MINIMUM, berekening.getPrijs());
        assertTrue(berekening.isBegrensd());
    }

    @Test
    void aLargeTeamPaysNoMoreThanTheUpperEnd() {
        DirectieteamPrijs.Berekening berekening = formule.bereken(15, 6);
        assertEquals(Bedrag.euro("4800.00"), berekening.getFormule());
        assertEquals(DirectieteamPrijs.MAXIMUM, berekening.getPrijs());
        assertTrue(berekening.isBegrensd());
    }

    @Test
    void theEndsOfTheRangeThemselvesAreNotClamped() {
        DirectieteamPrijs exact = new DirectieteamPrijs(Bedrag.euro("3200"), Bedrag.euro("100"), Bedrag.euro("100"));
        assertEquals(DirectieteamPrijs.MINIMUM, exact.bereken(1, 1).getPrijs());
        assertFalse(exact.bereken(1, 1).isBegrensd());
        assertEquals(DirectieteamPrijs.MAXIMUM, exact.bereken(6, 7).getPrijs());
        assertFalse(exact.bereken(6, 7).isBegrensd());
    }

    @ParameterizedTest
    @CsvSource({"0, 4", "6, 0", "51, 4", "6, 21", "-1, 4"})
    void refusesImplausibleTeamsOrSessions(int leden, int sessies) {
        assertThrows(IllegalArgumentException.class, () -> formule.bereken(leden, sessies));
    }

    @Test
    void refusesANegativePartOfTheFormula() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new DirectieteamPrijs(Bedrag.euro("3000"), Bedrag.euro("-50"), Bedrag.euro("100")));
    }
}
