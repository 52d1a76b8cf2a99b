package nl.leerkracht.domain.klacht;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.domain.shared.Tekst;

/**
 * A complaint under the foundation's procedure (domain.md §6). The complainant is known by name and
 * e-mail (anonymous complaints are not handled); the subject decides the handler. The clocks start
 * at receipt (see {@link Klachttermijn}); the first e-mail to the complainant acknowledges it. It is
 * closed with an outcome and then read-only; after the retention period its personal data go and
 * only the anonymous facts (subject, dates, outcome) remain for the yearly counts.
 */
@Entity
@Table(name = "klacht")
public class Klacht {

    public static final int NAAM_LENGTH = 120;
    public static final int TEKST_LENGTH = 10_000;
    public static final int REDEN_LENGTH = 1000;
    /** The minimum retention after closing (domain.md §6: at least one year). */
    public static final Period MINIMALE_BEWAARTERMIJN = Period.ofYears(1);

    private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("d-M-yyyy");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "referentie", length = 20, nullable = false, unique = true, updatable = false)
    private String referentie;

    /** SHA-256 of the complainant's private link code; the code itself is never stored. */
    @Column(name = "volgcode_hash", length = 64)
    private String volgcodeHash;

    @Column(name = "naam", length = NAAM_LENGTH)
    private String naam;

    @Column(name = "email", length = Tekst.EMAIL_LENGTH)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "onderwerp", length = 20, nullable = false, updatable = false)
    private KlachtOnderwerp onderwerp;

    @Column(name = "omschrijving", length = TEKST_LENGTH)
    private String omschrijving;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private KlachtStatus status;

    @Column(name = "ontvangen_op", nullable = false, updatable = false)
    private Instant ontvangenOp;

    @Column(name = "ontvangst_uiterlijk", nullable = false)
    private Instant ontvangstUiterlijk;

    @Column(name = "ontvangst_bevestigd_op")
    private Instant ontvangstBevestigdOp;

    @Column(name = "oplossing_uiterlijk", nullable = false)
    private Instant oplossingUiterlijk;

    @Column(name = "termijn_reden", length = REDEN_LENGTH)
    private String termijnReden;

    @Enumerated(EnumType.STRING)
    @Column(name = "uitkomst", length = 20)
    private KlachtUitkomst uitkomst;

    @Column(name = "afgesloten_op")
    private Instant afgeslotenOp;

    @Column(name = "geanonimiseerd_op")
    private Instant geanonimiseerdOp;

    // When each warning went out; set by the deadline job with a conditional update, so once per deadline.
    @Column(name = "ontvangst_gewaarschuwd_op")
    private Instant ontvangstGewaarschuwdOp;

    @Column(name = "ontvangst_geescaleerd_op")
    private Instant ontvangstGeescaleerdOp;

    @Column(name = "oplossing_gewaarschuwd_op")
    private Instant oplossingGewaarschuwdOp;

    @Column(name = "oplossing_geescaleerd_op")
    private Instant oplossingGeescaleerdOp;

    @ElementCollection
    @CollectionTable(name = "klacht_handeling", joinColumns = @JoinColumn(name = "klacht_id"))
    @OrderColumn(name = "volgnummer")
    @AttributeOverride(name = "op", column = @Column(name = "op", nullable = false))
    private List<Handeling> handelingen = new ArrayList<>();

    protected Klacht() {
        // for JPA
    }

    /**
     * Receives a complaint.
     *
     * @throws Regelfout for a missing name or e-mail address (anonymous complaints are not handled),
     *         markup in the name, no subject, or a missing, too long or marked-up description
     */
    public static Klacht ontvang(
            String referentie,
            String volgcodeHash,
            String naam,
            String email,
            KlachtOnderwerp onderwerp,
            String omschrijving,
            Instant op) {
        if ((naam == null || naam.isBlank()) && (email == null || email.isBlank())) {
            throw new Regelfout("klacht.fout.anoniem", "anonymous complaint");
        }
        Klacht klacht = new Klacht();
        klacht.naam = Tekst.verplicht(naam, NAAM_LENGTH, "klacht.fout.naam", "klacht.fout.markup");
        klacht.email = Tekst.email(email, "klacht.fout.email");
        if (onderwerp == null) {
            throw new Regelfout("klacht.fout.onderwerp", "no subject");
        }
        klacht.onderwerp = onderwerp;
        klacht.omschrijving =
                Tekst.verhaal(omschrijving, TEKST_LENGTH, "klacht.fout.omschrijving", "klacht.fout.markup");
        klacht.referentie = Objects.requireNonNull(referentie, "referentie");
        klacht.volgcodeHash = Objects.requireNonNull(volgcodeHash, "volgcodeHash");
        klacht.status = KlachtStatus.ONTVANGEN;
        klacht.ontvangenOp = Objects.requireNonNull(op, "op");
        klacht.ontvangstUiterlijk = Klachttermijn.ontvangstUiterlijk(op);
        klacht.oplossingUiterlijk = Klachttermijn.oplossingUiterlijk(op);
        klacht.handelingen.add(new Handeling(Handelingsoort.ONTVANGEN, null, klacht.naam, op));
        return klacht;
    }

    /**
     * Records an e-mail to the complainant (the service sends it). The first one acknowledges the
     * complaint and stops the 48-hour clock.
     *
     * @return the text as it is sent
     */
    public String mailKlager(String tekst, String door, Instant op) {
        vereisOpen();
        String bericht = Tekst.verhaal(tekst, TEKST_LENGTH, "klacht.fout.bericht", "klacht.fout.markup");
        handelingen.add(new Handeling(Handelingsoort.EMAIL_KLAGER, bericht, door, op));
        if (ontvangstBevestigdOp == null) {
            ontvangstBevestigdOp = op;
            status = KlachtStatus.IN_BEHANDELING;
        }
        return bericht;
    }

    /** A note for the file; it does not acknowledge the complaint. */
    public void noteer(String tekst, String door, Instant op) {
        vereisOpen();
        handelingen.add(new Handeling(
                Handelingsoort.NOTITIE,
                Tekst.verhaal(tekst, TEKST_LENGTH, "klacht.fout.notitie", "klacht.fout.markup"),
                door,
                op));
    }

    /**
     * Records another term agreed with the complainant: the solution is then due at the end of
     * {@code dag}. The warnings of the solution clock start again for the new date.
     *
     * @throws Regelfout when closed, for a day that is not after today or more than a year after
     *         receipt, or without a reason
     */
    public void spreekTermijnAf(LocalDate dag, String reden, String door, Instant op) {
        vereisOpen();
        LocalDate vandaag = op.atZone(Klachttermijn.ZONE).toLocalDate();
        LocalDate uiterst = ontvangenOp.atZone(Klachttermijn.ZONE).toLocalDate().plusYears(1);
        if (dag == null || !dag.isAfter(vandaag) || dag.isAfter(uiterst)) {
            throw new Regelfout("klacht.fout.termijn", "term " + dag);
        }
        String waarom = Tekst.verhaal(reden, REDEN_LENGTH, "klacht.fout.termijnReden", "klacht.fout.markup");
        oplossingUiterlijk = Klachttermijn.eindeVan(dag);
        termijnReden = waarom;
        oplossingGewaarschuwdOp = null;
        oplossingGeescaleerdOp = null;
        handelingen.add(new Handeling(Handelingsoort.TERMIJN_AFGESPROKEN, DAG.format(dag) + ": " + waarom, door, op));
    }

    /**
     * Closes the complaint with its outcome and an explanation (the solution, or why none was
     * reached). From then on it is archived and read-only.
     */
    public void sluit(KlachtUitkomst uitkomst, String toelichting, String door, Instant op) {
        vereisOpen();
        if (uitkomst == null) {
            throw new Regelfout("klacht.fout.uitkomst", "no outcome");
        }
        String tekst = Tekst.verhaal(toelichting, TEKST_LENGTH, "klacht.fout.toelichting", "klacht.fout.markup");
        this.uitkomst = uitkomst;
        this.afgeslotenOp = op;
        this.status = KlachtStatus.AFGESLOTEN;
        handelingen.add(new Handeling(Handelingsoort.AFGESLOTEN, tekst, door, op));
    }

    /** The warnings due at {@code nu} that have not gone out yet. */
    public List<Herinnering> herinneringen(Instant nu) {
        if (!status.isOpen()) {
            return List.of();
        }
        List<Herinnering> due = new ArrayList<>();
        if (ontvangstBevestigdOp == null) {
            if (!nu.isBefore(ontvangstUiterlijk)) {
                if (ontvangstGeescaleerdOp == null) {
                    due.add(Herinnering.ONTVANGST_ESCALATIE);
                }
            } else if (!nu.isBefore(ontvangstUiterlijk.minus(Herinnering.ONTVANGST_VOORAF))
                    && ontvangstGewaarschuwdOp == null) {
                due.add(Herinnering.ONTVANGST_WAARSCHUWING);
            }
        }
        if (!nu.isBefore(oplossingUiterlijk)) {
            if (oplossingGeescaleerdOp == null) {
                due.add(Herinnering.OPLOSSING_ESCALATIE);
            }
        } else if (!nu.isBefore(oplossingUiterlijk.minus(Herinnering.OPLOSSING_VOORAF))
                && oplossingGewaarschuwdOp == null) {
            due.add(Herinnering.OPLOSSING_WAARSCHUWING);
        }
        return due;
    }

    /** Whether a deadline has passed while the complaint is open. */
    public boolean isTeLaat(Instant nu) {
        return status.isOpen()
                && (ontvangstBevestigdOp == null && nu.isAfter(ontvangstUiterlijk) || nu.isAfter(oplossingUiterlijk));
    }

    /** Acknowledged within the 48 hours; null while not acknowledged. */
    public Boolean getOntvangstOpTijd() {
        return ontvangstBevestigdOp == null ? null : !ontvangstBevestigdOp.isAfter(ontvangstUiterlijk);
    }

    /** Closed within the four weeks or the agreed term; null while open. */
    public Boolean getOplossingOpTijd() {
        return afgeslotenOp == null ? null : !afgeslotenOp.isAfter(oplossingUiterlijk);
    }

    /** Closed, and the retention after closing has passed at {@code nu}. */
    public boolean isBewaartermijnVerstreken(Period bewaartermijn, Instant nu) {
        return status == KlachtStatus.AFGESLOTEN
                && !afgeslotenOp
                        .atZone(Klachttermijn.ZONE)
                        .plus(bewaartermijn)
                        .toInstant()
                        .isAfter(nu);
    }

    /**
     * Deletes the personal data once the retention has passed: name, e-mail, description and the
     * texts of the file. Subject, dates and outcome remain for the anonymous counts.
     */
    public void anonimiseer(Period bewaartermijn, Instant nu) {
        if (!isBewaartermijnVerstreken(bewaartermijn, nu)) {
            throw new Regelfout("klacht.fout.bewaartermijn", "retention not over for " + referentie);
        }
        naam = null;
        email = null;
        omschrijving = null;
        volgcodeHash = null;
        termijnReden = null;
        handelingen.forEach(Handeling::wis);
        status = KlachtStatus.GEANONIMISEERD;
        geanonimiseerdOp = nu;
    }

    private void vereisOpen() {
        if (!status.isOpen()) {
            throw new Regelfout("klacht.fout.gesloten", referentie + " is " + status);
        }
    }

    public Long getId() {
        return id;
    }

    public String getReferentie() {
        return referentie;
    }

    public String getVolgcodeHash() {
        return volgcodeHash;
    }

    public String getNaam() {
        return naam;
    }

    public String getEmail() {
        return email;
    }

    public KlachtOnderwerp getOnderwerp() {
        return onderwerp;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public KlachtStatus getStatus() {
        return status;
    }

    public Instant getOntvangenOp() {
        return ontvangenOp;
    }

    public Instant getOntvangstUiterlijk() {
        return ontvangstUiterlijk;
    }

    public Instant getOntvangstBevestigdOp() {
        return ontvangstBevestigdOp;
    }

    public Instant getOplossingUiterlijk() {
        return oplossingUiterlijk;
    }

    public String getTermijnReden() {
        return termijnReden;
    }

    public KlachtUitkomst getUitkomst() {
        return uitkomst;
    }

    public Instant getAfgeslotenOp() {
        return afgeslotenOp;
    }

    public List<Handeling> getHandelingen() {
        return Collections.unmodifiableList(handelingen);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Klacht other && referentie != null && referentie.equals(other.referentie);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(referentie);
    }
}
