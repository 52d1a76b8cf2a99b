package nl.leerkracht.domain.traject;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import nl.leerkracht.domain.account.Lidmaatschap;
import nl.leerkracht.domain.inschrijving.DirectieteamInschrijving;
import nl.leerkracht.domain.inschrijving.Inschrijving;
import nl.leerkracht.domain.inschrijving.InschrijvingStatus;
import nl.leerkracht.domain.school.Bestuur;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.domain.shared.Schooljaar;
import nl.leerkracht.domain.shared.Tekst;

/**
 * The path of a team through the phases of its {@link Programma} (domain.md §3): an enrolled school
 * (PO), vestiging (VO) or team (MBO/HBO) in the school programme, opened in the Startfase when its
 * enrolment becomes active; or a board's directieteam in the directieteam programme, opened when
 * the central team approves its enrolment. The Expertcoach moves it on one phase at a time with a
 * short evaluation; a step back needs a reason; every step is kept. The trajectory carries the
 * team's board: its ambition here, goals, actions, successes and bordsessies in their own tables.
 * A school's trajectory has a school and an enrolment; a directieteam's a board and a directieteam
 * enrolment (the database checks that each has exactly those).
 */
@Entity
@Table(name = "traject")
public class Traject {

    public static final int EVALUATIE_LENGTH = 2000;
    public static final int REDEN_LENGTH = 500;
    public static final int AMBITIE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** The school's enrolment; null for a directieteam. */
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "inschrijving_id", unique = true, updatable = false)
    private Inschrijving inschrijving;

    /** The school; null for a directieteam. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id", updatable = false)
    private School school;

    /** The directieteam's enrolment; null for a school. */
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "directieteam_id", unique = true, updatable = false)
    private DirectieteamInschrijving directieteam;

    /** The directieteam's board; null for a school (its board is the school's). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "bestuur_id", updatable = false)
    private Bestuur bestuur;

    @Enumerated(EnumType.STRING)
    @Column(name = "programma", length = 20, nullable = false, updatable = false)
    private Programma programma;

    @Enumerated(EnumType.STRING)
    @Column(name = "sector", length = 12, nullable = false, updatable = false)
    private Sector sector;

    @Column(name = "eenheid_naam", length = 150, nullable = false)
    private String eenheidNaam;

    @Enumerated(EnumType.STRING)
    @Column(name = "fase", length = 30, nullable = false)
    private Fase fase;

    @Column(name = "gestart_op", nullable = false, updatable = false)
    private LocalDate gestartOp;

    @Column(name = "ambitie", length = AMBITIE_LENGTH)
    private String ambitie;

    @ElementCollection
    @CollectionTable(name = "traject_fasewissel", joinColumns = @JoinColumn(name = "traject_id"))
    @OrderColumn(name = "volgnummer")
    @AttributeOverride(name = "op", column = @Column(name = "op", nullable = false))
    private List<Fasewissel> fasen = new ArrayList<>();

    protected Traject() {
        // for JPA
    }

    /**
     * Opens the trajectory of an active enrolment, in the first phase of its programme.
     *
     * @throws IllegalArgumentException when the enrolment is not active
     */
    public static Traject start(Inschrijving inschrijving, LocalDate gestartOp, String door, Instant op) {
        if (inschrijving.getStatus() != InschrijvingStatus.ACTIEF) {
            throw new IllegalArgumentException(
                    "A trajectory starts with an active enrolment, not " + inschrijving.getStatus());
        }
        Traject traject = new Traject();
        traject.inschrijving = inschrijving;
        traject.school = inschrijving.getSchool();
        traject.sector = inschrijving.getSector();
        traject.programma = Programma.SCHOOL;
        traject.eenheidNaam = inschrijving.getEenheidNaam();
        traject.gestartOp = Objects.requireNonNull(gestartOp, "gestartOp");
        traject.fase = traject.programma.getFasen().get(0);
        traject.fasen.add(new Fasewissel(null, traject.fase, null, null, door, op));
        return traject;
    }

    /**
     * Opens the trajectory of an approved directieteam enrolment, in the Startfase of the
     * directieteam programme, starting at the start of its school year.
     *
     * @throws IllegalArgumentException when the enrolment is not approved
     */
    public static Traject startDirectieteam(DirectieteamInschrijving directieteam, String door, Instant op) {
        if (directieteam.getStatus() != InschrijvingStatus.GOEDGEKEURD
                && directieteam.getStatus() != InschrijvingStatus.ACTIEF) {
            throw new IllegalArgumentException(
                    "A directieteam trajectory starts with an approved enrolment, not " + directieteam.getStatus());
        }
        Traject traject = new Traject();
        traject.directieteam = directieteam;
        traject.bestuur = directieteam.getBestuur();
        traject.sector = directieteam.getSector();
        traject.programma = Programma.DIRECTIETEAM;
        traject.eenheidNaam = directieteam.getBestuur().getNaam();
        traject.gestartOp = directieteam.getStartjaar().getTrajectStart();
        traject.fase = traject.programma.getFasen().get(0);
        traject.fasen.add(new Fasewissel(null, traject.fase, null, null, door, op));
        return traject;
    }

    /**
     * Moves the trajectory to another phase: the next one, or an earlier one with a reason. The
     * evaluation says how the team stands; it is required either way.
     *
     * @throws Regelfout {@code traject.fout.fase} for no phase, the current phase, a phase of the
     *         other programme or one that skips a phase; {@code traject.fout.reden} for a step back
     *         without a reason; {@code traject.fout.evaluatie} without an evaluation
     */
    public void wisselFase(Fase naar, String evaluatie, String reden, String door, Instant op) {
        fasen.add(Fasewissel.naar(programma, fase, naar, evaluatie, reden, door, op));
        fase = naar;
    }

    /** The phase the trajectory may move on to, or null in its last phase. */
    public Fase getVolgendeFase() {
        return programma.next(fase);
    }

    /** The phases the Expertcoach may move the trajectory to: the next, or back to an earlier one. */
    public List<Fase> getFaseKeuzes() {
        return programma.keuzes(fase);
    }

    /** Sets the team's ambition on the board; empty clears it. */
    public void stelAmbitieVast(String tekst) {
        ambitie = tekst == null || tekst.isBlank()
                ? null
                : Tekst.verhaal(tekst, AMBITIE_LENGTH, "traject.fout.ambitie", "traject.fout.markup");
    }

    public Long getId() {
        return id;
    }

    public Inschrijving getInschrijving() {
        return inschrijving;
    }

    /** The school; null for a directieteam's trajectory. */
    public School getSchool() {
        return school;
    }

    /** The directieteam's enrolment; null for a school's trajectory. */
    public DirectieteamInschrijving getDirectieteam() {
        return directieteam;
    }

    /** The board whose trajectory this is: the directieteam's, or the school's board. */
    public Bestuur getBestuur() {
        return bestuur != null ? bestuur : school.getBestuur();
    }

    public boolean isDirectieteam() {
        return programma == Programma.DIRECTIETEAM;
    }

    /** Whose trajectory this is, as lists name it: the school's name, or a directieteam's board's. */
    public String getTeamNaam() {
        return isDirectieteam() ? bestuur.getNaam() : school.getNaam();
    }

    /** The school year the trajectory's enrolment starts in. */
    public Schooljaar getStartjaar() {
        return isDirectieteam() ? directieteam.getStartjaar() : inschrijving.getStartjaar();
    }

    /**
     * This trajectory, for a lesson instrument (lesbezoek, lesontwerp, stem van de leerling).
     *
     * @throws Regelfout {@code teambord.fout.geenLessen} for a directieteam, which has no lessons
     *         of its own: its board has goals, actions, successes, bordsessies and look-backs only
     */
    public Traject metLessen() {
        if (isDirectieteam()) {
            throw new Regelfout("teambord.fout.geenLessen", "trajectory " + id + " is a directieteam's");
        }
        return this;
    }

    /**
     * Whether a role held there makes one a member of this trajectory's team, who keeps its board:
     * for a school, the school's schoolleider, schoolcoach, aanjagers and teachers; for a
     * directieteam, the board's bestuurders and the schoolleiders of its schools (domain.md §2: the
     * board with its school directors, rectors or team leaders).
     */
    public boolean isVanHetTeam(Lidmaatschap lidmaatschap) {
        if (!isDirectieteam()) {
            return lidmaatschap.isBij(school);
        }
        return switch (lidmaatschap.getRol()) {
            case BESTUURDER -> bestuur.equals(lidmaatschap.getBestuur());
            case SCHOOLLEIDER ->
                lidmaatschap.getSchool() != null
                        && bestuur.equals(lidmaatschap.getSchool().getBestuur());
            default -> false;
        };
    }

    public Programma getProgramma() {
        return programma;
    }

    public Sector getSector() {
        return sector;
    }

    public String getEenheidNaam() {
        return eenheidNaam;
    }

    public Fase getFase() {
        return fase;
    }

    public LocalDate getGestartOp() {
        return gestartOp;
    }

    public String getAmbitie() {
        return ambitie;
    }

    public List<Fasewissel> getFasen() {
        return Collections.unmodifiableList(fasen);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Traject that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
