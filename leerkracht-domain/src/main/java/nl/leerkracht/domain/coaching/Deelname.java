package nl.leerkracht.domain.coaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.Objects;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.shared.Regelfout;

/**
 * Whether a participant attended a meeting, as the Expertcoach or the central team records it
 * afterwards; the accreditation (domain.md §5) counts it.
 */
@Entity
@Table(name = "deelname", uniqueConstraints = @UniqueConstraint(columnNames = {"bijeenkomst_id", "account_id"}))
public class Deelname {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bijeenkomst_id", nullable = false, updatable = false)
    private Bijeenkomst bijeenkomst;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account deelnemer;

    @Column(name = "aanwezig", nullable = false)
    private boolean aanwezig;

    @Column(name = "vastgelegd_door", length = 120, nullable = false)
    private String vastgelegdDoor;

    @Column(name = "vastgelegd_op", nullable = false)
    private Instant vastgelegdOp;

    protected Deelname() {
        // for JPA
    }

    /** @throws Regelfout before the meeting has begun */
    public Deelname(
            Bijeenkomst bijeenkomst,
            Account deelnemer,
            boolean aanwezig,
            String door,
            Instant op,
            java.time.LocalDate vandaag) {
        if (!bijeenkomst.isBegonnen(vandaag)) {
            throw new Regelfout("deelname.fout.nogNiet", "meeting on " + bijeenkomst.getDatum());
        }
        this.bijeenkomst = bijeenkomst;
        this.deelnemer = Objects.requireNonNull(deelnemer, "deelnemer");
        wijzig(aanwezig, door, op);
    }

    public void wijzig(boolean aanwezigheid, String door, Instant op) {
        this.aanwezig = aanwezigheid;
        this.vastgelegdDoor = Objects.requireNonNull(door, "door");
        this.vastgelegdOp = Objects.requireNonNull(op, "op");
    }

    public Bijeenkomst getBijeenkomst() {
        return bijeenkomst;
    }

    public Account getDeelnemer() {
        return deelnemer;
    }

    public boolean isAanwezig() {
        return aanwezig;
    }
}
