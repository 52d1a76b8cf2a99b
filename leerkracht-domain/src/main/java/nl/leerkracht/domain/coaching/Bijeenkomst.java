package nl.leerkracht.domain.coaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.domain.shared.Tekst;

/**
 * A meeting on a cluster's agenda (the Clusteragenda): a training, work session or forum for the
 * schools of the cluster, on a day from one time to another at a place.
 */
@Entity
@Table(name = "bijeenkomst")
public class Bijeenkomst {

    public static final int TITEL_LENGTH = 150;
    public static final int PLAATS_LENGTH = 200;
    /** Meetings are planned at most this far ahead. */
    public static final int MAXIMUM_JAREN_VOORUIT = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cluster_id", nullable = false)
    private Cluster cluster;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", length = 30, nullable = false)
    private BijeenkomstType type;

    @Column(name = "titel", length = TITEL_LENGTH, nullable = false)
    private String titel;

    @Column(name = "datum", nullable = false)
    private LocalDate datum;

    @Column(name = "van", nullable = false)
    private LocalTime van;

    @Column(name = "tot", nullable = false)
    private LocalTime tot;

    @Column(name = "plaats", length = PLAATS_LENGTH, nullable = false)
    private String plaats;

    protected Bijeenkomst() {
        // for JPA
    }

    /**
     * Plans a meeting.
     *
     * @throws Regelfout for no cluster or type, a missing or marked-up title or place, a day in the
     *         past or more than two years ahead, or an end that is not after the start
     */
    public Bijeenkomst(
            Cluster cluster,
            BijeenkomstType type,
            String titel,
            LocalDate datum,
            LocalTime van,
            LocalTime tot,
            String plaats,
            LocalDate vandaag) {
        if (cluster == null) {
            throw new Regelfout("bijeenkomst.fout.cluster", "no cluster");
        }
        if (type == null) {
            throw new Regelfout("bijeenkomst.fout.type", "no type");
        }
        this.cluster = cluster;
        this.type = type;
        this.titel = Tekst.verplicht(titel, TITEL_LENGTH, "bijeenkomst.fout.titel", "bijeenkomst.fout.markup");
        this.plaats = Tekst.verplicht(plaats, PLAATS_LENGTH, "bijeenkomst.fout.plaats", "bijeenkomst.fout.markup");
        if (datum == null || datum.isBefore(vandaag) || datum.isAfter(vandaag.plusYears(MAXIMUM_JAREN_VOORUIT))) {
            throw new Regelfout("bijeenkomst.fout.datum", "day " + datum);
        }
        if (van == null || tot == null || !tot.isAfter(van)) {
            throw new Regelfout("bijeenkomst.fout.tijd", van + "-" + tot);
        }
        this.datum = datum;
        this.van = van;
        this.tot = tot;
    }

    /** Whether the meeting has begun, so attendance can be recorded. */
    public boolean isBegonnen(LocalDate vandaag) {
        return !datum.isAfter(vandaag);
    }

    public Long getId() {
        return id;
    }

    public Cluster getCluster() {
        return cluster;
    }

    public BijeenkomstType getType() {
        return type;
    }

    public String getTitel() {
        return titel;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public LocalTime getVan() {
        return van;
    }

    public LocalTime getTot() {
        return tot;
    }

    public String getPlaats() {
        return plaats;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Bijeenkomst that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
