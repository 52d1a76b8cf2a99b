package nl.leerkracht.service.traject;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.leerkracht.domain.inschrijving.DirectieteamLid;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.traject.Actie;
import nl.leerkracht.domain.traject.Bordsessie;
import nl.leerkracht.domain.traject.Doel;
import nl.leerkracht.domain.traject.DoelStatus;
import nl.leerkracht.domain.traject.Fase;
import nl.leerkracht.domain.traject.LesbezoekStatus;
import nl.leerkracht.domain.traject.Programma;
import nl.leerkracht.domain.traject.Ritme;
import nl.leerkracht.domain.traject.Succes;
import nl.leerkracht.domain.traject.Traject;
import nl.leerkracht.service.platform.Keuze;

/**
 * One trajectory as its page shows it: the phase and its history, the team's board, the recent
 * bordsessies, the people of the school (who can attend a session), and what the caller may do.
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
    private final String ambitie;
    private final List<FasewisselRow> stappen;
    private final List<DoelRow> doelen;
    private final List<ActieRow> acties;
    private final List<SuccesRow> successen;
    private final List<BordsessieRow> bordsessies;
    private final List<Keuze> mensen;
    private final List<LesbezoekRow> lesbezoeken;
    private final List<LesontwerpRow> lesontwerpen;
    private final List<StemrondeRow> stemrondes;
    private final List<TerugblikRow> terugblikken;
    private final RitmeView ritme;
    private final boolean magFaseWisselen;
    private final boolean magBordBijwerken;

    TrajectView(
            Traject traject,
            List<Doel> doelen,
            List<Actie> acties,
            List<Succes> successen,
            List<Bordsessie> sessies,
            Teamleden teamleden,
            Instrumenten instrumenten,
            Ritme ritme,
            boolean magFaseWisselen,
            boolean magBordBijwerken,
            LocalDate vandaag) {
        this.id = traject.getId();
        this.directieteam = traject.isDirectieteam();
        this.schoolId = directieteam ? null : traject.getSchool().getId();
        this.schoolNaam = directieteam
                ? traject.getBestuur().getNaam()
                : traject.getSchool().getNaam();
        this.startjaar = directieteam
                ? traject.getDirectieteam().getStartjaar().toString()
                : traject.getInschrijving().getStartjaar().toString();
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
        this.ambitie = traject.getAmbitie();
        List<FasewisselRow> nieuwsteEerst = new ArrayList<>(
                traject.getFasen().stream().map(FasewisselRow::new).toList());
        Collections.reverse(nieuwsteEerst);
        this.stappen = List.copyOf(nieuwsteEerst);
        this.doelen = doelen.stream().map(d -> new DoelRow(d, teamleden)).toList();
        this.acties =
                acties.stream().map(a -> new ActieRow(a, teamleden, vandaag)).toList();
        this.successen = successen.stream().map(SuccesRow::new).toList();
        this.bordsessies =
                sessies.stream().map(b -> new BordsessieRow(b, teamleden)).toList();
        this.mensen = teamleden.keuzes();
        this.lesbezoeken = instrumenten.bezoeken.stream()
                .map(b -> new LesbezoekRow(b, teamleden))
                .toList();
        this.lesontwerpen = instrumenten.ontwerpen.stream()
                .map(o -> new LesontwerpRow(o, teamleden))
                .toList();
        this.stemrondes = instrumenten.rondes.stream().map(StemrondeRow::new).toList();
        this.terugblikken =
                instrumenten.terugblikken.stream().map(TerugblikRow::new).toList();
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

    public String getAmbitie() {
        return ambitie;
    }

    public List<FasewisselRow> getStappen() {
        return stappen;
    }

    public List<DoelRow> getDoelen() {
        return doelen;
    }

    public List<DoelRow> getLopendeDoelen() {
        return doelen.stream().filter(d -> d.getStatus() == DoelStatus.LOOPT).toList();
    }

    public List<ActieRow> getActies() {
        return acties;
    }

    public List<ActieRow> getOpenActies() {
        return acties.stream().filter(ActieRow::isOpen).toList();
    }

    public List<SuccesRow> getSuccessen() {
        return successen;
    }

    public List<BordsessieRow> getBordsessies() {
        return bordsessies;
    }

    /** The people who can be chosen on the board: the school's active schoolleiders, coaches, aanjagers and teachers. */
    public List<Keuze> getMensen() {
        return mensen;
    }

    public List<LesbezoekRow> getLesbezoeken() {
        return lesbezoeken;
    }

    /** The visits still to be recorded, to choose from as a design's follow-up or to record. */
    public List<LesbezoekRow> getGeplandeLesbezoeken() {
        return lesbezoeken.stream()
                .filter(b -> b.getStatus() == LesbezoekStatus.GEPLAND)
                .toList();
    }

    public List<LesontwerpRow> getLesontwerpen() {
        return lesontwerpen;
    }

    public List<StemrondeRow> getStemrondes() {
        return stemrondes;
    }

    public List<TerugblikRow> getTerugblikken() {
        return terugblikken;
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
