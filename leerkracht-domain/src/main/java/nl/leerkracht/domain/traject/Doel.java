package nl.leerkracht.domain.traject;

import jakarta.persistence.AttributeOverride;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.domain.shared.Tekst;

/**
 * A short-cycle, measurable goal on a team's board (domain.md §3: the team sets its own goals
 * first): what, who owns it, the target that tells whether it is reached, and by when.
 */
@Entity
@Table(name = "traject_doel")
public class Doel {

    public static final int OMSCHRIJVING_LENGTH = 300;
    public static final int EIGENAAR_LENGTH = 120;
    public static final int STREEFWAARDE_LENGTH = 200;
    /** A short cycle: a goal is due within this many weeks. */
    public static final int MAXIMUM_WEKEN = 26;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "traject_id", nullable = false, updatable = false)
    private Traject traject;

    @Column(name = "omschrijving", length = OMSCHRIJVING_LENGTH, nullable = false)
    private String omschrijving;

    @Embedded
    @AttributeOverride(name = "accountId", column = @Column(name = "eigenaar_id"))
    @AttributeOverride(
            name = "naam",
            column = @Column(name = "eigenaar", length = Doel.EIGENAAR_LENGTH, nullable = false))
    private Teamlid eigenaar;

    @Column(name = "streefwaarde", length = STREEFWAARDE_LENGTH, nullable = false)
    private String streefwaarde;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private DoelStatus status;

    protected Doel() {
        // for JPA
    }

    /**
     * @throws Regelfout for a missing or marked-up text, or a due date that is not within the
     *         next {@value #MAXIMUM_WEKEN} weeks (a short cycle)
     */
    public Doel(
            Traject traject,
            String omschrijving,
            Account eigenaar,
            String streefwaarde,
            LocalDate deadline,
            LocalDate vandaag) {
        this.traject = Objects.requireNonNull(traject, "traject");
        this.omschrijving =
                Tekst.verplicht(omschrijving, OMSCHRIJVING_LENGTH, "doel.fout.omschrijving", "teambord.fout.markup");
        this.eigenaar = Teamlid.van(traject, eigenaar, "doel.fout.eigenaar");
        this.streefwaarde =
                Tekst.verplicht(streefwaarde, STREEFWAARDE_LENGTH, "doel.fout.streefwaarde", "teambord.fout.markup");
        if (deadline == null || deadline.isBefore(vandaag) || deadline.isAfter(vandaag.plusWeeks(MAXIMUM_WEKEN))) {
            throw new Regelfout("doel.fout.deadline", "due " + deadline);
        }
        this.deadline = deadline;
        this.status = DoelStatus.LOOPT;
    }

    /** Records whether the goal was reached; a goal can be reopened by setting it back to LOOPT. */
    public void zetStatus(DoelStatus nieuw) {
        if (nieuw == null) {
            throw new Regelfout("doel.fout.status", "no status");
        }
        status = nieuw;
    }

    public Long getId() {
        return id;
    }

    public Traject getTraject() {
        return traject;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public Teamlid getEigenaar() {
        return eigenaar;
    }

    public String getStreefwaarde() {
        return streefwaarde;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public DoelStatus getStatus() {
        return status;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Doel that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
