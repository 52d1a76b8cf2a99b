package nl.leerkracht.domain.account;

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
import java.util.Objects;
import nl.leerkracht.domain.school.Bestuur;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.Team;
import nl.leerkracht.domain.shared.Regelfout;

/**
 * One role a person has, with what it is tied to (domain.md §1): a school role at a school (and
 * possibly one of its teams), a bestuurder at a board, an Expertcoach or foundation role at neither
 * (an Expertcoach's schools follow from the clusters they guide). A person has one login and one
 * or more memberships: a schoolleider of two schools, a schoolcoach who also teaches, an Expertcoach
 * who also works in the central team. What a logged-in person sees follows the membership they chose.
 */
@Entity
@Table(name = "lidmaatschap")
public class Lidmaatschap {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(name = "rol", length = 20, nullable = false, updatable = false)
    private Rol rol;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id", updatable = false)
    private School school;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "bestuur_id", updatable = false)
    private Bestuur bestuur;

    /** For a school role at a school that works in teams (MBO, HBO): the person's team there. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    protected Lidmaatschap() {
        // for JPA
    }

    /**
     * @throws Regelfout {@code account.fout.rol} without a role, {@code account.fout.school} for a
     *         school role without a school, {@code account.fout.bestuur} for a bestuurder without a board
     */
    Lidmaatschap(Account account, Rol rol, School school, Bestuur bestuur) {
        if (rol == null) {
            throw new Regelfout("account.fout.rol", "no role");
        }
        if (rol.getBereik() == Rol.Bereik.SCHOOL && school == null) {
            throw new Regelfout("account.fout.school", rol + " without a school");
        }
        if (rol == Rol.BESTUURDER && bestuur == null) {
            throw new Regelfout("account.fout.bestuur", "bestuurder without a bestuur");
        }
        this.account = Objects.requireNonNull(account, "account");
        this.rol = rol;
        this.school = rol.getBereik() == Rol.Bereik.SCHOOL ? school : null;
        this.bestuur = rol == Rol.BESTUURDER ? bestuur : null;
    }

    /** Whether this is the same role at the same place. */
    public boolean isZelfde(Rol andereRol, School andereSchool, Bestuur anderBestuur) {
        return rol == andereRol
                && Objects.equals(school, andereRol.getBereik() == Rol.Bereik.SCHOOL ? andereSchool : null)
                && Objects.equals(bestuur, andereRol == Rol.BESTUURDER ? anderBestuur : null);
    }

    /** Whether this is a school role at this school. */
    public boolean isBij(School andere) {
        return school != null && school.equals(andere);
    }

    /**
     * Puts the person in a team of this membership's school, or in none.
     *
     * @throws Regelfout {@code lijst.fout.team} for a team of another school, or for a membership
     *         without a school
     */
    public void kiesTeam(Team nieuw) {
        if (nieuw != null && (school == null || !school.equals(nieuw.getSchool()))) {
            throw new Regelfout(
                    "lijst.fout.team", "team " + nieuw.getId() + " is not of the school of membership " + id);
        }
        this.team = nieuw;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public Rol getRol() {
        return rol;
    }

    /** The school of a school role; null for other roles. */
    public School getSchool() {
        return school;
    }

    /** The board of a bestuurder; null for other roles. */
    public Bestuur getBestuur() {
        return bestuur;
    }

    public Team getTeam() {
        return team;
    }

    @Override
    public String toString() {
        return rol
                + (school != null
                        ? " at school " + school.getId()
                        : bestuur != null ? " at board " + bestuur.getId() : "");
    }
}
