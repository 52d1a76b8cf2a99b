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
import nl.leerkracht.domain.inschrijving.DirectieteamInschrijving;
import nl.leerkracht.domain.inschrijving.InschrijvingStatus;
import nl.leerkracht.domain.school.Bestuur;

/**
 * The path of a board's directieteam through its own programme (domain.md §3): Startfase (the
 * Expertcoach prepares with the bestuurder and one or two schoolleiders), Trainingsfase (work
 * sessions with the instruments), Verdiepingsfase en borging. It opens when the central team
 * approves the directieteam's enrolment, and moves by the same rule as a school's trajectory.
 */
@Entity
@Table(name = "directieteam_traject")
public class DirectieteamTraject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "directieteam_id", nullable = false, unique = true, updatable = false)
    private DirectieteamInschrijving directieteam;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bestuur_id", nullable = false, updatable = false)
    private Bestuur bestuur;

    @Enumerated(EnumType.STRING)
    @Column(name = "fase", length = 30, nullable = false)
    private Fase fase;

    @Column(name = "gestart_op", nullable = false, updatable = false)
    private LocalDate gestartOp;

    @ElementCollection
    @CollectionTable(name = "directieteam_traject_fasewissel", joinColumns = @JoinColumn(name = "traject_id"))
    @OrderColumn(name = "volgnummer")
    @AttributeOverride(name = "op", column = @Column(name = "op", nullable = false))
    private List<Fasewissel> fasen = new ArrayList<>();

    protected DirectieteamTraject() {
        // for JPA
    }

    /**
     * Opens the trajectory of an approved directieteam enrolment, in the Startfase, starting at the
     * start of its school year.
     *
     * @throws IllegalArgumentException when the enrolment is not approved
     */
    public static DirectieteamTraject start(DirectieteamInschrijving directieteam, String door, Instant op) {
        if (directieteam.getStatus() != InschrijvingStatus.GOEDGEKEURD
                && directieteam.getStatus() != InschrijvingStatus.ACTIEF) {
            throw new IllegalArgumentException(
                    "A directieteam trajectory starts with an approved enrolment, not " + directieteam.getStatus());
        }
        DirectieteamTraject traject = new DirectieteamTraject();
        traject.directieteam = directieteam;
        traject.bestuur = directieteam.getBestuur();
        traject.gestartOp = directieteam.getStartjaar().getTrajectStart();
        traject.fase = Programma.DIRECTIETEAM.getFasen().get(0);
        traject.fasen.add(new Fasewissel(null, traject.fase, null, null, door, op));
        return traject;
    }

    /** Moves the trajectory on one phase, or back with a reason, with the Expertcoach's evaluation. */
    public void wisselFase(Fase naar, String evaluatie, String reden, String door, Instant op) {
        fasen.add(Fasewissel.naar(Programma.DIRECTIETEAM, fase, naar, evaluatie, reden, door, op));
        fase = naar;
    }

    public Fase getVolgendeFase() {
        return Programma.DIRECTIETEAM.next(fase);
    }

    /** The phases the Expertcoach may move the trajectory to: the next, or back to an earlier one. */
    public List<Fase> getFaseKeuzes() {
        return Programma.DIRECTIETEAM.keuzes(fase);
    }

    public Long getId() {
        return id;
    }

    public DirectieteamInschrijving getDirectieteam() {
        return directieteam;
    }

    public Bestuur getBestuur() {
        return bestuur;
    }

    public Fase getFase() {
        return fase;
    }

    public LocalDate getGestartOp() {
        return gestartOp;
    }

    public List<Fasewissel> getFasen() {
        return Collections.unmodifiableList(fasen);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof DirectieteamTraject that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
