package nl.leerkracht.domain.certificaat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.traject.Traject;

/**
 * A PO schoolleider's wish to receive the Schoolleidersregister certificate for a trajectory,
 * said before it started ({@link Schoolleidersregister#magAanmelden}). One per schoolleider and
 * trajectory; opting out before the start removes it.
 */
@Entity
@Table(name = "srpo_aanmelding")
public class SchoolleidersregisterAanmelding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "traject_id", nullable = false, updatable = false)
    private Traject traject;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account schoolleider;

    @Column(name = "aangemeld_op", nullable = false, updatable = false)
    private Instant aangemeldOp;

    protected SchoolleidersregisterAanmelding() {
        // for JPA
    }

    public SchoolleidersregisterAanmelding(Traject traject, Account schoolleider, Instant op) {
        this.traject = Objects.requireNonNull(traject, "traject");
        this.schoolleider = Objects.requireNonNull(schoolleider, "schoolleider");
        this.aangemeldOp = Objects.requireNonNull(op, "op");
    }

    public Long getId() {
        return id;
    }

    public Traject getTraject() {
        return traject;
    }

    public Account getSchoolleider() {
        return schoolleider;
    }

    public Instant getAangemeldOp() {
        return aangemeldOp;
    }
}
