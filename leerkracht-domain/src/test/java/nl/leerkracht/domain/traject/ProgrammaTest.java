package nl.leerkracht.domain.traject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProgrammaTest {

    @Test
    void schoolsPassFourPhasesInOrder() {
        assertEquals(
                List.of(Fase.STARTFASE, Fase.TRAININGSFASE, Fase.VERDIEPING, Fase.CONTINU_VERBETEREN),
                Programma.SCHOOL.getFasen());
        assertEquals(Fase.VERDIEPING, Programma.SCHOOL.next(Fase.TRAININGSFASE));
        assertNull(Programma.SCHOOL.next(Fase.CONTINU_VERBETEREN));
    }

    @Test
    void directieteamsEndInVerdiepingsfaseEnBorging() {
        assertEquals(Fase.VERDIEPINGSFASE_EN_BORGING, Programma.DIRECTIETEAM.next(Fase.TRAININGSFASE));
        assertThrows(IllegalArgumentException.class, () -> Programma.DIRECTIETEAM.next(Fase.VERDIEPING));
    }
}
