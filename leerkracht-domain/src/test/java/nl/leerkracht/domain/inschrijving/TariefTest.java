package nl.leerkracht.domain.inschrijving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.shared.Bedrag;
import nl.leerkracht.domain.shared.Schooljaar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TariefTest {

    private static final Schooljaar START = new Schooljaar(2027);
    private final Tarief po = Tarief.standaard(Sector.PO, START);

    @Test
    void acceptsAPoFollowUpAtTheCeiling() {
        assertEquals(Bedrag.euro("275.00"), po.checkVervolgbedrag(Bedrag.euro("275")));
        assertEquals(Bedrag.euro("200.00"), po.checkVervolgbedrag(Bedrag.euro("200")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"275.01", "300", "0", "-10"})
    void refusesAPoFollowUpAboveTheCeilingOrWithoutAmount(String perTeacher) {
        assertThrows(IllegalArgumentException.class, () -> po.checkVervolgbedrag(Bedrag.euro(perTeacher)));
    }

    @Test
    void onlyPoAgreesItsFollowUp() {
        Tarief vo = Tarief.standaard(Sector.VO, START);
        assertThrows(IllegalArgumentException.class, () -> vo.checkVervolgbedrag(Bedrag.euro("200")));
    }

    @Test
    void refusesATwoYearTariffForPo() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Tarief.tweejarig(Sector.PO, START, Bedrag.euro("475"), Bedrag.euro("275"), 12, 75));
    }

    @Test
    void refusesAMaximumBelowTheMinimum() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Tarief.tweejarig(Sector.VO, START, Bedrag.euro("475"), Bedrag.euro("275"), 20, 10));
    }

    @Test
    void refusesATariffWithoutAmount() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Tarief.tweejarig(Sector.VO, START, Bedrag.NUL, Bedrag.euro("275"), 12, 75));
    }

    @Test
    void aCorrectionFollowsTheSameRules() {
        Tarief vo = Tarief.standaard(Sector.VO, START);
        vo.wijzigTweejarig(Bedrag.euro("495"), Bedrag.euro("295"), 10, 80);
        assertEquals(10, vo.factureerbareLeraren(4));
        assertEquals(80, vo.factureerbareLeraren(90));
        assertThrows(
                IllegalArgumentException.class,
                () -> vo.wijzigTweejarig(Bedrag.euro("495"), Bedrag.euro("295"), 30, 20));
        assertThrows(
                IllegalArgumentException.class,
                () -> vo.wijzigTweejarig(Bedrag.euro("10000.01"), Bedrag.euro("295"), 12, 75));
        assertThrows(IllegalArgumentException.class, () -> vo.wijzigPo(Bedrag.euro("475"), Bedrag.euro("275")));
    }
}
