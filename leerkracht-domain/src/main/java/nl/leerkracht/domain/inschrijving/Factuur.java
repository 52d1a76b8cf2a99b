package nl.leerkracht.domain.inschrijving;

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
import java.time.LocalDate;
import java.util.Objects;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.shared.Bedrag;
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.domain.shared.Schooljaar;

/**
 * An invoice for one programme year of an enrolment: billable teachers × the tariff the enrolment
 * keeps (domain.md §4). Once issued it never changes: a mistake is corrected by a credit invoice
 * for the same amount with the opposite sign, after which the year can be invoiced anew. While an
 * invoice stands uncredited it holds its enrolment and programme year's {@code open_sleutel}, which
 * the database keeps unique, so a year is never invoiced twice. The addressee is copied onto the
 * invoice so a later change in the school register does not rewrite an issued invoice.
 */
@Entity
@Table(name = "factuur")
public class Factuur {

    public static final int REDEN_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "nummer", length = 20, nullable = false, unique = true)
    private String nummer;

    @Enumerated(EnumType.STRING)
    @Column(name = "soort", length = 12, nullable = false)
    private Soort soort;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "inschrijving_id", nullable = false)
    private Inschrijving inschrijving;

    @Column(name = "programmajaar", nullable = false)
    private int programmajaar;

    @Column(name = "schooljaar", nullable = false)
    private Schooljaar schooljaar;

    @Column(name = "factuurdatum", nullable = false)
    private LocalDate datum;

    @Column(name = "factureerbare_leraren", nullable = false)
    private int factureerbareLeraren;

    @Column(name = "tarief_per_leraar", precision = 10, scale = 2, nullable = false)
    private Bedrag tariefPerLeraar;

    @Column(name = "bedrag", precision = 12, scale = 2, nullable = false)
    private Bedrag bedrag;

    @Column(name = "debiteur", length = 150, nullable = false)
    private String debiteur;

    @Column(name = "eenheid", length = 150, nullable = false)
    private String eenheid;

    @Column(name = "brin_code", length = 4, nullable = false)
    private String brin;

    @Column(name = "adres", length = 250, nullable = false)
    private String adres;

    @Column(name = "bestuur", length = 150, nullable = false)
    private String bestuur;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "crediteert_id")
    private Factuur crediteert;

    @Column(name = "reden", length = REDEN_LENGTH)
    private String reden;

    @Column(name = "gecrediteerd", nullable = false)
    private boolean gecrediteerd;

    /** Enrolment and programme year while this invoice stands; null on credit invoices and credited ones. */
    @Column(name = "open_sleutel", length = 30, unique = true)
    private String openSleutel;

    protected Factuur() {
        // for JPA
    }

    /**
     * The invoice for one programme year.
     *
     * @param nummer the next number of the series, see {@link Factuurreeks}
     * @throws Regelfout when the enrolment is not approved, or for PO year 2 before the follow-up is agreed
     */
    public static Factuur voor(Inschrijving inschrijving, int programmajaar, String nummer, LocalDate datum) {
        if (!inschrijving.getStatus().isFactureerbaar()) {
            throw new Regelfout(
                    "factuur.fout.status", "enrolment " + inschrijving.getId() + " is " + inschrijving.getStatus());
        }
        Bedrag tarief = inschrijving.tariefVoorJaar(programmajaar);
        if (tarief == null) {
            throw new Regelfout(
                    "factuur.fout.vervolgOnbekend", "PO follow-up of " + inschrijving.getId() + " not agreed");
        }
        Factuur factuur = new Factuur();
        factuur.soort = Soort.FACTUUR;
        factuur.nummer = Objects.requireNonNull(nummer, "nummer");
        factuur.inschrijving = inschrijving;
        factuur.programmajaar = programmajaar;
        factuur.schooljaar = inschrijving.schooljaarVan(programmajaar);
        factuur.datum = Objects.requireNonNull(datum, "datum");
        factuur.factureerbareLeraren = inschrijving.getFactureerbareLeraren();
        factuur.tariefPerLeraar = tarief;
        factuur.bedrag = tarief.maal(factuur.factureerbareLeraren);
        School school = inschrijving.getSchool();
        factuur.debiteur = school.getNaam();
        factuur.eenheid = inschrijving.getEenheidNaam();
        factuur.brin = school.getBrin().getCode();
        factuur.adres = school.getAdres().toString();
        factuur.bestuur = school.getBestuur().getNaam();
        factuur.openSleutel = openSleutel(inschrijving, programmajaar);
        return factuur;
    }

    /** The key that keeps one standing invoice per enrolment and programme year. */
    public static String openSleutel(Inschrijving inschrijving, int programmajaar) {
        return inschrijving.getId() + "/" + programmajaar;
    }

    /**
     * Corrects this invoice with a credit invoice for the opposite amount; afterwards the year can be
     * invoiced again.
     *
     * @throws Regelfout when this is a credit invoice or was credited before, or without a reason
     */
    public Factuur crediteer(String creditnummer, LocalDate datum, String reden) {
        if (soort == Soort.CREDITFACTUUR || gecrediteerd) {
            throw new Regelfout("factuur.fout.alGecrediteerd", "invoice " + nummer + " cannot be credited");
        }
        if (reden == null || reden.isBlank() || reden.trim().length() > REDEN_LENGTH) {
            throw new Regelfout("factuur.fout.reden", "a reason is required");
        }
        Factuur credit = new Factuur();
        credit.soort = Soort.CREDITFACTUUR;
        credit.nummer = Objects.requireNonNull(creditnummer, "creditnummer");
        credit.inschrijving = inschrijving;
        credit.programmajaar = programmajaar;
        credit.schooljaar = schooljaar;
        credit.datum = Objects.requireNonNull(datum, "datum");
        credit.factureerbareLeraren = factureerbareLeraren;
        credit.tariefPerLeraar = tariefPerLeraar;
        credit.bedrag = bedrag.negatief();
        credit.debiteur = debiteur;
        credit.eenheid = eenheid;
        credit.brin = brin;
        credit.adres = adres;
        credit.bestuur = bestuur;
        credit.crediteert = this;
        credit.reden = reden.trim();
        gecrediteerd = true;
        openSleutel = null;
        return credit;
    }

    public Long getId() {
        return id;
    }

    public String getNummer() {
        return nummer;
    }

    public Soort getSoort() {
        return soort;
    }

    public Inschrijving getInschrijving() {
        return inschrijving;
    }

    public int getProgrammajaar() {
        return programmajaar;
    }

    public Schooljaar getSchooljaar() {
        return schooljaar;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public int getFactureerbareLeraren() {
        return factureerbareLeraren;
    }

    public Bedrag getTariefPerLeraar() {
        return tariefPerLeraar;
    }

    public Bedrag getBedrag() {
        return bedrag;
    }

    public String getDebiteur() {
        return debiteur;
    }

    public String getEenheid() {
        return eenheid;
    }

    public String getBrin() {
        return brin;
    }

    public String getAdres() {
        return adres;
    }

    public String getBestuur() {
        return bestuur;
    }

    /** The invoice a credit invoice corrects; null for invoices. */
    public Factuur getCrediteert() {
        return crediteert;
    }

    public String getReden() {
        return reden;
    }

    public boolean isGecrediteerd() {
        return gecrediteerd;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Factuur that && Objects.equals(nummer, that.nummer);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(nummer);
    }

    /** An invoice, or a credit invoice that cancels one. */
    public enum Soort {
        FACTUUR,
        CREDITFACTUUR
    }
}
