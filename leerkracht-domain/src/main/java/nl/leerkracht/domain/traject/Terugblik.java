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
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.domain.shared.Tekst;

/**
 * A look-back (domain.md §3, the third essential condition): the team regularly asks whether it is
 * on track towards its goals, and writes down why or why not.
 */
@Entity
@Table(name = "terugblik")
public class Terugblik {

    public static final int TOELICHTING_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "traject_id", nullable = false, updatable = false)
    private Traject traject;

    @Column(name = "datum", nullable = false)
    private LocalDate datum;

    @Column(name = "op_koers", nullable = false)
    private boolean opKoers;

    @Column(name = "toelichting", length = TOELICHTING_LENGTH, nullable = false)
    private String toelichting;

    @Column(name = "door", length = 120, nullable = false)
    private String door;

    protected Terugblik() {
        // for JPA
    }

    /** @throws Regelfout for no answer to "on track?", a missing or marked-up explanation, or a day in the future */
    public Terugblik(
            Traject traject, LocalDate datum, Boolean opKoers, String toelichting, String door, LocalDate vandaag) {
        this.traject = Objects.requireNonNull(traject, "traject");
        if (datum == null || datum.isAfter(vandaag) || datum.isBefore(traject.getGestartOp())) {
            throw new Regelfout("terugblik.fout.datum", "day " + datum);
        }
        if (opKoers == null) {
            throw new Regelfout("terugblik.fout.opKoers", "no answer");
        }
        this.datum = datum;
        this.opKoers = opKoers;
        this.toelichting =
                Tekst.verhaal(toelichting, TOELICHTING_LENGTH, "terugblik.fout.toelichting", "teambord.fout.markup");
        this.door = Objects.requireNonNull(door, "door");
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public boolean isOpKoers() {
        return opKoers;
    }

    public String getToelichting() {
        return toelichting;
    }

    public String getDoor() {
        return door;
    }
}
