package nl.leerkracht.domain.traject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.leerkracht.domain.inschrijving.Aanvrager;
import nl.leerkracht.domain.inschrijving.Inschrijving;
import nl.leerkracht.domain.inschrijving.Kernteamlid;
import nl.leerkracht.domain.inschrijving.Tarief;
import nl.leerkracht.domain.school.Adres;
import nl.leerkracht.domain.school.Bestuur;
import nl.leerkracht.domain.school.BrinCode;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.domain.shared.Schooljaar;
import org.junit.jupiter.api.Test;

class TrajectTest {

    static final Instant NU = Instant.parse("2026-09-01T08:00:00Z");
    static final LocalDate START = LocalDate.of(2026, 9, 1);

    /** An active PO trajectory, in its Startfase. */
    static Traject traject() {
        School school = new School(
                BrinCode.of("04AB"),
                "OBS De Regenboog",
                Sector.PO,
                new Bestuur("41234", "Stichting De Vallei", Sector.PO),
                new Adres("Leusderweg", "120", "3817 KC", "Amersfoort", null, null),
                24);
        Inschrijving inschrijving = Inschrijving.aanvragen(
                school,
                null,
                null,
                Tarief.standaard(Sector.PO, new Schooljaar(2026)),
                24,
                new Aanvrager("Sanne", "sanne@school.nl", Aanvrager.Functie.SCHOOLLEIDER, null),
                List.of(
                        new Kernteamlid("Coen", Kernteamlid.Kernteamrol.SCHOOLCOACH, new BigDecimal("0.4")),
                        new Kernteamlid("Anna", Kernteamlid.Kernteamrol.AANJAGER, new BigDecimal("0.2"))),
                new Inschrijving.Bevestiging(true, true, false),
                NU.minusSeconds(86_400 * 100));
        inschrijving.keurGoed("Carla", NU.minusSeconds(86_400 * 50));
        inschrijving.activeer("platform", NU, START);
        return Traject.start(inschrijving, START, "platform", NU);
    }

    private static String code(Runnable actie) {
        return assertThrows(Regelfout.class, actie::run).getCode();
    }

    @Test
    void aTrajectoryOpensInTheStartfaseWithItsFirstStepKept() {
        Traject traject = traject();
        assertEquals(Fase.STARTFASE, traject.getFase());
        assertEquals(Programma.SCHOOL, traject.getProgramma());
        assertEquals("OBS De Regenboog", traject.getEenheidNaam());
        assertEquals(1, traject.getFasen().size());
        assertNull(traject.getFasen().get(0).getVan());
    }

    @Test
    void theExpertcoachMovesOnOnePhaseAtATimeWithAnEvaluation() {
        Traject traject = traject();
        traject.wisselFase(
                Fase.TRAININGSFASE,
                "Kernteam getraind, eerste bordsessies gehouden.",
                null,
                "Eva Expert",
                NU.plusSeconds(60));
        traject.wisselFase(Fase.VERDIEPING, "Instrumenten versterken elkaar.", null, "Eva Expert", NU.plusSeconds(120));
        traject.wisselFase(
                Fase.CONTINU_VERBETEREN, "Werkwijze is gewoon geworden.", null, "Eva Expert", NU.plusSeconds(180));
        assertEquals(Fase.CONTINU_VERBETEREN, traject.getFase());
        assertNull(traject.getVolgendeFase(), "the last phase has no next");
        assertEquals(4, traject.getFasen().size());
        assertEquals(Fase.VERDIEPING, traject.getFasen().get(3).getVan());
        assertEquals("Werkwijze is gewoon geworden.", traject.getFasen().get(3).getEvaluatie());
    }

    @Test
    void noPhaseIsSkipped() {
        Traject traject = traject();
        assertEquals(
                "traject.fout.overslaan",
                code(() -> traject.wisselFase(Fase.VERDIEPING, "Snel gegaan.", null, "Eva", NU)));
        assertEquals(
                "traject.fout.overslaan",
                code(() -> traject.wisselFase(Fase.CONTINU_VERBETEREN, "Klaar.", null, "Eva", NU)));
        assertEquals(Fase.STARTFASE, traject.getFase());
        assertEquals(1, traject.getFasen().size(), "nothing recorded");
    }

    @Test
    void theCurrentPhaseAPhaseOfTheOtherProgrammeOrNoneIsRefused() {
        Traject traject = traject();
        assertEquals("traject.fout.fase", code(() -> traject.wisselFase(Fase.STARTFASE, "Blijft.", null, "Eva", NU)));
        assertEquals(
                "traject.fout.fase",
                code(() -> traject.wisselFase(Fase.VERDIEPINGSFASE_EN_BORGING, "Directieteam.", null, "Eva", NU)));
        assertEquals("traject.fout.fase", code(() -> traject.wisselFase(null, "Niets.", null, "Eva", NU)));
    }

    @Test
    void aStepNeedsAnEvaluationWithoutMarkup() {
        Traject traject = traject();
        assertEquals(
                "traject.fout.evaluatie", code(() -> traject.wisselFase(Fase.TRAININGSFASE, "  ", null, "Eva", NU)));
        assertEquals(
                "traject.fout.evaluatie",
                code(() -> traject.wisselFase(Fase.TRAININGSFASE, "x".repeat(2001), null, "Eva", NU)));
        assertEquals(
                "traject.fout.markup",
                code(() -> traject.wisselFase(Fase.TRAININGSFASE, "<b>goed</b>", null, "Eva", NU)));
        assertEquals(Fase.STARTFASE, traject.getFase());
    }

    @Test
    void goingBackNeedsAReasonAndIsKeptAsAStepBack() {
        Traject traject = traject();
        traject.wisselFase(Fase.TRAININGSFASE, "Getraind.", null, "Eva", NU);
        traject.wisselFase(Fase.VERDIEPING, "Verdieping.", null, "Eva", NU);
        assertEquals(
                List.of(Fase.CONTINU_VERBETEREN, Fase.STARTFASE, Fase.TRAININGSFASE),
                traject.getFaseKeuzes(),
                "on to the next phase, or back to an earlier one");
        assertEquals(
                "traject.fout.reden", code(() -> traject.wisselFase(Fase.TRAININGSFASE, "Terug.", " ", "Eva", NU)));
        assertEquals(Fase.VERDIEPING, traject.getFase());
        traject.wisselFase(Fase.TRAININGSFASE, "Bordsessies liggen stil.", "Nieuw team na fusie", "Eva", NU);
        assertEquals(Fase.TRAININGSFASE, traject.getFase());
        Fasewissel terug = traject.getFasen().get(3);
        assertTrue(terug.isTerug());
        assertEquals("Nieuw team na fusie", terug.getReden());
    }

    @Test
    void onlyAnActiveEnrolmentOpensATrajectory() {
        Traject actief = traject();
        Inschrijving inschrijving = actief.getInschrijving();
        inschrijving.rondAf("Carla", NU);
        assertThrows(IllegalArgumentException.class, () -> Traject.start(inschrijving, START, "platform", NU));
    }
}
