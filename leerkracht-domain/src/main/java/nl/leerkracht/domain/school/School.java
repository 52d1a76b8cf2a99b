package nl.leerkracht.domain.school;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A school, known by its BRIN code, under one bestuur. In VO it enrols per vestiging, in MBO and
 * HBO per team (see {@link Sector#getInschrijfeenheid()}).
 */
@Entity
@Table(name = "school")
public class School {

    public static final int NAAM_LENGTH = 150;
    /** Upper bound on the number of teachers a school can report; beyond it input is a typing error. */
    public static final int MAX_LERAREN = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Embedded
    private BrinCode brin;

    @Column(name = "naam", length = NAAM_LENGTH, nullable = false)
    private String naam;

    @Enumerated(EnumType.STRING)
    @Column(name = "sector", length = 12, nullable = false)
    private Sector sector;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "bestuur_id", nullable = false)
    private Bestuur bestuur;

    @Embedded
    private Adres adres;

    @Column(name = "aantal_leraren", nullable = false)
    private int aantalLeraren;

    /** Whether the public map of participating schools may show it; the central team can hide it. */
    @Column(name = "op_kaart", nullable = false)
    private boolean opKaart = true;

    @OneToMany(mappedBy = "school")
    @OrderBy("vestigingsnummer")
    private List<Vestiging> vestigingen = new ArrayList<>();

    @OneToMany(mappedBy = "school")
    @OrderBy("naam")
    private List<Team> teams = new ArrayList<>();

    protected School() {
        // for JPA
    }

    public School(BrinCode brin, String naam, Sector sector, Bestuur bestuur, Adres adres, int aantalLeraren) {
        this.brin = Objects.requireNonNull(brin, "brin");
        if (naam == null || naam.isBlank() || naam.length() > NAAM_LENGTH) {
            throw new IllegalArgumentException("A school needs a name of at most " + NAAM_LENGTH + " characters");
        }
        this.naam = naam.trim();
        this.sector = Objects.requireNonNull(sector, "sector");
        this.bestuur = Objects.requireNonNull(bestuur, "bestuur");
        this.adres = Objects.requireNonNull(adres, "adres");
        changeAantalLeraren(aantalLeraren);
    }

    /** A new school in the register, from checked data. */
    public static School van(SchoolGegevens gegevens, Bestuur bestuur) {
        return new School(
                gegevens.getBrin(),
                gegevens.getNaam(),
                gegevens.getSector(),
                bestuur,
                gegevens.getAdres(),
                gegevens.getAantalLeraren());
    }

    /**
     * Corrects the register's data. A school with locations or teams keeps its sector: those belong
     * to the way its sector enrols.
     */
    public void wijzig(SchoolGegevens gegevens, Bestuur nieuwBestuur) {
        if (gegevens.getSector() != sector && (!vestigingen.isEmpty() || !teams.isEmpty())) {
            throw new nl.leerkracht.domain.shared.Regelfout(
                    "school.fout.sectorVast", "school " + brin + " has locations or teams");
        }
        this.brin = gegevens.getBrin();
        this.naam = gegevens.getNaam();
        this.sector = gegevens.getSector();
        this.bestuur = Objects.requireNonNull(nieuwBestuur, "bestuur");
        this.adres = gegevens.getAdres();
        changeAantalLeraren(gegevens.getAantalLeraren());
    }

    /** Records the number of teachers, school leadership and onderwijsassistenten included. */
    public void changeAantalLeraren(int aantal) {
        if (aantal < 1 || aantal > MAX_LERAREN) {
            throw new IllegalArgumentException("Number of teachers must be 1.." + MAX_LERAREN + ": " + aantal);
        }
        this.aantalLeraren = aantal;
    }

    /** Shows the school on the public map again, once it takes part (domain.md §7). */
    public void toonOpKaart() {
        this.opKaart = true;
    }

    /** Keeps the school off the public map, for instance because it asked not to be listed. */
    public void verbergOpKaart() {
        this.opKaart = false;
    }

    public boolean isOpKaart() {
        return opKaart;
    }

    /** The advised capacity for schoolcoach and aanjagers at this school's size. */
    public AdviesFte getAdviesFte() {
        return AdviesFte.forTeachers(aantalLeraren);
    }

    public Long getId() {
        return id;
    }

    public BrinCode getBrin() {
        return brin;
    }

    public String getNaam() {
        return naam;
    }

    public Sector getSector() {
        return sector;
    }

    public Bestuur getBestuur() {
        return bestuur;
    }

    public Adres getAdres() {
        return adres;
    }

    public int getAantalLeraren() {
        return aantalLeraren;
    }

    public List<Vestiging> getVestigingen() {
        return Collections.unmodifiableList(vestigingen);
    }

    public List<Team> getTeams() {
        return Collections.unmodifiableList(teams);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof School that && Objects.equals(brin, that.brin);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(brin);
    }

    @Override
    public String toString() {
        return naam + " (" + brin + ")";
    }
}
