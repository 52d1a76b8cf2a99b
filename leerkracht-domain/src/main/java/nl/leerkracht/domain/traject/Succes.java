package nl.leerkracht.domain.traject;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import nl.leerkracht.domain.shared.Tekst;

/** A success the team celebrates at its board. */
@Entity
@Table(name = "traject_succes")
public class Succes {

    public static final int OMSCHRIJVING_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "traject_id", nullable = false, updatable = false)
    private Traject traject;

    @Column(name = "omschrijving", length = OMSCHRIJVING_LENGTH, nullable = false)
    private String omschrijving;

    @Column(name = "datum", nullable = false)
    private LocalDate datum;

    @Column(name = "door", length = 120, nullable = false)
    private String door;

    protected Succes() {
        // for JPA
    }

    public Succes(Traject traject, String omschrijving, String door, LocalDate datum) {
        this.traject = Objects.requireNonNull(traject, "traject");
        this.omschrijving =
                Tekst.verplicht(omschrijving, OMSCHRIJVING_LENGTH, "succes.fout.omschrijving", "teambord.fout.markup");
        this.door = Objects.requireNonNull(door, "door");
        this.datum = Objects.requireNonNull(datum, "datum");
    }

    public Long getId() {
        return id;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public String getDoor() {
        return door;
    }
}
