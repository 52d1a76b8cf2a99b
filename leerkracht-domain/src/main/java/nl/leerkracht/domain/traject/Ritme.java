package nl.leerkracht.domain.traject;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.leerkracht.domain.shared.Schooljaar;

/**
 * Whether a team uses the instruments in a fixed rhythm (domain.md §3, the second essential
 * condition). <b>Decisions</b>, as the texts give no numbers:
 * <ul>
 * <li>Bordsessie: one in each of the last four school weeks before the current week. A week whose
 * five weekdays all fall in a school holiday is no school week and is skipped; weeks before the
 * trajectory started do not count.</li>
 * <li>Lesbezoek: every teacher is visited once a term; a term is half a school year (August to
 * January, February to July). What counts is the people visited, not the visits: three visits to
 * one teacher are one teacher visited. On track when the teachers visited this term keep pace with
 * the part of the term that has passed.</li>
 * <li>Stem van de Leerling: one round a term; a term of this school year counts once it is half
 * over (and the trajectory had started by then), so by 1 November one round is due, by 1 May
 * two.</li>
 * </ul>
 * A directieteam works in its own meeting and has no lessons to visit or students to ask: its
 * rhythm is that of its bordsessies alone ({@link #vanBordsessies}).
 */
public final class Ritme {

    public static final int WEKEN = 4;
    /** How far back to look for school weeks, so a long holiday cannot make the search endless. */
    private static final int MAXIMUM_WEKEN_TERUG = 26;

    private final List<Week> weken;
    private final int lesbezoeken;
    private final int bezocht;
    private final int leraren;
    private final double verwachtBezoeken;
    private final int stemrondes;
    private final int verwachtRondes;
    private final boolean lesinstrumenten;

    private Ritme(
            List<Week> weken,
            int lesbezoeken,
            int bezocht,
            int leraren,
            double verwachtBezoeken,
            int stemrondes,
            int verwachtRondes,
            boolean lesinstrumenten) {
        this.weken = List.copyOf(weken);
        this.lesinstrumenten = lesinstrumenten;
        this.lesbezoeken = lesbezoeken;
        this.bezocht = bezocht;
        this.leraren = leraren;
        this.verwachtBezoeken = verwachtBezoeken;
        this.stemrondes = stemrondes;
        this.verwachtRondes = verwachtRondes;
    }

    /**
     * @param bordsessies the days of the team's bordsessies
     * @param lesbezoeken the lesson visits held: their day and whom they visited
     * @param stemrondes the days of the student-voice rounds
     * @param leraren the number of teachers in the team
     */
    public static Ritme van(
            Collection<LocalDate> bordsessies,
            Collection<Bezoek> lesbezoeken,
            Collection<LocalDate> stemrondes,
            int leraren,
            LocalDate gestartOp,
            LocalDate vandaag,
            Collection<Schoolvakantie> vakanties) {
        Set<LocalDate> sessieweken = new TreeSet<>();
        bordsessies.forEach(dag -> sessieweken.add(maandag(dag)));
        List<Week> weken = new ArrayList<>();
        LocalDate week = maandag(vandaag).minusWeeks(1);
        for (int terug = 0; weken.size() < WEKEN && terug < MAXIMUM_WEKEN_TERUG; terug++, week = week.minusWeeks(1)) {
            if (week.plusDays(4).isBefore(gestartOp)) {
                break;
            }
            if (!isVakantieweek(week, vakanties)) {
                weken.add(new Week(week, sessieweken.contains(week)));
            }
        }
        LocalDate termijnStart = termijnStart(vandaag);
        LocalDate telVanaf = gestartOp.isAfter(termijnStart) ? gestartOp : termijnStart;
        LocalDate termijnEinde = termijnStart.plusMonths(6);
        List<Bezoek> dezeTermijn = lesbezoeken.stream()
                .filter(b -> !b.dag().isBefore(termijnStart) && !b.dag().isAfter(vandaag))
                .toList();
        int bezocht =
                (int) dezeTermijn.stream().map(Bezoek::bezochte).distinct().count();
        double verstreken = telVanaf.isAfter(vandaag)
                ? 0
                : (double) ChronoUnit.DAYS.between(telVanaf, vandaag)
                        / Math.max(1, ChronoUnit.DAYS.between(telVanaf, termijnEinde));
        LocalDate jaarStart = Schooljaar.of(vandaag).getEersteDag();
        int rondes = (int) stemrondes.stream()
                .filter(d -> !d.isBefore(jaarStart) && !d.isAfter(vandaag))
                .count();
        int verwacht = 0;
        for (LocalDate termijn : List.of(jaarStart, jaarStart.plusMonths(6))) {
            LocalDate helft = termijn.plusMonths(3);
            if (!helft.isAfter(vandaag) && !gestartOp.isAfter(helft)) {
                verwacht++;
            }
        }
        int aantal = Math.max(1, leraren);
        return new Ritme(weken, dezeTermijn.size(), bezocht, aantal, verstreken * aantal, rondes, verwacht, true);
    }

    /** The rhythm of a team that keeps a board only, as a directieteam does: its bordsessies. */
    public static Ritme vanBordsessies(
            Collection<LocalDate> bordsessies,
            LocalDate gestartOp,
            LocalDate vandaag,
            Collection<Schoolvakantie> vakanties) {
        Ritme alles = van(bordsessies, List.of(), List.of(), 1, gestartOp, vandaag, vakanties);
        return new Ritme(alles.weken, 0, 0, 0, 0, 0, 0, false);
    }

    /** The Monday of a day's week. */
    public static LocalDate maandag(LocalDate dag) {
        return dag.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The first day of the term a day falls in: 1 August or 1 February. */
    public static LocalDate termijnStart(LocalDate dag) {
        LocalDate augustus = Schooljaar.of(dag).getEersteDag();
        LocalDate februari = augustus.plusMonths(6);
        return dag.isBefore(februari) ? augustus : februari;
    }

    private static boolean isVakantieweek(LocalDate maandag, Collection<Schoolvakantie> vakanties) {
        for (int dag = 0; dag < 5; dag++) {
            LocalDate d = maandag.plusDays(dag);
            if (vakanties.stream().noneMatch(v -> v.bevat(d))) {
                return false;
            }
        }
        return true;
    }

    /** The school weeks looked at, newest first, each with whether a bordsessie was held. */
    public List<Week> getWeken() {
        return weken;
    }

    public int getBordsessieweken() {
        return (int) weken.stream().filter(Week::isGehouden).count();
    }

    public boolean isBordsessiesOpSchema() {
        return weken.stream().allMatch(Week::isGehouden);
    }

    public int getLesbezoeken() {
        return lesbezoeken;
    }

    /** The teachers visited this term, each once however often they were visited. */
    public int getBezochteLeraren() {
        return bezocht;
    }

    /** The teachers of the team, as agreed at enrolment (at least one). */
    public int getLeraren() {
        return leraren;
    }

    public boolean isLesbezoekenOpSchema() {
        return bezocht >= Math.floor(verwachtBezoeken);
    }

    /**
     * A lesson visit held: its day and whom it visited, as a key that is the same for the same
     * person (their account, or for an old visit that names nobody, the name).
     */
    public record Bezoek(LocalDate dag, String bezochte) {}

    public int getStemrondes() {
        return stemrondes;
    }

    public int getVerwachteStemrondes() {
        return verwachtRondes;
    }

    public boolean isStemOpSchema() {
        return stemrondes >= verwachtRondes;
    }

    /** Whether the team keeps the rhythm of all its instruments: three, or a directieteam's one. */
    public boolean isOpSchema() {
        return isBordsessiesOpSchema() && (!lesinstrumenten || isLesbezoekenOpSchema() && isStemOpSchema());
    }

    /** Whether the lesson instruments (lesbezoek, stem van de leerling) count: not for a directieteam. */
    public boolean isMetLesinstrumenten() {
        return lesinstrumenten;
    }

    /** A school week of the rhythm. */
    public static final class Week {
        private final LocalDate maandag;
        private final boolean gehouden;

        Week(LocalDate maandag, boolean gehouden) {
            this.maandag = maandag;
            this.gehouden = gehouden;
        }

        public LocalDate getMaandag() {
            return maandag;
        }

        public boolean isGehouden() {
            return gehouden;
        }
    }
}
