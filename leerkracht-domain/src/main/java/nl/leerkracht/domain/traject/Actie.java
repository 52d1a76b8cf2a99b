package nl.leerkracht.domain.traject;

import jakarta.persistence.AttributeOverride;
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
import java.time.LocalDate;
import java.util.Objects;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.domain.shared.Tekst;

/** An action on a team's board: what, who, by when; done once someone ticks it off. */
@Entity
@Table(name = "traject_actie")
public class Actie {

    public static final int OMSCHRIJVING_LENGTH = 300;

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

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Column(name = "afgerond_op")
    private LocalDate afgerondOp;

    @Column(name = "aangemaakt_op", nullable = false, updatable = false)
    private LocalDate aangemaaktOp;

    protected Actie() {
        // for JPA
    }

    /** @throws Regelfout for a missing or marked-up text, or a due date in the past */
    public Actie(Traject traject, String omschrijving, Account eigenaar, LocalDate deadline, LocalDate vandaag) {
        this.traject = Objects.requireNonNull(traject, "traject");
        this.omschrijving =
                Tekst.verplicht(omschrijving, OMSCHRIJVING_LENGTH, "actie.fout.omschrijving", "teambord.fout.markup");
        this.eigenaar = Teamlid.van(traject, eigenaar, "actie.fout.eigenaar");
        if (deadline == null || deadline.isBefore(vandaag) || deadline.isAfter(vandaag.plusWeeks(Doel.MAXIMUM_WEKEN))) {
            throw new Regelfout("actie.fout.deadline", "due " + deadline);
        }
        this.deadline = deadline;
        this.aangemaaktOp = vandaag;
    }

    /** Ticks the action off; ticking a done action again changes nothing. */
    public void rondAf(LocalDate op) {
        if (afgerondOp == null) {
            afgerondOp = Objects.requireNonNull(op, "op");
        }
    }

    public boolean isOpen() {
        return afgerondOp == null;
    }

    public boolean isTeLaat(LocalDate vandaag) {
        return isOpen() && deadline.isBefore(vandaag);
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

    public LocalDate getDeadline() {
        return deadline;
    }

    public LocalDate getAfgerondOp() {
        return afgerondOp;
    }

    public LocalDate getAangemaaktOp() {
        return aangemaaktOp;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Actie that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
