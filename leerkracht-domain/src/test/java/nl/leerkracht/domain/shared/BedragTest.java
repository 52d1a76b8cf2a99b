package nl.leerkracht.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BedragTest {

    @Test
    void countsInWholeCentsWithoutRoundingErrors() {
        assertEquals(Bedrag.euro("0.30"), Bedrag.euro("0.10").plus(Bedrag.euro("0.20")));
        assertEquals("35625.00", Bedrag.euro("475").maal(75).toString());
    }

    @Test
    void refusesFractionsOfACent() {
        assertThrows(IllegalArgumentException.class, () -> Bedrag.euro("274.999"));
    }

    @Test
    void equalAmountsAreEqualWhateverTheirNotation() {
        assertEquals(Bedrag.euro("275"), Bedrag.euro("275.0"));
    }
}
