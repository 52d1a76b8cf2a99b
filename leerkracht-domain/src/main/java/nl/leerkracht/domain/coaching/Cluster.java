package nl.leerkracht.domain.coaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.school.School;

/**
 * A cluster of schools that meet on the same dates (the Clusteragenda) and are guided by one or
 * more Expertcoaches. A school belongs to at most one cluster at a time.
 */
@Entity
@Table(name = "cluster")
public class Cluster {

    public static final int NAAM_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "naam", length = NAAM_LENGTH, nullable = false, unique = true)
    private String naam;

    @Column(name = "regio", length = 80, nullable = false)
    private String regio;

    @ManyToMany
    @JoinTable(
            name = "cluster_school",
            joinColumns = @JoinColumn(name = "cluster_id"),
            inverseJoinColumns = @JoinColumn(name = "school_id"))
    @OrderBy("naam")
    private Set<School> scholen = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(
            name = "cluster_expertcoach",
            joinColumns = @JoinColumn(name = "cluster_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    @OrderBy("naam")
    private Set<Account> expertcoaches = new LinkedHashSet<>();

    protected Cluster() {
        // for JPA
    }

    public Cluster(String naam, String regio) {
        if (naam == null || naam.isBlank() || naam.length() > NAAM_LENGTH) {
            throw new IllegalArgumentException("A cluster needs a name of at most " + NAAM_LENGTH + " characters");
        }
        if (regio == null || regio.isBlank()) {
            throw new IllegalArgumentException("A cluster needs a region");
        }
        this.naam = naam.trim();
        this.regio = regio.trim();
    }

    public void addSchool(School school) {
        scholen.add(Objects.requireNonNull(school, "school"));
    }

    /** Assigns an Expertcoach; only accounts with that role can guide a cluster. */
    public void assignExpertcoach(Account coach) {
        if (coach.getRol() != Rol.EXPERTCOACH) {
            throw new IllegalArgumentException(coach + " is not an Expertcoach");
        }
        expertcoaches.add(coach);
    }

    /** Takes an Expertcoach off the cluster, e.g. when their invitation is withdrawn. */
    public void removeExpertcoach(Account coach) {
        expertcoaches.remove(coach);
    }

    /**
     * Sets the Expertcoaches who guide the cluster: one or more, each with that role.
     *
     * @throws Regelfout {@code cluster.fout.expertcoaches} for none
     */
    public void wijsExpertcoachesToe(java.util.Collection<Account> coaches) {
        if (coaches == null || coaches.isEmpty()) {
            throw new nl.leerkracht.domain.shared.Regelfout("cluster.fout.expertcoaches", "no coach for " + naam);
        }
        coaches.forEach(coach -> {
            if (coach.getRol() != Rol.EXPERTCOACH) {
                throw new IllegalArgumentException(coach + " is not an Expertcoach");
            }
        });
        expertcoaches.clear();
        expertcoaches.addAll(coaches);
    }

    public Long getId() {
        return id;
    }

    public String getNaam() {
        return naam;
    }

    public String getRegio() {
        return regio;
    }

    public Set<School> getScholen() {
        return Collections.unmodifiableSet(scholen);
    }

    public Set<Account> getExpertcoaches() {
        return Collections.unmodifiableSet(expertcoaches);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cluster that && Objects.equals(naam, that.naam);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(naam);
    }
}
