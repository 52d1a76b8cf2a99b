package nl.leerkracht.domain.document;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.Objects;
import nl.leerkracht.domain.shared.Bestandstype;
import nl.leerkracht.domain.shared.Regelfout;

/**
 * One uploaded file of a session document. Kept in the database, so every node of a cluster serves
 * it; its kind is read from its content ({@link Bestandstype}); it is always served as a download.
 * Earlier versions are kept when a new one is uploaded.
 */
@Entity
@Table(name = "document_versie", uniqueConstraints = @UniqueConstraint(columnNames = {"document_id", "versie"}))
public class DocumentVersie {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private Sessiedocument document;

    @Column(name = "versie", nullable = false, updatable = false)
    private int versie;

    @Column(name = "bestandsnaam", length = 120, nullable = false, updatable = false)
    private String bestandsnaam;

    @Enumerated(EnumType.STRING)
    @Column(name = "bestandstype", length = 20, nullable = false, updatable = false)
    private Bestandstype bestandstype;

    @Column(name = "grootte", nullable = false, updatable = false)
    private long grootte;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "inhoud", nullable = false, updatable = false)
    private byte[] inhoud;

    @Column(name = "door", length = 120, nullable = false, updatable = false)
    private String door;

    @Column(name = "op", nullable = false, updatable = false)
    private Instant op;

    protected DocumentVersie() {
        // for JPA
    }

    /**
     * @throws Regelfout for an empty file, one larger than {@code maximum} bytes, or content that
     *         is not an accepted kind or does not fit its name (a renamed program, an HTML page)
     */
    public DocumentVersie(
            Sessiedocument document, String bestandsnaam, byte[] inhoud, long maximum, String door, Instant op) {
        this.document = Objects.requireNonNull(document, "document");
        // No content is an empty file, which the kind check refuses.
        byte[] bytes = inhoud == null ? new byte[0] : inhoud;
        if (bytes.length > maximum) {
            throw new Regelfout("bestand.fout.groot", bestandsnaam + ": " + bytes.length + " bytes");
        }
        this.bestandstype = Bestandstype.herken(bestandsnaam, bytes);
        this.bestandsnaam = Bestandstype.veiligeNaam(bestandsnaam);
        this.inhoud = bytes.clone();
        this.grootte = bytes.length;
        this.versie = document.volgendeVersie();
        this.door = Objects.requireNonNull(door, "door");
        this.op = Objects.requireNonNull(op, "op");
    }

    public Long getId() {
        return id;
    }

    public Sessiedocument getDocument() {
        return document;
    }

    public int getVersie() {
        return versie;
    }

    public String getBestandsnaam() {
        return bestandsnaam;
    }

    public Bestandstype getBestandstype() {
        return bestandstype;
    }

    public long getGrootte() {
        return grootte;
    }

    public byte[] getInhoud() {
        return inhoud.clone();
    }

    public String getDoor() {
        return door;
    }

    public Instant getOp() {
        return op;
    }
}
