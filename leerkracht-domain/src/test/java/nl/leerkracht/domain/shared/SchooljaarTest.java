package nl.leerkracht.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchooljaarTest {

    @Test
    void runsFromTheFirstOfAugustToTheThirtyFirstOfJuly() {
        assertEquals(new Schooljaar(2026), Schooljaar.of(LocalDate.of(2027, 7, 31)));
        assertEquals(new Schooljaar(2027), Schooljaar.of(LocalDate.of(2027, 8, 1)));
    }

    @Test
    void isWrittenWithBothYears() {
        assertEquals("2027-2028", new Schooljaar(2027).toString());
        assertEquals(new Schooljaar(2027), Schooljaar.parse("2027-2028"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-2029", "2027", "27-28", "2027/2028", ""})
    void refusesWhatIsNoSchoolYear(String text) {
        assertThrows(IllegalArgumentException.class, () -> Schooljaar.parse(text));
    }

    @Test
    void trajectoriesStartOnTheFirstOfSeptember() {
        assertEquals(LocalDate.of(2027, 9, 1), new Schooljaar(2027).getTrajectStart());
    }
}
