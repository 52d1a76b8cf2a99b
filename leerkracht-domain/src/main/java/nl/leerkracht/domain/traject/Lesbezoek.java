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
 * Lesbezoek en Feedback (one of the four instruments): a teacher visits a colleague's lesson with a
 * focus agreed beforehand, and gives feedback afterwards. Planned first; recorded as held with the
 * feedback.
 */
@Entity
@Table(name = "lesbezoek")
public class Lesbezoek {

    public static final int FOCUS_LENGTH = 300;
    public static final int FEEDBACK_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "traject_id", nullable = false, updatable = false)
    private Traject traject;

    @Embedded
    @AttributeOverride(name = "accountId", column = @Column(name = "bezoeker_id"))
    @AttributeOverride(
            name = "naam",
            column = @Column(name = "bezoeker", length = Doel.EIGENAAR_LENGTH, nullable = false))
    private Teamlid bezoeker;

    @Embedded
    @AttributeOverride(name = "accountId", column = @Column(name = "bezochte_id"))
    @AttributeOverride(
            name = "naam",
            column = @Column(name = "bezochte", length = Doel.EIGENAAR_LENGTH, nullable = false))
    private Teamlid bezochte;

    @Column(name = "datum", nullable = false)
    private LocalDate datum;

    @Column(name = "focus", length = FOCUS_LENGTH, nullable = false)
    private String focus;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private LesbezoekStatus status;

    @Column(name = "feedback", length = FEEDBACK_LENGTH)
    private String feedback;

    protected Lesbezoek() {
        // for JPA
    }

    /**
     * Plans a visit.
     *
     * @throws Regelfout for a missing name, a teacher visiting themself, a missing focus, or a day
     *         before the trajectory started or more than {@value Doel#MAXIMUM_WEKEN} weeks ahead
     */
    public static Lesbezoek plan(
            Traject traject, Account bezoeker, Account bezochte, LocalDate datum, String focus, LocalDate vandaag) {
        Lesbezoek bezoek = new Lesbezoek();
        bezoek.traject = Objects.requireNonNull(traject, "traject").metLessen();
        bezoek.bezoeker = Teamlid.van(traject, bezoeker, "lesbezoek.fout.bezoeker");
        bezoek.bezochte = Teamlid.van(traject, bezochte, "lesbezoek.fout.bezochte");
        if (bezoek.bezoeker.isZelfde(bezoek.bezochte)) {
            throw new Regelfout("lesbezoek.fout.zelf", bezoek.bezoeker + " visits themself");
        }
        if (datum == null
                || datum.isBefore(traject.getGestartOp())
                || datum.isAfter(vandaag.plusWeeks(Doel.MAXIMUM_WEKEN))) {
            throw new Regelfout("lesbezoek.fout.datum", "day " + datum);
        }
        bezoek.datum = datum;
        bezoek.focus = Tekst.verhaal(focus, FOCUS_LENGTH, "lesbezoek.fout.focus", "teambord.fout.markup");
        bezoek.status = LesbezoekStatus.GEPLAND;
        return bezoek;
    }

    /**
     * Records the visit as held on its day, with the feedback given.
     *
     * @throws Regelfout when already recorded, when its day is still to come, or without feedback
     */
    public void legVast(String gegevenFeedback, LocalDate vandaag) {
        if (status != LesbezoekStatus.GEPLAND) {
            throw new Regelfout("lesbezoek.fout.alGehouden", "visit " + id + " is " + status);
        }
        if (datum.isAfter(vandaag)) {
            throw new Regelfout("lesbezoek.fout.nogNiet", "visit on " + datum);
        }
        feedback = Tekst.verhaal(gegevenFeedback, FEEDBACK_LENGTH, "lesbezoek.fout.feedback", "teambord.fout.markup");
        status = LesbezoekStatus.GEHOUDEN;
    }

    public Long getId() {
        return id;
    }

    public Traject getTraject() {
        return traject;
    }

    public Teamlid getBezoeker() {
        return bezoeker;
    }

    public Teamlid getBezochte() {
        return bezochte;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public String getFocus() {
        return focus;
    }

    public LesbezoekStatus getStatus() {
        return status;
    }

    public String getFeedback() {
        return feedback;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Lesbezoek that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
