package nl.leerkracht.domain.school;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A location of a school, numbered 00–99 after the BRIN code ({@code 04GK01}). VO schools enrol per
 * vestiging.
 */
@Entity
@Table(name = "vestiging")
public class Vestiging {

    public static final int NAAM_LENGTH = 150;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id", nullable = false)
    private School school;

    @Column(name = "vestigingsnummer", nullable = false)
    private int vestigingsnummer;

    @Column(name = "naam", length = NAAM_LENGTH, nullable = false)
    private String naam;

    @Embedded
    private Adres adres;

    protected Vestiging() {
        // for JPA
    }

    public Vestiging(School school, int vestigingsnummer, String naam, Adres adres) {
        this.school = Objects.requireNonNull(school, "school");
        if (vestigingsnummer < 0 || vestigingsnummer > 99) {
            throw new IllegalArgumentException("A vestigingsnummer is 00..99: " + vestigingsnummer);
        }
        if (naam == null || naam.isBlank() || naam.length() > NAAM_LENGTH) {
            throw new IllegalArgumentException("A vestiging needs a name of at most " + NAAM_LENGTH + " characters");
        }
        this.vestigingsnummer = vestigingsnummer;
        this.naam = naam.trim();
        this.adres = Objects.requireNonNull(adres, "adres");
    }

    /** Corrects the location's name and address, e.g. from an import of the register. */
    public void wijzig(String nieuweNaam, Adres nieuwAdres) {
        if (nieuweNaam == null || nieuweNaam.isBlank() || nieuweNaam.trim().length() > NAAM_LENGTH) {
            throw new IllegalArgumentException("A location needs a name of at most " + NAAM_LENGTH + " characters");
        }
        this.naam = nieuweNaam.trim();
        this.adres = Objects.requireNonNull(nieuwAdres, "adres");
    }

    /** The full location code: BRIN plus two digits, e.g. {@code 04GK01}. */
    public String getVestigingscode() {
        return school.getBrin().getCode() + String.format("%02d", vestigingsnummer);
    }

    public Long getId() {
        return id;
    }

    public School getSchool() {
        return school;
    }

    public int getVestigingsnummer() {
        return vestigingsnummer;
    }

    public String getNaam() {
        return naam;
    }

    public Adres getAdres() {
        return adres;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Vestiging that
                && Objects.equals(school, that.school)
                && vestigingsnummer == that.vestigingsnummer;
    }

    @Override
    public int hashCode() {
        return Objects.hash(school, vestigingsnummer);
    }
}
