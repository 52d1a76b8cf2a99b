package nl.leerkracht.domain.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A school board (bevoegd gezag). Identified by the five-digit number DUO gives it. Its sector
 * decides who sits in its directieteam (domain.md §2).
 */
@Entity
@Table(name = "bestuur")
public class Bestuur {

    public static final int NAAM_LENGTH = 150;
    private static final Pattern NUMMER = Pattern.compile("\\d{5}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "bestuursnummer", length = 5, nullable = false, unique = true)
    private String bestuursnummer;

    @Column(name = "naam", length = NAAM_LENGTH, nullable = false)
    private String naam;

    @Enumerated(EnumType.STRING)
    @Column(name = "sector", length = 12, nullable = false)
    private Sector sector;

    protected Bestuur() {
        // for JPA
    }

    public Bestuur(String bestuursnummer, String naam, Sector sector) {
        if (bestuursnummer == null || !NUMMER.matcher(bestuursnummer).matches()) {
            throw new IllegalArgumentException("A bestuursnummer has five digits: " + bestuursnummer);
        }
        if (naam == null || naam.isBlank() || naam.length() > NAAM_LENGTH) {
            throw new IllegalArgumentException("A bestuur needs a name of at most " + NAAM_LENGTH + " characters");
        }
        this.bestuursnummer = bestuursnummer;
        this.naam = naam.trim();
        this.sector = Objects.requireNonNull(sector, "sector");
    }

    /**
     * A new board in the register, checked field by field.
     *
     * @throws nl.leerkracht.domain.shared.Regelfout {@code bestuur.fout.nummer}, {@code bestuur.fout.naam} or
     *         {@code bestuur.fout.sector}
     */
    public static Bestuur nieuw(String bestuursnummer, String naam, Sector sector) {
        String nummer = bestuursnummer == null ? null : bestuursnummer.trim();
        if (nummer == null || !NUMMER.matcher(nummer).matches()) {
            throw new nl.leerkracht.domain.shared.Regelfout("bestuur.fout.nummer", "number " + bestuursnummer);
        }
        Bestuur bestuur = new Bestuur();
        bestuur.bestuursnummer = nummer;
        bestuur.wijzig(naam, sector);
        return bestuur;
    }

    /** Corrects the board's name and sector; its number stays. */
    public void wijzig(String nieuweNaam, Sector nieuweSector) {
        String gecontroleerd = nl.leerkracht.domain.shared.Tekst.verplicht(
                nieuweNaam, NAAM_LENGTH, "bestuur.fout.naam", "school.fout.tekens");
        if (nieuweSector == null) {
            throw new nl.leerkracht.domain.shared.Regelfout("bestuur.fout.sector", "no sector");
        }
        this.naam = gecontroleerd;
        this.sector = nieuweSector;
    }

    public Long getId() {
        return id;
    }

    public String getBestuursnummer() {
        return bestuursnummer;
    }

    public String getNaam() {
        return naam;
    }

    /** The sector whose directieteam composition applies to this board. */
    public Sector getSector() {
        return sector;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bestuur that && Objects.equals(bestuursnummer, that.bestuursnummer);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(bestuursnummer);
    }

    @Override
    public String toString() {
        return naam + " (" + bestuursnummer + ")";
    }
}
