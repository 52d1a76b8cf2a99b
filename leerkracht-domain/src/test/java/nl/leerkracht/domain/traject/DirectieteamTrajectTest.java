package nl.leerkracht.domain.traject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.inschrijving.DirectieteamFunctie;
import nl.leerkracht.domain.inschrijving.DirectieteamInschrijving;
import nl.leerkracht.domain.inschrijving.DirectieteamLid;
import nl.leerkracht.domain.inschrijving.DirectieteamPrijs;
import nl.leerkracht.domain.school.Adres;
import nl.leerkracht.domain.school.Bestuur;
import nl.leerkracht.domain.school.BrinCode;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.domain.shared.Schooljaar;
import org.junit.jupiter.api.Test;

class DirectieteamTrajectTest {

    static final Instant NU = Instant.parse("2026-06-01T10:00:00Z");

    static final Bestuur VO_BESTUUR = new Bestuur("30512", "Stichting VO Midden-Nederland", Sector.VO);

    private static DirectieteamInschrijving directieteam() {
        return DirectieteamInschrijving.aanvragen(
                VO_BESTUUR,
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
                () -> Traject.startDirectieteam(aanvraag, "Carla", NU),
                "not before approval");
        aanvraag.keurGoed("Carla", NU);
        Traject traject = Traject.startDirectieteam(aanvraag, "Carla", NU);
        assertEquals(Fase.STARTFASE, traject.getFase());
        assertEquals(Programma.DIRECTIETEAM, traject.getProgramma());
        assertTrue(traject.isDirectieteam());
        assertNull(traject.getSchool(), "a board's team, not a school's");
        assertSame(aanvraag.getBestuur(), traject.getBestuur());
        assertEquals("Stichting VO Midden-Nederland", traject.getEenheidNaam());
        assertEquals(LocalDate.of(2026, 9, 1), traject.getGestartOp(), "from the start of its school year");
        assertEquals(Fase.TRAININGSFASE, traject.getVolgendeFase());
    }

    @Test
    void itGoesThroughTheDirectieteamPhasesOnlyOneAtATime() {
        DirectieteamInschrijving aanvraag = directieteam();
        aanvraag.keurGoed("Carla", NU);
        Traject traject = Traject.startDirectieteam(aanvraag, "Carla", NU);
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

    private static Traject goedgekeurd() {
        DirectieteamInschrijving aanvraag = directieteam();
        aanvraag.keurGoed("Carla", NU);
        return Traject.startDirectieteam(aanvraag, "Carla", NU);
    }

    private static School school(String brin, Bestuur bestuur) {
        return new School(
                BrinCode.of(brin),
                "School " + brin,
                Sector.VO,
                bestuur,
                new Adres("Kanaalweg", "35", "3526 KL", "Utrecht", null, null),
                80);
    }

    @Test
    void theBoardsBestuurdersAndTheSchoolleidersOfItsSchoolsAreTheDirectieteam() {
        Traject traject = goedgekeurd();
        Bestuur ander = new Bestuur("41234", "Stichting De Vallei", Sector.PO);
        School lyceum = school("20AB", VO_BESTUUR);
        School elders = school("04AB", ander);
        Account hans = Account.ofBestuur("hans", "Hans Mulder", "hans@vo.nl", VO_BESTUUR, "x");
        Account bert = Account.ofBestuur("bert", "Bert Bestuur", "bert@vallei.nl", ander, "x");
        assertTrue(traject.isVanHetTeam(hans.getLidmaatschap()), "the board's bestuurder");
        assertFalse(traject.isVanHetTeam(bert.getLidmaatschap()), "another board's bestuurder");
        assertTrue(
                traject.isVanHetTeam(
                        Mensen.met(lyceum, "Ria van Dijk", Rol.SCHOOLLEIDER).getLidmaatschap()),
                "the rector of one of the board's schools");
        assertFalse(
                traject.isVanHetTeam(
                        Mensen.met(lyceum, "Marieke de Groot", Rol.SCHOOLCOACH).getLidmaatschap()),
                "a schoolcoach works on the school's board, not the directieteam's");
        assertFalse(
                traject.isVanHetTeam(Mensen.met(elders, "Sanne Schoolleider", Rol.SCHOOLLEIDER)
                        .getLidmaatschap()),
                "a schoolleider of another board's school");
        assertEquals(
                "teambord.fout.geenDirectielid",
                code(() -> new Doel(
                        traject,
                        "Elke vergadering aan het bord",
                        Mensen.met(elders, "Sanne Schoolleider", Rol.SCHOOLLEIDER),
                        "10 van de 10 vergaderingen",
                        LocalDate.of(2026, 10, 1),
                        LocalDate.of(2026, 9, 2))));
    }

    @Test
    void aDirectieteamsBoardHasNoLessonInstruments() {
        Traject traject = goedgekeurd();
        LocalDate vandaag = LocalDate.of(2026, 10, 1);
        assertEquals(
                "teambord.fout.geenLessen",
                code(() -> new Lesontwerp(traject, "Rekenles", "Ria en Hans", "Breuken", vandaag, vandaag)));
        assertEquals(
                "teambord.fout.geenLessen",
                code(() ->
                        new StemVanDeLeerling(traject, vandaag, "4 havo", "Wat helpt je?", "Uitleg", null, vandaag)));
        School lyceum = school("20AB", VO_BESTUUR);
        assertEquals(
                "teambord.fout.geenLessen",
                code(() -> Lesbezoek.plan(
                        traject,
                        Mensen.met(lyceum, "Ria van Dijk", Rol.SCHOOLLEIDER),
                        Mensen.met(lyceum, "Ahmed Yilmaz", Rol.SCHOOLLEIDER),
                        vandaag,
                        "Feedback",
                        vandaag)));
    }
}
