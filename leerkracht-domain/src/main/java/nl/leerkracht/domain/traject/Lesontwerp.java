package nl.leerkracht.domain.traject;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.domain.shared.Tekst;

/**
 * Gezamenlijk Lesontwerp (one of the four instruments): teachers design a lesson together, with its
 * learning goal; the lesson visit that follows it up is linked, so the team sees whether the design
 * worked in class.
 */
@Entity
@Table(name = "lesontwerp")
public class Lesontwerp {

    public static final int TITEL_LENGTH = 200;
    public static final int ONTWERPERS_LENGTH = 300;
    public static final int LESDOEL_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "traject_id", nullable = false, updatable = false)
    private Traject traject;

    @Column(name = "titel", length = TITEL_LENGTH, nullable = false)
    private String titel;

    @Column(name = "ontwerpers", length = ONTWERPERS_LENGTH, nullable = false)
    private String ontwerpers;

    @Column(name = "lesdoel", length = LESDOEL_LENGTH, nullable = false)
    private String lesdoel;

    @Column(name = "datum", nullable = false)
    private LocalDate datum;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "vervolgbezoek_id", unique = true)
    private Lesbezoek vervolgbezoek;

    protected Lesontwerp() {
        // for JPA
    }

    /** @throws Regelfout for a missing or marked-up text, or a day in the future or before the trajectory */
    public Lesontwerp(
            Traject traject, String titel, String ontwerpers, String lesdoel, LocalDate datum, LocalDate vandaag) {
        this.traject = Objects.requireNonNull(traject, "traject").metLessen();
        this.titel = Tekst.verplicht(titel, TITEL_LENGTH, "lesontwerp.fout.titel", "teambord.fout.markup");
        this.ontwerpers =
                Tekst.verplicht(ontwerpers, ONTWERPERS_LENGTH, "lesontwerp.fout.ontwerpers", "teambord.fout.markup");
        this.lesdoel = Tekst.verhaal(lesdoel, LESDOEL_LENGTH, "lesontwerp.fout.lesdoel", "teambord.fout.markup");
        if (datum == null || datum.isAfter(vandaag) || datum.isBefore(traject.getGestartOp())) {
            throw new Regelfout("lesontwerp.fout.datum", "day " + datum);
        }
        this.datum = datum;
    }

    /**
     * Links the lesson visit that follows up the design.
     *
     * @throws Regelfout for a visit of another board, or one before the design was made
     */
    public void koppelVervolgbezoek(Lesbezoek bezoek) {
        if (bezoek == null || !bezoek.getTraject().equals(traject)) {
            throw new Regelfout("teambord.fout.anderBord", "visit of another board");
        }
        if (bezoek.getDatum().isBefore(datum)) {
            throw new Regelfout("lesontwerp.fout.vervolg", "visit " + bezoek.getDatum() + " before design " + datum);
        }
        vervolgbezoek = bezoek;
    }

    public Long getId() {
        return id;
    }

    public Traject getTraject() {
        return traject;
    }

    public String getTitel() {
        return titel;
    }

    public String getOntwerpers() {
        return ontwerpers;
    }

    public String getLesdoel() {
        return lesdoel;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public Lesbezoek getVervolgbezoek() {
        return vervolgbezoek;
    }
}
