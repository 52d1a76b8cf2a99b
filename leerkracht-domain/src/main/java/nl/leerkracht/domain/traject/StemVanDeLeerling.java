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
 * Stem van de Leerling (one of the four instruments): a round in which students give feedback on
 * their education, with what came out of it; the outcome can feed one of the team's goals.
 */
@Entity
@Table(name = "stem_van_de_leerling")
public class StemVanDeLeerling {

    public static final int GROEP_LENGTH = 100;
    public static final int VRAAG_LENGTH = 300;
    public static final int UITKOMST_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "traject_id", nullable = false, updatable = false)
    private Traject traject;

    @Column(name = "datum", nullable = false)
    private LocalDate datum;

    @Column(name = "groep", length = GROEP_LENGTH, nullable = false)
    private String groep;

    @Column(name = "vraag", length = VRAAG_LENGTH, nullable = false)
    private String vraag;

    @Column(name = "uitkomst", length = UITKOMST_LENGTH, nullable = false)
    private String uitkomst;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "doel_id")
    private Doel doel;

    protected StemVanDeLeerling() {
        // for JPA
    }

    /**
     * @param doel the goal the outcome feeds; null for none
     * @throws Regelfout for a missing or marked-up text, a day in the future or before the
     *         trajectory, or a goal of another board
     */
    public StemVanDeLeerling(
            Traject traject,
            LocalDate datum,
            String groep,
            String vraag,
            String uitkomst,
            Doel doel,
            LocalDate vandaag) {
        this.traject = Objects.requireNonNull(traject, "traject").metLessen();
        if (datum == null || datum.isAfter(vandaag) || datum.isBefore(traject.getGestartOp())) {
            throw new Regelfout("stem.fout.datum", "day " + datum);
        }
        this.datum = datum;
        this.groep = Tekst.verplicht(groep, GROEP_LENGTH, "stem.fout.groep", "teambord.fout.markup");
        this.vraag = Tekst.verhaal(vraag, VRAAG_LENGTH, "stem.fout.vraag", "teambord.fout.markup");
        this.uitkomst = Tekst.verhaal(uitkomst, UITKOMST_LENGTH, "stem.fout.uitkomst", "teambord.fout.markup");
        if (doel != null && !doel.getTraject().equals(traject)) {
            throw new Regelfout("teambord.fout.anderBord", "goal of another board");
        }
        this.doel = doel;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public String getGroep() {
        return groep;
    }

    public String getVraag() {
        return vraag;
    }

    public String getUitkomst() {
        return uitkomst;
    }

    public Doel getDoel() {
        return doel;
    }
}
