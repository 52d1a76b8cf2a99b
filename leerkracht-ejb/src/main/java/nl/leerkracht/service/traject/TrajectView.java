package nl.leerkracht.service.traject;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.leerkracht.domain.inschrijving.DirectieteamLid;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.traject.Fase;
import nl.leerkracht.domain.traject.Programma;
import nl.leerkracht.domain.traject.Ritme;
import nl.leerkracht.domain.traject.Traject;
import nl.leerkracht.service.platform.Keuze;

/**
 * One trajectory as its page's head shows it: the team, the phase and its history, the rhythm, the
 * people of the team (who can attend a session or own a goal), and what the caller may do. The
 * tabs load their own parts: {@link BordView} and {@link InstrumentenView}.
 */
public class TrajectView implements Serializable {

    private static final long serialVersionUID = 1L;
    private final long id;
    private final Long schoolId;
    private final boolean directieteam;
    private final String startjaar;
    private final String leden;
    private final String schoolNaam;
    private final String eenheidNaam;
    private final Sector sector;
    private final Programma programma;
    private final Fase fase;
    private final List<Fase> alleFasen;
    private final Fase volgendeFase;
    private final List<Fase> faseKeuzes;
    private final LocalDate gestartOp;
    private final List<FasewisselRow> stappen;
    private final List<Keuze> mensen;
    private final RitmeView ritme;
    private final boolean magFaseWisselen;
    private final boolean magBordBijwerken;

    TrajectView(Traject traject, Teamleden teamleden, Ritme ritme, boolean magFaseWisselen, boolean magBordBijwerken) {
        this.id = traject.getId();
        this.directieteam = traject.isDirectieteam();
        this.schoolId = directieteam ? null : traject.getSchool().getId();
        this.schoolNaam = traject.getTeamNaam();
        this.startjaar = traject.getStartjaar().toString();
        this.leden = directieteam
                ? String.join(
                        ", ",
                        traject.getDirectieteam().getLeden().stream()
                                .map(DirectieteamLid::getNaam)
                                .toList())
                : null;
        this.eenheidNaam = traject.getEenheidNaam();
        this.sector = traject.getSector();
        this.programma = traject.getProgramma();
        this.fase = traject.getFase();
        this.alleFasen = traject.getProgramma().getFasen();
        this.volgendeFase = traject.getVolgendeFase();
        this.faseKeuzes = traject.getFaseKeuzes();
        this.gestartOp = traject.getGestartOp();
        List<FasewisselRow> nieuwsteEerst = new ArrayList<>(
                traject.getFasen().stream().map(FasewisselRow::new).toList());
        Collections.reverse(nieuwsteEerst);
        this.stappen = List.copyOf(nieuwsteEerst);
        this.mensen = teamleden.keuzes();
        this.ritme = new RitmeView(ritme);
        this.magFaseWisselen = magFaseWisselen;
        this.magBordBijwerken = magBordBijwerken;
    }

    public long getId() {
        return id;
    }

    /** The school; null for a directieteam. */
    public Long getSchoolId() {
        return schoolId;
    }

    /** Whether this is a board's directieteam rather than a school's team. */
    public boolean isDirectieteam() {
        return directieteam;
    }

    /** The school year the trajectory's enrolment starts in. */
    public String getStartjaar() {
        return startjaar;
    }

    /** A directieteam's members as named at enrolment, comma-separated; null for a school. */
    public String getLeden() {
        return leden;
    }

    public String getSchoolNaam() {
        return schoolNaam;
    }

    public String getEenheidNaam() {
        return eenheidNaam;
    }

    public Sector getSector() {
        return sector;
    }

    public Programma getProgramma() {
        return programma;
    }

    public Fase getFase() {
        return fase;
    }

    public List<Fase> getAlleFasen() {
        return alleFasen;
    }

    /** The index of the current phase, for the phase steps. */
    public int getFaseIndex() {
        return alleFasen.indexOf(fase);
    }

    public Fase getVolgendeFase() {
        return volgendeFase;
    }

    /** The phases the Expertcoach may choose: the next one first, then the earlier ones. */
    public List<Fase> getFaseKeuzes() {
        return faseKeuzes;
    }

    public LocalDate getGestartOp() {
        return gestartOp;
    }

    public List<FasewisselRow> getStappen() {
        return stappen;
    }

    /** The people who can be chosen on the board: the team's active members ({@link Traject#isVanHetTeam}). */
    public List<Keuze> getMensen() {
        return mensen;
    }

    public RitmeView getRitme() {
        return ritme;
    }

    public boolean isMagFaseWisselen() {
        return magFaseWisselen;
    }

    public boolean isMagBordBijwerken() {
        return magBordBijwerken;
    }
}
