package nl.leerkracht.domain.traject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RitmeTest {

    static final LocalDate START = LocalDate.of(2026, 9, 1);
    static final Schoolvakantie HERFST =
            new Schoolvakantie("Herfstvakantie", LocalDate.of(2026, 10, 17), LocalDate.of(2026, 10, 25));
    static final Schoolvakantie KERST =
            new Schoolvakantie("Kerstvakantie", LocalDate.of(2026, 12, 19), LocalDate.of(2027, 1, 3));

    private static Ritme bordsessies(LocalDate vandaag, List<Schoolvakantie> vakanties, LocalDate... sessies) {
        return Ritme.van(List.of(sessies), List.of(), List.of(), 20, START, vandaag, vakanties);
    }

    private static LocalDate dag(int jaar, int maand, int dag) {
        return LocalDate.of(jaar, maand, dag);
    }

    @Test
    void aSessionInEachOfTheLastFourWeeksIsOnSchedule() {
        Ritme ritme = bordsessies(
                dag(2026, 12, 3), List.of(), dag(2026, 11, 2), dag(2026, 11, 10), dag(2026, 11, 19), dag(2026, 11, 27));
        assertEquals(
                List.of(dag(2026, 11, 23), dag(2026, 11, 16), dag(2026, 11, 9), dag(2026, 11, 2)),
                ritme.getWeken().stream().map(Ritme.Week::getMaandag).toList(),
                "the four weeks before this one, newest first");
        assertTrue(ritme.isBordsessiesOpSchema());
    }

    @Test
    void aWeekWithoutASessionPutsTheTeamBehind() {
        Ritme ritme = bordsessies(dag(2026, 12, 3), List.of(), dag(2026, 11, 2), dag(2026, 11, 19), dag(2026, 11, 27));
        assertFalse(ritme.isBordsessiesOpSchema());
        assertEquals(3, ritme.getBordsessieweken());
    }

    @Test
    void theHolidayWeekIsSkippedNotCountedAgainstTheTeam() {
        // 28 October: the weeks before are 19 Oct (herfstvakantie), 12 Oct, 5 Oct, 28 Sep, 21 Sep.
        Ritme ritme = bordsessies(
                dag(2026, 10, 28),
                List.of(HERFST),
                dag(2026, 9, 22),
                dag(2026, 9, 29),
                dag(2026, 10, 6),
                dag(2026, 10, 13));
        assertEquals(
                List.of(dag(2026, 10, 12), dag(2026, 10, 5), dag(2026, 9, 28), dag(2026, 9, 21)),
                ritme.getWeken().stream().map(Ritme.Week::getMaandag).toList());
        assertTrue(ritme.isBordsessiesOpSchema());
        assertFalse(
                bordsessies(
                                dag(2026, 10, 28),
                                List.of(),
                                dag(2026, 9, 22),
                                dag(2026, 9, 29),
                                dag(2026, 10, 6),
                                dag(2026, 10, 13))
                        .isBordsessiesOpSchema(),
                "without the holiday the empty week counts");
    }

    @Test
    void theChristmasHolidayAcrossTheYearBoundaryIsSkipped() {
        // 13 January 2027: the week of 4 January is school again; 28 and 21 December are holiday.
        Ritme ritme = bordsessies(
                dag(2027, 1, 13),
                List.of(KERST),
                dag(2026, 12, 1),
                dag(2026, 12, 8),
                dag(2026, 12, 17),
                dag(2027, 1, 5));
        assertEquals(
                List.of(dag(2027, 1, 4), dag(2026, 12, 14), dag(2026, 12, 7), dag(2026, 11, 30)),
                ritme.getWeken().stream().map(Ritme.Week::getMaandag).toList());
        assertTrue(ritme.isBordsessiesOpSchema());
    }

    @Test
    void weeksBeforeTheTrajectoryStartedDoNotCount() {
        Ritme ritme = bordsessies(dag(2026, 9, 16), List.of(), dag(2026, 9, 3), dag(2026, 9, 9));
        assertEquals(2, ritme.getWeken().size(), "only the weeks of 31 August and 7 September");
        assertTrue(ritme.isBordsessiesOpSchema());
    }

    /** {@code aantal} visits on one day, to {@code mensen} different teachers in turn. */
    private static List<Ritme.Bezoek> bezoeken(int aantal, int mensen, LocalDate dag) {
        return IntStream.range(0, aantal)
                .mapToObj(i -> new Ritme.Bezoek(dag, "leraar " + (i % mensen)))
                .toList();
    }

    @Test
    void lessonVisitsKeepPaceWithTheTerm() {
        // 1 November: 2 of the 5 months of the first term since 1 September have passed; 20 teachers.
        LocalDate vandaag = dag(2026, 11, 1);
        List<Ritme.Bezoek> zes = bezoeken(6, 6, dag(2026, 10, 1));
        List<Ritme.Bezoek> negenBijZes = bezoeken(9, 6, dag(2026, 10, 1));
        List<Ritme.Bezoek> negen = bezoeken(9, 9, dag(2026, 10, 1));
        assertFalse(Ritme.van(List.of(), zes, List.of(), 20, START, vandaag, List.of())
                .isLesbezoekenOpSchema());
        Ritme herhaald = Ritme.van(List.of(), negenBijZes, List.of(), 20, START, vandaag, List.of());
        assertFalse(herhaald.isLesbezoekenOpSchema(), "nine visits to six teachers are six teachers visited");
        assertEquals(9, herhaald.getLesbezoeken());
        assertEquals(6, herhaald.getBezochteLeraren());
        Ritme ritme = Ritme.van(List.of(), negen, List.of(), 20, START, vandaag, List.of());
        assertTrue(ritme.isLesbezoekenOpSchema(), "20 x 61/153 days: 7 whole visits expected by now");
        assertEquals(9, ritme.getBezochteLeraren());
        assertEquals(20, ritme.getLeraren());
        List<Ritme.Bezoek> vorigeTermijn = bezoeken(20, 20, dag(2027, 1, 20));
        assertEquals(
                0,
                Ritme.van(List.of(), vorigeTermijn, List.of(), 20, START, dag(2027, 2, 3), List.of())
                        .getLesbezoeken(),
                "a new term starts counting again in February");
    }

    @Test
    void aStudentVoiceRoundIsDueOnceATermIsHalfOver() {
        assertTrue(
                Ritme.van(List.of(), List.of(), List.of(), 20, START, dag(2026, 10, 20), List.of())
                        .isStemOpSchema(),
                "before 1 November nothing is due yet");
        Ritme geen = Ritme.van(List.of(), List.of(), List.of(), 20, START, dag(2026, 11, 2), List.of());
        assertEquals(1, geen.getVerwachteStemrondes());
        assertFalse(geen.isStemOpSchema());
        assertTrue(Ritme.van(List.of(), List.of(), List.of(dag(2026, 10, 5)), 20, START, dag(2026, 11, 2), List.of())
                .isStemOpSchema());
        assertEquals(
                2,
                Ritme.van(List.of(), List.of(), List.of(dag(2026, 10, 5)), 20, START, dag(2027, 5, 3), List.of())
                        .getVerwachteStemrondes(),
                "by May, one for each term");
        assertEquals(
                0,
                Ritme.van(List.of(), List.of(), List.of(dag(2026, 6, 5)), 20, START, dag(2026, 11, 2), List.of())
                        .getStemrondes(),
                "last school year's rounds do not count");
    }

    @Test
    void aHolidayIsAtMostSevenWeeksAndEndsAfterItStarts() {
        assertEquals(
                "vakantie.fout.periode",
                org.junit.jupiter.api.Assertions.assertThrows(
                                nl.leerkracht.domain.shared.Regelfout.class,
                                () -> new Schoolvakantie("Zomer", dag(2027, 7, 10), dag(2027, 9, 1)))
                        .getCode());
        assertEquals(
                "vakantie.fout.periode",
                org.junit.jupiter.api.Assertions.assertThrows(
                                nl.leerkracht.domain.shared.Regelfout.class,
                                () -> new Schoolvakantie("Herfst", dag(2026, 10, 25), dag(2026, 10, 17)))
                        .getCode());
    }

    @Test
    void aDirectieteamKeepsTheRhythmOfItsBordsessiesAlone() {
        Ritme ritme = Ritme.vanBordsessies(
                List.of(dag(2026, 11, 2), dag(2026, 11, 10), dag(2026, 11, 19), dag(2026, 11, 27)),
                START,
                dag(2026, 12, 3),
                List.of());
        assertFalse(ritme.isMetLesinstrumenten());
        assertTrue(ritme.isOpSchema(), "no lesson visits or student rounds are due from a directieteam");
        Ritme achter =
                Ritme.vanBordsessies(List.of(dag(2026, 11, 2), dag(2026, 11, 27)), START, dag(2026, 12, 3), List.of());
        assertFalse(achter.isOpSchema());
        assertEquals(2, achter.getBordsessieweken());
        assertTrue(
                bordsessies(dag(2026, 12, 3), List.of(), dag(2026, 11, 2)).isMetLesinstrumenten(), "a school's team");
    }
}
