package nl.leerkracht.domain.traject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nl.leerkracht.domain.school.Sector;
import org.junit.jupiter.api.Test;

class ProgrammaTest {

    @Test
    void schoolsPassFourPhasesInOrder() {
        assertEquals(
                List.of(Fase.STARTFASE, Fase.TRAININGSFASE, Fase.VERDIEPING, Fase.CONTINU_VERBETEREN),
                Programma.of(Sector.VO).getFasen());
        assertEquals(Fase.VERDIEPING, Programma.SCHOOL.next(Fase.TRAININGSFASE));
        assertNull(Programma.SCHOOL.next(Fase.CONTINU_VERBETEREN));
    }

    @Test
    void directieteamsEndInVerdiepingsfaseEnBorging() {
        assertEquals(Fase.VERDIEPINGSFASE_EN_BORGING, Programma.DIRECTIETEAM.next(Fase.TRAININGSFASE));
        assertThrows(IllegalArgumentException.class, () -> Programma.DIRECTIETEAM.next(Fase.VERDIEPING));
    }
}
