package nl.leerkracht.domain.traject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.school.Adres;
import nl.leerkracht.domain.school.Bestuur;
import nl.leerkracht.domain.school.BrinCode;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.shared.Regelfout;
import org.junit.jupiter.api.Test;

class BordsessieTest {

    static final LocalDate VANDAAG = LocalDate.of(2026, 11, 30);
    static final Instant NU = Instant.parse("2026-11-30T15:00:00Z");
    final Traject traject = TrajectTest.traject();
    final Account coen = Mensen.met(traject.getSchool(), "Coen", Rol.SCHOOLCOACH);
    final Account anna = Mensen.met(traject.getSchool(), "Anna", Rol.AANJAGER);

    private Doel doel() {
        return new Doel(
                traject,
                "Leerlingen geven elkaar feedback",
                coen,
                "80% van de groepen 6-8",
                VANDAAG.plusWeeks(6),
                VANDAAG);
    }

    private Actie actie(Traject bord) {
        return new Actie(bord, "Lesbezoeken inplannen", anna, VANDAAG.plusDays(7), VANDAAG);
    }

    private static String code(Runnable actie) {
        return assertThrows(Regelfout.class, actie::run).getCode();
    }

    @Test
    void aSessionRecordsWhoWasThereTicksOffActionsAndCountsTheNewOnes() {
        Actie gedaan = actie(traject);
        Actie nieuw = actie(traject);
        Bordsessie sessie = Bordsessie.log(
                traject,
                VANDAAG,
                VANDAAG,
                Arrays.asList(coen, anna, null, coen),
                List.of(doel()),
                List.of(gedaan),
                List.of(nieuw),
                "",
                "Coen",
                NU);
        assertEquals(
                List.of("Coen", "Anna"),
                sessie.getAanwezigen().stream().map(Teamlid::getNaam).toList(),
                "each person once");
        assertEquals(
                List.of(coen.getId(), anna.getId()),
                sessie.getAanwezigen().stream().map(Teamlid::getAccountId).toList());
        assertEquals(1, sessie.getBesprokenDoelen().size());
        assertFalse(gedaan.isOpen());
        assertEquals(VANDAAG, gedaan.getAfgerondOp());
        assertEquals(1, sessie.getActiesAfgerond());
        assertEquals(1, sessie.getActiesNieuw());
        assertTrue(nieuw.isOpen());
    }

    @Test
    void aSessionIsNotInTheFutureNorLongAgoNorBeforeTheTrajectoryStarted() {
        assertEquals(
                "bordsessie.fout.datum",
                code(() -> Bordsessie.log(
                        traject,
                        VANDAAG.plusDays(1),
                        VANDAAG,
                        List.of(coen),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        "Coen",
                        NU)));
        assertEquals(
                "bordsessie.fout.datum",
                code(() -> Bordsessie.log(
                        traject,
                        VANDAAG.minusDays(32),
                        VANDAAG,
                        List.of(coen),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        "Coen",
                        NU)));
        assertEquals(
                "bordsessie.fout.datum",
                code(() -> Bordsessie.log(
                        traject,
                        LocalDate.of(2026, 8, 31),
                        LocalDate.of(2026, 9, 2),
                        List.of(coen),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        "Coen",
                        NU)));
        assertEquals(
                "bordsessie.fout.datum",
                code(() -> Bordsessie.log(
                        traject, null, VANDAAG, List.of(coen), List.of(), List.of(), List.of(), null, "Coen", NU)));
    }

    @Test
    void somebodyMustHaveBeenThere() {
        assertEquals(
                "bordsessie.fout.aanwezigen",
                code(() -> Bordsessie.log(
                        traject,
                        VANDAAG,
                        VANDAAG,
                        Arrays.asList((Account) null),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        "Coen",
                        NU)));
    }

    @Test
    void aRefusedSessionChangesNothingOnTheBoard() {
        Actie gedaan = actie(traject);
        Actie vreemd = actie(TrajectTest.traject());
        assertEquals(
                "teambord.fout.anderBord",
                code(() -> Bordsessie.log(
                        traject,
                        VANDAAG,
                        VANDAAG,
                        List.of(coen),
                        List.of(),
                        List.of(gedaan, vreemd),
                        List.of(),
                        null,
                        "Coen",
                        NU)));
        assertEquals(
                "teambord.fout.markup",
                code(() -> Bordsessie.log(
                        traject,
                        VANDAAG,
                        VANDAAG,
                        List.of(coen),
                        List.of(),
                        List.of(gedaan),
                        List.of(),
                        "<script>alert(1)</script>",
                        "Coen",
                        NU)));
        assertTrue(gedaan.isOpen(), "the action was not ticked off");
    }

    @Test
    void aGoalIsShortCycleAndMeasurable() {
        assertEquals(
                "doel.fout.deadline",
                code(() -> new Doel(traject, "Feedback", coen, "80%", VANDAAG.minusDays(1), VANDAAG)));
        assertEquals(
                "doel.fout.deadline",
                code(() -> new Doel(traject, "Feedback", coen, "80%", VANDAAG.plusWeeks(27), VANDAAG)));
        assertEquals(
                "doel.fout.streefwaarde",
                code(() -> new Doel(traject, "Feedback", coen, " ", VANDAAG.plusWeeks(4), VANDAAG)));
        assertEquals(
                "teambord.fout.markup",
                code(() -> new Doel(traject, "<img src=x>", coen, "80%", VANDAAG.plusWeeks(4), VANDAAG)));
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

    @Test
    void onlyActivePeopleOfTheTeamCanBeChosenOnTheBoard() {
        Account uitgenodigd =
                Account.nodigUit("nieuw", "Nina Nieuw", "nina@school.nl", Rol.LERAAR, traject.getSchool(), null);
        Account vertrokken = Mensen.van(traject, "Victor Vertrokken");
        vertrokken.deactiveer(NU);
        Account elders = Mensen.met(
                new School(
                        BrinCode.of("05CD"),
                        "Het Kompas",
                        Sector.PO,
                        new Bestuur("41234", "Stichting De Vallei", Sector.PO),
                        new Adres("Kompasweg", "1", "3817 KC", "Amersfoort", null, null),
                        12),
                "Eline Elders",
                Rol.LERAAR);
        Account centraal =
                Account.ofFoundation("carla", "Carla Centraal", "carla@leerkracht.nl", Rol.CENTRAAL_TEAM, "x");
        for (Account niet : List.of(uitgenodigd, vertrokken, elders, centraal)) {
            assertEquals(
                    "teambord.fout.geenTeamlid",
                    code(() -> new Doel(traject, "Feedback", niet, "80%", VANDAAG.plusWeeks(4), VANDAAG)),
                    niet.getNaam());
            assertEquals(
                    "teambord.fout.geenTeamlid",
                    code(() -> Bordsessie.log(
                            traject,
                            VANDAAG,
                            VANDAAG,
                            List.of(coen, niet),
                            List.of(),
                            List.of(),
                            List.of(),
                            null,
                            "Coen",
                            NU)),
                    niet.getNaam());
        }
        assertEquals(
                "doel.fout.eigenaar",
                code(() -> new Doel(traject, "Feedback", null, "80%", VANDAAG.plusWeeks(4), VANDAAG)));
        assertEquals(
                "actie.fout.eigenaar",
                code(() -> new Actie(traject, "Kaarten drukken", null, VANDAAG.plusDays(3), VANDAAG)));
    }

    @Test
    void twoTeachersWithTheSameNameAreTwoPeople() {
        Account lotte = Mensen.van(traject, "Lotte de Vries");
        Account naamgenote = Mensen.van(traject, "Lotte de Vries");
        Bordsessie sessie = Bordsessie.log(
                traject,
                VANDAAG,
                VANDAAG,
                List.of(lotte, naamgenote),
                List.of(),
                List.of(),
                List.of(),
                null,
                "Coen",
                NU);
        assertEquals(2, sessie.getAanwezigen().size());
        Actie actie = new Actie(traject, "Kaarten drukken", naamgenote, VANDAAG.plusDays(3), VANDAAG);
        assertEquals(naamgenote.getId(), actie.getEigenaar().getAccountId());
        assertEquals(
                "Lotte de Vries", actie.getEigenaar().getNaam(), "the name as it was entered stays with the action");
    }
}
