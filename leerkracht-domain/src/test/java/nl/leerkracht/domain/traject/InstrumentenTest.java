package nl.leerkracht.domain.traject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.shared.Regelfout;
import org.junit.jupiter.api.Test;

class InstrumentenTest {

    static final LocalDate VANDAAG = LocalDate.of(2026, 11, 30);
    final Traject traject = TrajectTest.traject();
    final Account anna = Mensen.van(traject, "Anna");
    final Account lotte = Mensen.van(traject, "Lotte");
    final Account coen = Mensen.van(traject, "Coen");

    private static String code(Runnable actie) {
        return assertThrows(Regelfout.class, actie::run).getCode();
    }

    @Test
    void aLessonVisitIsPlannedWithAFocusThenRecordedWithItsFeedback() {
        Lesbezoek bezoek = Lesbezoek.plan(traject, anna, lotte, VANDAAG.plusDays(3), "Feedback bij rekenen", VANDAAG);
        assertEquals(LesbezoekStatus.GEPLAND, bezoek.getStatus());
        assertEquals("lesbezoek.fout.nogNiet", code(() -> bezoek.legVast("Goede vragen gesteld.", VANDAAG)));
        assertEquals("lesbezoek.fout.feedback", code(() -> bezoek.legVast(" ", VANDAAG.plusDays(3))));
        bezoek.legVast("Sterk: iedereen kreeg een beurt. Tip: wachttijd.", VANDAAG.plusDays(3));
        assertEquals(LesbezoekStatus.GEHOUDEN, bezoek.getStatus());
        assertEquals("lesbezoek.fout.alGehouden", code(() -> bezoek.legVast("Nog eens.", VANDAAG.plusDays(4))));
    }

    @Test
    void nobodyVisitsTheirOwnLessonAndTheDayFitsTheTrajectory() {
        assertEquals("lesbezoek.fout.zelf", code(() -> Lesbezoek.plan(traject, anna, anna, VANDAAG, "Focus", VANDAAG)));
        assertEquals(
                "lesbezoek.fout.datum",
                code(() -> Lesbezoek.plan(traject, anna, lotte, LocalDate.of(2026, 8, 31), "Focus", VANDAAG)));
        assertEquals(
                "lesbezoek.fout.datum",
                code(() -> Lesbezoek.plan(traject, anna, lotte, VANDAAG.plusWeeks(27), "Focus", VANDAAG)));
        assertEquals("lesbezoek.fout.focus", code(() -> Lesbezoek.plan(traject, anna, lotte, VANDAAG, "", VANDAAG)));
    }

    @Test
    void aTeacherMayVisitAColleagueWithTheSameNameButNotThemselves() {
        Account naamgenote = Mensen.van(traject, "Anna");
        Lesbezoek bezoek = Lesbezoek.plan(traject, anna, naamgenote, VANDAAG, "Focus", VANDAAG);
        assertEquals(naamgenote.getId(), bezoek.getBezochte().getAccountId());
        assertEquals(
                "lesbezoek.fout.bezoeker", code(() -> Lesbezoek.plan(traject, null, lotte, VANDAAG, "Focus", VANDAAG)));
        assertEquals(
                "lesbezoek.fout.bezochte", code(() -> Lesbezoek.plan(traject, anna, null, VANDAAG, "Focus", VANDAAG)));
    }

    @Test
    void aLessonDesignLinksTheVisitThatFollowsItUpOnItsOwnBoardOnly() {
        Lesontwerp ontwerp = new Lesontwerp(
                traject, "Breuken met de stokjes", "Anna, Lotte", "Leerlingen vergelijken breuken", VANDAAG, VANDAAG);
        assertNull(ontwerp.getVervolgbezoek());
        Lesbezoek eerder = Lesbezoek.plan(traject, coen, lotte, VANDAAG.minusDays(2), "Breuken", VANDAAG);
        assertEquals("lesontwerp.fout.vervolg", code(() -> ontwerp.koppelVervolgbezoek(eerder)));
        Lesbezoek elders = Lesbezoek.plan(TrajectTest.traject(), coen, lotte, VANDAAG.plusDays(2), "Breuken", VANDAAG);
        assertEquals("teambord.fout.anderBord", code(() -> ontwerp.koppelVervolgbezoek(elders)));
        Lesbezoek vervolg = Lesbezoek.plan(traject, coen, lotte, VANDAAG.plusDays(2), "Breuken", VANDAAG);
        ontwerp.koppelVervolgbezoek(vervolg);
        assertEquals(vervolg, ontwerp.getVervolgbezoek());
        assertEquals(
                "lesontwerp.fout.datum",
                code(() -> new Lesontwerp(traject, "Later", "Anna", "Doel", VANDAAG.plusDays(1), VANDAAG)));
    }

    @Test
    void aStudentVoiceRoundMayFeedAGoalOfItsOwnBoard() {
        Doel doel =
                new Doel(traject, "Leerlingen geven feedback", coen, "6 van 8 groepen", VANDAAG.plusWeeks(4), VANDAAG);
        StemVanDeLeerling ronde = new StemVanDeLeerling(
                traject,
                VANDAAG,
                "Groep 7",
                "Wat helpt jou bij rekenen?",
                "Meer voorbeelden op het bord.",
                doel,
                VANDAAG);
        assertEquals(doel, ronde.getDoel());
        Doel elders = new Doel(TrajectTest.traject(), "Ander doel", coen, "x", VANDAAG.plusWeeks(4), VANDAAG);
        assertEquals(
                "teambord.fout.anderBord",
                code(() -> new StemVanDeLeerling(traject, VANDAAG, "Groep 7", "Vraag", "Uitkomst", elders, VANDAAG)));
        assertEquals(
                "stem.fout.uitkomst",
                code(() -> new StemVanDeLeerling(traject, VANDAAG, "Groep 7", "Vraag", " ", null, VANDAAG)));
    }

    @Test
    void aLookBackSaysWhetherTheTeamIsOnTrackAndWhy() {
        Terugblik terugblik =
                new Terugblik(traject, VANDAAG, false, "Bordsessies vielen uit door ziekte.", "Coen", VANDAAG);
        assertEquals(false, terugblik.isOpKoers());
        assertEquals(
                "terugblik.fout.opKoers", code(() -> new Terugblik(traject, VANDAAG, null, "Waarom", "Coen", VANDAAG)));
        assertEquals(
                "terugblik.fout.toelichting", code(() -> new Terugblik(traject, VANDAAG, true, "", "Coen", VANDAAG)));
    }
}
