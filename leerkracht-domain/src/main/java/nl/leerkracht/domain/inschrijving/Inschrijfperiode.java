package nl.leerkracht.domain.inschrijving;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.domain.shared.Schooljaar;

/**
 * Until when a school can enrol for a start year. Decision (domain.md §4): enrolment for school year
 * Y closes on 1 September of Y, when the trajectories start; the central team may set another date
 * per year. On the closing date itself the enrolment is closed.
 */
@Entity
@Table(name = "inschrijfperiode")
public class Inschrijfperiode {

    @Id
    @Column(name = "startjaar")
    private Integer startjaar;

    @Version
    private long version;

    @Column(name = "sluitingsdatum", nullable = false)
    private LocalDate sluitingsdatum;

    protected Inschrijfperiode() {
        // for JPA
    }

    /**
     * @throws Regelfout when the closing date is after the trajectories have started, or more than a year before
     */
    public Inschrijfperiode(Schooljaar schooljaar, LocalDate sluitingsdatum) {
        this.startjaar = schooljaar.startJaar();
        wijzigSluitingsdatum(sluitingsdatum);
    }

    /** The default: closed from 1 September of the start year. */
    public static LocalDate standaardSluiting(Schooljaar schooljaar) {
        return LocalDate.of(schooljaar.startJaar(), Month.SEPTEMBER, 1);
    }

    /** Enrolment may close earlier, but never after the start nor more than a year before it. */
    public void wijzigSluitingsdatum(LocalDate datum) {
        Objects.requireNonNull(datum, "datum");
        LocalDate standaard = standaardSluiting(getSchooljaar());
        if (datum.isAfter(standaard) || datum.isBefore(standaard.minusYears(1))) {
            throw new Regelfout("inschrijfperiode.fout.datum", "closing date " + datum + " for " + getSchooljaar());
        }
        this.sluitingsdatum = datum;
    }

    public boolean isOpen(LocalDate vandaag) {
        return vandaag.isBefore(sluitingsdatum);
    }

    public Schooljaar getSchooljaar() {
        return new Schooljaar(startjaar);
    }

    public LocalDate getSluitingsdatum() {
        return sluitingsdatum;
    }
}
