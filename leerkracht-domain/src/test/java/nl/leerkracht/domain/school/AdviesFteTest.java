package nl.leerkracht.domain.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AdviesFteTest {

    @ParameterizedTest(name = "{0} teachers -> {1} fte")
    @CsvSource({"1,0.2", "20,0.2", "21,0.4", "50,0.4", "51,0.6", "400,0.6"})
    void advisesCapacityBySchoolSize(int teachers, String fte) {
        assertEquals(new BigDecimal(fte), AdviesFte.forTeachers(teachers).getFte());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -3})
    void refusesSchoolsWithoutTeachers(int teachers) {
        assertThrows(IllegalArgumentException.class, () -> AdviesFte.forTeachers(teachers));
    }
}
