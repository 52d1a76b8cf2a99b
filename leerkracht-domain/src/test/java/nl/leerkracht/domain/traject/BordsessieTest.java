package nl.leerkracht.domain.traject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.leerkracht.domain.shared.Regelfout;
import org.junit.jupiter.api.Test;

class BordsessieTest {

    static final LocalDate VANDAAG = LocalDate.of(2026, 11, 30);
    static final Instant NU = Instant.parse("2026-11-30T15:00:00Z");
    final Traject traject = TrajectTest.traject();

    private Doel doel() {
        return new Doel(traject, "Leerlingen geven elkaar feedback", "Coen", "80% van de groepen 6-8", VANDAAG.plusWeeks(6), VANDAAG);
    }

    private Actie actie(Traject bord) {
        return new Actie(bord, "Lesbezoeken inplannen", "Anna", VANDAAG.plusDays(7), VANDAAG);
    }

    private static String code(Runnable actie) {
        return assertThrows(Regelfout.class, actie::run).getCode();
    }

    @Test
    void aSessionRecordsWhoWasThereTicksOffActionsAndCountsTheNewOnes() {
        Actie gedaan = actie(traject);
        Actie nieuw = actie(traject);
        Bordsessie sessie = Bordsessie.log(traject, VANDAAG, VANDAAG, List.of("Coen", "Anna", " "), List.of(doel()),
                List.of(gedaan), List.of(nieuw), "", "Coen", NU);
        assertEquals(List.of("Coen", "Anna"), sessie.getAanwezigen());
        assertEquals(1, sessie.getBesprokenDoelen().size());
        assertFalse(gedaan.isOpen());
        assertEquals(VANDAAG, gedaan.getAfgerondOp());
        assertEquals(1, sessie.getActiesAfgerond());
        assertEquals(1, sessie.getActiesNieuw());
        assertTrue(nieuw.isOpen());
    }

    @Test
    void aSessionIsNotInTheFutureNorLongAgoNorBeforeTheTrajectoryStarted() {
        assertEquals("bordsessie.fout.datum", code(() -> Bordsessie.log(traject, VANDAAG.plusDays(1), VANDAAG, List.of("Coen"),
                List.of(), List.of(), List.of(), null, "Coen", NU)));
        assertEquals("bordsessie.fout.datum", code(() -> Bordsessie.log(traject, VANDAAG.minusDays(32), VANDAAG, List.of("Coen"),
                List.of(), List.of(), List.of(), null, "Coen", NU)));
        assertEquals("bordsessie.fout.datum", code(() -> Bordsessie.log(traject, LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 2),
                List.of("Coen"), List.of(), List.of(), List.of(), null, "Coen", NU)));
        assertEquals("bordsessie.fout.datum", code(() -> Bordsessie.log(traject, null, VANDAAG, List.of("Coen"),
                List.of(), List.of(), List.of(), null, "Coen", NU)));
    }

    @Test
    void somebodyMustHaveBeenThere() {
        assertEquals("bordsessie.fout.aanwezigen", code(() -> Bordsessie.log(traject, VANDAAG, VANDAAG, List.of(" "),
                List.of(), List.of(), List.of(), null, "Coen", NU)));
    }

    @Test
    void aRefusedSessionChangesNothingOnTheBoard() {
        Actie gedaan = actie(traject);
        Actie vreemd = actie(TrajectTest.traject());
        assertEquals("teambord.fout.anderBord", code(() -> Bordsessie.log(traject, VANDAAG, VANDAAG, List.of("Coen"),
                List.of(), List.of(gedaan, vreemd), List.of(), null, "Coen", NU)));
        assertEquals("teambord.fout.markup", code(() -> Bordsessie.log(traject, VANDAAG, VANDAAG, List.of("Coen"),
                List.of(), List.of(gedaan), List.of(), "<script>alert(1)</script>", "Coen", NU)));
        assertTrue(gedaan.isOpen(), "the action was not ticked off");
    }

    @Test
    void aGoalIsShortCycleAndMeasurable() {
        assertEquals("doel.fout.deadline", code(() -> new Doel(traject, "Feedback", "Coen", "80%", VANDAAG.minusDays(1), VANDAAG)));
        assertEquals("doel.fout.deadline", code(() -> new Doel(traject, "Feedback", "Coen", "80%", VANDAAG.plusWeeks(27), VANDAAG)));
        assertEquals("doel.fout.streefwaarde", code(() -> new Doel(traject, "Feedback", "Coen", " ", VANDAAG.plusWeeks(4), VANDAAG)));
        assertEquals("teambord.fout.markup", code(() -> new Doel(traject, "<img src=x>", "Coen", "80%", VANDAAG.plusWeeks(4), VANDAAG)));
        Doel doel = doel();
        assertEquals(DoelStatus.LOOPT, doel.getStatus());
        doel.zetStatus(DoelStatus.BEHAALD);
        assertEquals(DoelStatus.BEHAALD, doel.getStatus());
    }

    @Test
    void anOpenActionPastItsDueDateIsLate() {
        Actie actie = actie(traject);
        assertFalse(actie.isTeLaat(VANDAAG.plusDays(7)));
        assertTrue(actie.isTeLaat(VANDAAG.plusDays(8)));
        actie.rondAf(VANDAAG.plusDays(9));
        assertFalse(actie.isTeLaat(VANDAAG.plusDays(10)));
    }
}
