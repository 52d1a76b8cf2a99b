package nl.leerkracht.domain.certificaat;

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
import java.time.Instant;
import java.util.Objects;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.domain.shared.Schooljaar;
import nl.leerkracht.domain.shared.Tekst;
import nl.leerkracht.domain.traject.Traject;

/**
 * A certificate or proof of participation the foundation issued to one person for one school year
 * (domain.md §5). The name and school are copied onto it as they were printed, so a later change of
 * name does not rewrite an issued certificate. A person gets at most one of each kind per school
 * year (the database keeps it unique), so issuing again issues nothing twice. It is never deleted:
 * the central team can revoke it with a reason, and verification then says so.
 */
@Entity
@Table(name = "certificaat")
public class Certificaat {

    public static final int REDEN_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "code", length = Verificatiecode.LENGTE, nullable = false, unique = true, updatable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "soort", length = 30, nullable = false, updatable = false)
    private CertificaatSoort soort;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account houder;

    @Column(name = "naam", length = Account.NAAM_LENGTH, nullable = false, updatable = false)
    private String naam;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false, updatable = false)
    private School school;

    @Column(name = "school_naam", length = School.NAAM_LENGTH, nullable = false, updatable = false)
    private String schoolNaam;

    /** The trajectory it was earned in; none for one the foundation issued before this platform. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "traject_id", updatable = false)
    private Traject traject;

    @Column(name = "schooljaar", nullable = false, updatable = false)
    private Schooljaar schooljaar;

    @Column(name = "uitgegeven_op", nullable = false, updatable = false)
    private Instant uitgegevenOp;

    @Column(name = "uitgegeven_door", length = Account.NAAM_LENGTH, nullable = false, updatable = false)
    private String uitgegevenDoor;

    @Column(name = "ingetrokken_op")
    private Instant ingetrokkenOp;

    @Column(name = "ingetrokken_door", length = Account.NAAM_LENGTH)
    private String ingetrokkenDoor;

    @Column(name = "intrekreden", length = REDEN_LENGTH)
    private String intrekreden;

    /**
     * Kind, holder and school year while it stands, none once revoked: the database lets only one
     * certificate of each kind per person and school year stand.
     */
    @Column(name = "geldig_sleutel", length = 60, unique = true)
    private String geldigSleutel;

    /** The revoked certificate this one was issued again for, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "vervangt_id", updatable = false)
    private Certificaat vervangt;

    protected Certificaat() {
        // for JPA
    }

    private Certificaat(
            CertificaatSoort soort,
            Account houder,
            School school,
            Traject traject,
            Schooljaar schooljaar,
            Verificatiecode code,
            String door,
            Instant op) {
        this.soort = Objects.requireNonNull(soort, "soort");
        this.houder = Objects.requireNonNull(houder, "houder");
        this.naam = houder.getNaam();
        this.school = Objects.requireNonNull(school, "school");
        this.schoolNaam = school.getNaam();
        this.traject = traject;
        this.schooljaar = Objects.requireNonNull(schooljaar, "schooljaar");
        this.code = code.getWaarde();
        this.uitgegevenDoor = Objects.requireNonNull(door, "door");
        this.uitgegevenOp = Objects.requireNonNull(op, "op");
        this.geldigSleutel = soort.name() + ":" + houder.getId() + ":" + schooljaar.startJaar();
    }

    /** Issues a certificate earned in a trajectory of the school. */
    public static Certificaat reikUit(
            CertificaatSoort soort,
            Account houder,
            Traject traject,
            Schooljaar schooljaar,
            Verificatiecode code,
            String door,
            Instant op) {
        return new Certificaat(soort, houder, traject.getSchool(), traject, schooljaar, code, door, op);
    }

    /** Records a certificate the foundation issued before this platform, with no trajectory here. */
    public static Certificaat eerderUitgereikt(
            CertificaatSoort soort,
            Account houder,
            School school,
            Schooljaar schooljaar,
            Verificatiecode code,
            String door,
            Instant op) {
        return new Certificaat(soort, houder, school, null, schooljaar, code, door, op);
    }

    /**
     * Revokes it: verification then shows it as revoked, with the date, not the reason.
     *
     * @throws Regelfout {@code certificaat.fout.reden} without a reason or with one above 500
     *         characters, {@code certificaat.fout.redenMarkup} for HTML in it,
     *         {@code certificaat.fout.ingetrokken} when it was revoked before
     */
    public void trekIn(String reden, String door, Instant op) {
        if (isIngetrokken()) {
            throw new Regelfout("certificaat.fout.ingetrokken", "certificate " + id + " was revoked before");
        }
        this.intrekreden = Tekst.verhaal(reden, REDEN_LENGTH, "certificaat.fout.reden", "certificaat.fout.redenMarkup");
        this.ingetrokkenDoor = Objects.requireNonNull(door, "door");
        this.ingetrokkenOp = Objects.requireNonNull(op, "op");
        this.geldigSleutel = null;
    }

    /**
     * Issues a revoked certificate again, with a new code and the holder's and school's names as they
     * are now (a misspelt name corrected, say); the revoked one stays revoked.
     *
     * @throws Regelfout {@code certificaat.fout.nietIngetrokken} when this one still stands
     */
    public Certificaat opnieuwUitreiken(Verificatiecode nieuweCode, String door, Instant op) {
        if (!isIngetrokken()) {
            throw new Regelfout("certificaat.fout.nietIngetrokken", "certificate " + id + " still stands");
        }
        Certificaat nieuw = new Certificaat(soort, houder, school, traject, schooljaar, nieuweCode, door, op);
        nieuw.vervangt = this;
        return nieuw;
    }

    /** The revoked certificate this one replaces, or null. */
    public Certificaat getVervangt() {
        return vervangt;
    }

    public boolean isIngetrokken() {
        return ingetrokkenOp != null;
    }

    public Long getId() {
        return id;
    }

    public Verificatiecode getCode() {
        return Verificatiecode.lees(code).orElseThrow();
    }

    public CertificaatSoort getSoort() {
        return soort;
    }

    public Account getHouder() {
        return houder;
    }

    public String getNaam() {
        return naam;
    }

    public School getSchool() {
        return school;
    }

    public String getSchoolNaam() {
        return schoolNaam;
    }

    public Traject getTraject() {
        return traject;
    }

    public Schooljaar getSchooljaar() {
        return schooljaar;
    }

    public Instant getUitgegevenOp() {
        return uitgegevenOp;
    }

    public String getUitgegevenDoor() {
        return uitgegevenDoor;
    }

    public Instant getIngetrokkenOp() {
        return ingetrokkenOp;
    }

    public String getIngetrokkenDoor() {
        return ingetrokkenDoor;
    }

    public String getIntrekreden() {
        return intrekreden;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Certificaat c && code != null && code.equals(c.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }

    @Override
    public String toString() {
        return "Certificaat " + soort + " " + schooljaar + " of account " + (houder == null ? null : houder.getId());
    }
}
