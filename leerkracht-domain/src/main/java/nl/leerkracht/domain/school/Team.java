package nl.leerkracht.domain.school;

import jakarta.persistence.Column;
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
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.domain.shared.Tekst;

/** A team of teachers within a school; MBO and HBO schools enrol per team. */
@Entity
@Table(name = "team")
public class Team {

    public static final int NAAM_LENGTH = 150;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id", nullable = false)
    private School school;

    @Column(name = "naam", length = NAAM_LENGTH, nullable = false)
    private String naam;

    @Column(name = "aantal_leraren", nullable = false)
    private int aantalLeraren;

    protected Team() {
        // for JPA
    }

    public Team(School school, String naam, int aantalLeraren) {
        this.school = Objects.requireNonNull(school, "school");
        wijzig(naam, aantalLeraren);
    }

    /**
     * Corrects the team's name and size.
     *
     * @throws nl.leerkracht.domain.shared.Regelfout for a missing, too long or marked-up name, or
     *         a number of teachers outside 1–5,000
     */
    public void wijzig(String nieuweNaam, int leraren) {
        String gecontroleerd = Tekst.verplicht(nieuweNaam, NAAM_LENGTH, "school.fout.naam", "school.fout.tekens");
        if (leraren < 1 || leraren > School.MAX_LERAREN) {
            throw new Regelfout("school.fout.leraren", "teachers " + leraren);
        }
        this.naam = gecontroleerd;
        this.aantalLeraren = leraren;
    }

    public Long getId() {
        return id;
    }

    public School getSchool() {
        return school;
    }

    public String getNaam() {
        return naam;
    }

    public int getAantalLeraren() {
        return aantalLeraren;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Team that && Objects.equals(school, that.school) && Objects.equals(naam, that.naam);
    }

    @Override
    public int hashCode() {
        return Objects.hash(school, naam);
    }
}
