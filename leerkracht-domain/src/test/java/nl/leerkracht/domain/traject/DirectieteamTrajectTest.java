package nl.leerkracht.domain.traject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.leerkracht.domain.inschrijving.DirectieteamFunctie;
import nl.leerkracht.domain.inschrijving.DirectieteamInschrijving;
import nl.leerkracht.domain.inschrijving.DirectieteamLid;
import nl.leerkracht.domain.inschrijving.DirectieteamPrijs;
import nl.leerkracht.domain.school.Bestuur;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.domain.shared.Schooljaar;
import org.junit.jupiter.api.Test;

class DirectieteamTrajectTest {

    static final Instant NU = Instant.parse("2026-06-01T10:00:00Z");

    private static DirectieteamInschrijving directieteam() {
        return DirectieteamInschrijving.aanvragen(
                new Bestuur("30512", "Stichting VO Midden-Nederland", Sector.VO),
                new Schooljaar(2026),
                List.of(
                        new DirectieteamLid("Hans Mulder", DirectieteamFunctie.BESTUURDER),
                        new DirectieteamLid("Ria Rector", DirectieteamFunctie.RECTOR)),
                4,
                DirectieteamPrijs.standaard(),
                "Hans Mulder",
                NU);
    }

    private static String code(Runnable actie) {
        return assertThrows(Regelfout.class, actie::run).getCode();
    }

    @Test
    void anApprovedDirectieteamOpensItsOwnTrajectoryInTheStartfase() {
        DirectieteamInschrijving aanvraag = directieteam();
        assertThrows(
                IllegalArgumentException.class,
                () -> DirectieteamTraject.start(aanvraag, "Carla", NU),
                "not before approval");
        aanvraag.keurGoed("Carla", NU);
        DirectieteamTraject traject = DirectieteamTraject.start(aanvraag, "Carla", NU);
        assertEquals(Fase.STARTFASE, traject.getFase());
        assertEquals(LocalDate.of(2026, 9, 1), traject.getGestartOp(), "from the start of its school year");
        assertEquals(Fase.TRAININGSFASE, traject.getVolgendeFase());
    }

    @Test
    void itGoesThroughTheDirectieteamPhasesOnlyOneAtATime() {
        DirectieteamInschrijving aanvraag = directieteam();
        aanvraag.keurGoed("Carla", NU);
        DirectieteamTraject traject = DirectieteamTraject.start(aanvraag, "Carla", NU);
        assertEquals(
                "traject.fout.overslaan",
                code(() -> traject.wisselFase(Fase.VERDIEPINGSFASE_EN_BORGING, "Snel.", null, "Eva", NU)));
        assertEquals(
                "traject.fout.fase", code(() -> traject.wisselFase(Fase.VERDIEPING, "School-fase.", null, "Eva", NU)));
        traject.wisselFase(
                Fase.TRAININGSFASE, "Startpositie en behoeften met de bestuurder besproken.", null, "Eva", NU);
        traject.wisselFase(
                Fase.VERDIEPINGSFASE_EN_BORGING,
                "Werksessies gehouden; het directieteam werkt met het bord.",
                null,
                "Eva",
                NU);
        assertNull(traject.getVolgendeFase(), "the last phase");
        assertEquals(
                "traject.fout.reden", code(() -> traject.wisselFase(Fase.TRAININGSFASE, "Terug.", null, "Eva", NU)));
        assertEquals(3, traject.getFasen().size());
    }
}
