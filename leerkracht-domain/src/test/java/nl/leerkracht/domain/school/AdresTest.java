package nl.leerkracht.domain.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdresTest {

    @Test
    void writesPostcodeTheDutchWay() {
        assertEquals("3542 AA", new Adres("Atoomweg", "99", "3542aa", "Utrecht", 52.1, 5.07).getPostcode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0542 AA", "354 AA", "3542 A", "ABCD EF", ""})
    void refusesWhatIsNoDutchPostcode(String postcode) {
        assertThrows(IllegalArgumentException.class, () -> Adres.normalizePostcode(postcode));
    }

    @Test
    void refusesCoordinatesOutsideTheNetherlands() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Adres("Rue de Rivoli", "1", "1234 AB", "Parijs", 48.86, 2.35));
    }

    @Test
    void refusesHalfACoordinate() {
        assertThrows(
                IllegalArgumentException.class, () -> new Adres("Atoomweg", "99", "3542 AA", "Utrecht", 52.1, null));
    }
}
