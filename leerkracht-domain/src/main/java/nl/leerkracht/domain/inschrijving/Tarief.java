package nl.leerkracht.domain.inschrijving;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.shared.Bedrag;
import nl.leerkracht.domain.shared.Schooljaar;

/**
 * The fees for trajectories of one sector that start in one school year (domain.md §4).
 * <ul>
 * <li>VO, MBO and HBO: a two-year programme with an amount per teacher for each year, billed for at
 * least {@code minimumLeraren} and at most {@code maximumLeraren} teachers.</li>
 * <li>PO: an amount per teacher for year 1, no minimum or maximum; the follow-up is agreed at the
 * end of year 1 at no more than {@code vervolgPlafond} per teacher.</li>
 * </ul>
 * One tariff per sector and start year. The central team may correct a tariff's amounts; an
 * enrolment keeps the amounts it started with, so a correction never changes an existing enrolment.
 */
@Entity
@Table(name = "tarief")
public class Tarief {

    /** The texts' amounts (2017-2018 prices); a fresh install uses them (domain.md §4, Decision). */
    public static final Bedrag STANDAARD_JAAR_1 = Bedrag.euro("475.00");

    public static final Bedrag STANDAARD_JAAR_2 = Bedrag.euro("275.00");
    public static final int STANDAARD_MINIMUM = 12;
    public static final int STANDAARD_MAXIMUM = 75;

    /** No amount per teacher is this high; above it, input is a typing error. */
    public static final Bedrag MAXIMAAL_BEDRAG = Tariefvoorwaarden.MAXIMAAL_BEDRAG;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "sector", length = 12, nullable = false)
    private Sector sector;

    @Column(name = "startjaar", nullable = false)
    private Schooljaar startjaar;

    @Embedded
    private Tariefvoorwaarden voorwaarden;

    protected Tarief() {
        // for JPA
    }

    private Tarief(Sector sector, Schooljaar startjaar) {
        this.sector = Objects.requireNonNull(sector, "sector");
        this.startjaar = Objects.requireNonNull(startjaar, "startjaar");
    }

    /** A two-year tariff for VO, MBO or HBO. */
    public static Tarief tweejarig(
            Sector sector, Schooljaar startjaar, Bedrag jaar1, Bedrag jaar2, int minimumLeraren, int maximumLeraren) {
        if (sector == Sector.PO) {
            throw new IllegalArgumentException("PO has a one-year tariff with an agreed follow-up");
        }
        Tarief tarief = new Tarief(sector, startjaar);
        tarief.wijzigTweejarig(jaar1, jaar2, minimumLeraren, maximumLeraren);
        return tarief;
    }

    /** The PO tariff: year 1 per teacher, and the ceiling for the follow-up agreed later. */
    public static Tarief po(Schooljaar startjaar, Bedrag jaar1, Bedrag vervolgPlafond) {
        Tarief tarief = new Tarief(Sector.PO, startjaar);
        tarief.wijzigPo(jaar1, vervolgPlafond);
        return tarief;
    }

    /** Corrects the amounts of a VO, MBO or HBO tariff, with the same rules as when it was made. */
    public void wijzigTweejarig(Bedrag nieuwJaar1, Bedrag nieuwJaar2, int minimum, int maximum) {
        if (sector == Sector.PO) {
            throw new IllegalArgumentException("PO has a one-year tariff with an agreed follow-up");
        }
        this.voorwaarden = Tariefvoorwaarden.tweejarig(nieuwJaar1, nieuwJaar2, minimum, maximum);
    }

    /** Corrects the amounts of a PO tariff. */
    public void wijzigPo(Bedrag nieuwJaar1, Bedrag nieuwPlafond) {
        if (sector != Sector.PO) {
            throw new IllegalArgumentException(sector + " has a two-year tariff");
        }
        this.voorwaarden = Tariefvoorwaarden.po(nieuwJaar1, nieuwPlafond);
    }

    /** The texts' tariff for a sector, as a fresh install carries it for the current and next start year. */
    public static Tarief standaard(Sector sector, Schooljaar startjaar) {
        return sector == Sector.PO
                ? po(startjaar, STANDAARD_JAAR_1, STANDAARD_JAAR_2)
                : tweejarig(
                        sector, startjaar, STANDAARD_JAAR_1, STANDAARD_JAAR_2, STANDAARD_MINIMUM, STANDAARD_MAXIMUM);
    }

    /** The amounts and limits; an enrolment copies them when it is submitted. */
    public Tariefvoorwaarden getVoorwaarden() {
        return voorwaarden;
    }

    /** See {@link Tariefvoorwaarden#factureerbareLeraren(int)}. */
    public int factureerbareLeraren(int leraren) {
        return voorwaarden.factureerbareLeraren(leraren);
    }

    /** See {@link Tariefvoorwaarden#checkVervolgbedrag(Bedrag)}. */
    public Bedrag checkVervolgbedrag(Bedrag perLeraar) {
        if (sector != Sector.PO) {
            throw new IllegalArgumentException("Only PO agrees its follow-up; " + sector + " has a fixed year 2");
        }
        return voorwaarden.checkVervolgbedrag(perLeraar);
    }

    public boolean isTweejarig() {
        return voorwaarden.isTweejarig();
    }

    public Sector getSector() {
        return sector;
    }

    public Schooljaar getStartjaar() {
        return startjaar;
    }

    public Bedrag getJaar1() {
        return voorwaarden.getJaar1();
    }

    /** Year 2 per teacher; null for PO, whose follow-up is agreed later. */
    public Bedrag getJaar2() {
        return voorwaarden.getJaar2();
    }

    /** PO only: the most the follow-up may cost per teacher; null otherwise. */
    public Bedrag getVervolgPlafond() {
        return voorwaarden.getVervolgPlafond();
    }

    /** Null where no minimum applies (PO). */
    public Integer getMinimumLeraren() {
        return voorwaarden.getMinimumLeraren();
    }

    /** Null where no maximum applies (PO). */
    public Integer getMaximumLeraren() {
        return voorwaarden.getMaximumLeraren();
    }

    public Long getId() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tarief that && sector == that.sector && Objects.equals(startjaar, that.startjaar);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sector, startjaar);
    }
}
