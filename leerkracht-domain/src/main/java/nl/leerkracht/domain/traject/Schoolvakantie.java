package nl.leerkracht.domain.traject;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.domain.shared.Tekst;

/**
 * A school holiday as the central team enters it (the dates differ per region and year): days
 * without lessons, in which no instrument is expected, so the rhythm does not count them.
 */
@Entity
@Table(name = "schoolvakantie")
public class Schoolvakantie {

    public static final int NAAM_LENGTH = 80;
    /** The longest holiday: the summer, at most seven weeks. */
    public static final int MAXIMUM_DAGEN = 7 * 7;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "naam", length = NAAM_LENGTH, nullable = false)
    private String naam;

    @Column(name = "van", nullable = false)
    private LocalDate van;

    @Column(name = "tot_en_met", nullable = false)
    private LocalDate totEnMet;

    protected Schoolvakantie() {
        // for JPA
    }

    /** @throws Regelfout for a missing name, no dates, an end before the start or a period longer than seven weeks */
    public Schoolvakantie(String naam, LocalDate van, LocalDate totEnMet) {
        this.naam = Tekst.verplicht(naam, NAAM_LENGTH, "vakantie.fout.naam", "teambord.fout.markup");
        if (van == null
                || totEnMet == null
                || totEnMet.isBefore(van)
                || ChronoUnit.DAYS.between(van, totEnMet) >= MAXIMUM_DAGEN) {
            throw new Regelfout("vakantie.fout.periode", van + " - " + totEnMet);
        }
        this.van = van;
        this.totEnMet = totEnMet;
    }

    public boolean bevat(LocalDate dag) {
        return !dag.isBefore(van) && !dag.isAfter(totEnMet);
    }

    public Long getId() {
        return id;
    }

    public String getNaam() {
        return naam;
    }

    public LocalDate getVan() {
        return van;
    }

    public LocalDate getTotEnMet() {
        return totEnMet;
    }
}
