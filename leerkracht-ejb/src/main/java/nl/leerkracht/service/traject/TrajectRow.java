package nl.leerkracht.service.traject;

import java.io.Serializable;
import java.time.LocalDate;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.traject.Fase;
import nl.leerkracht.domain.traject.Ritme;
import nl.leerkracht.domain.traject.Traject;

/**
 * A trajectory in a list: school, unit, phase, and how the board is kept. For a directieteam the
 * school is the board and there is no BRIN.
 */
public class TrajectRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private final long id;
    private final String schoolNaam;
    private final String brin;
    private final String eenheidNaam;
    private final Sector sector;
    private final String startjaar;
    private final Fase fase;
    private final LocalDate gestartOp;
    private final long openActies;
    private final LocalDate laatsteBordsessie;
    private final RitmeView ritme;
    private final long doelenBehaald;
    private final long doelen;
    private final String laatsteEvaluatie;

    TrajectRow(
            Traject traject,
            long openActies,
            LocalDate laatsteBordsessie,
            Ritme ritme,
            long doelenBehaald,
            long doelen,
            String laatsteEvaluatie) {
        this.id = traject.getId();
        this.schoolNaam = traject.getTeamNaam();
        this.brin =
                traject.isDirectieteam() ? null : traject.getSchool().getBrin().getCode();
        this.startjaar = traject.getStartjaar().toString();
        this.eenheidNaam = traject.getEenheidNaam();
        this.sector = traject.getSector();
        this.fase = traject.getFase();
        this.gestartOp = traject.getGestartOp();
        this.openActies = openActies;
        this.laatsteBordsessie = laatsteBordsessie;
        this.ritme = new RitmeView(ritme);
        this.doelenBehaald = doelenBehaald;
        this.doelen = doelen;
        this.laatsteEvaluatie = laatsteEvaluatie;
    }

    public long getDoelenBehaald() {
        return doelenBehaald;
    }

    public long getDoelen() {
        return doelen;
    }

    /** The Expertcoach's latest phase evaluation; null before the first step. */
    public String getLaatsteEvaluatie() {
        return laatsteEvaluatie;
    }

    public RitmeView getRitme() {
        return ritme;
    }

    public long getId() {
        return id;
    }

    public String getSchoolNaam() {
        return schoolNaam;
    }

    public String getBrin() {
        return brin;
    }

    public String getEenheidNaam() {
        return eenheidNaam;
    }

    /** The school year the trajectory's enrolment starts in. */
    public String getStartjaar() {
        return startjaar;
    }

    public Sector getSector() {
        return sector;
    }

    public Fase getFase() {
        return fase;
    }

    public LocalDate getGestartOp() {
        return gestartOp;
    }

    public long getOpenActies() {
        return openActies;
    }

    public LocalDate getLaatsteBordsessie() {
        return laatsteBordsessie;
    }
}
