package nl.leerkracht.domain.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BrinCodeTest {

    @Test
    void normalizesCaseAndSpaces() {
        assertEquals("04GK", BrinCode.of(" 04gk ").getCode());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"4GK", "04GKX", "AB12", "0412", "04G1", "04 GK", "<b>"})
    void refusesAnythingButTwoDigitsAndTwoLetters(String text) {
        assertFalse(BrinCode.isValid(text));
        assertThrows(IllegalArgumentException.class, () -> BrinCode.of(text));
    }

    @Test
    void equalCodesAreTheSameSchoolKey() {
        assertEquals(BrinCode.of("30xr"), BrinCode.of("30XR"));
    }
}
