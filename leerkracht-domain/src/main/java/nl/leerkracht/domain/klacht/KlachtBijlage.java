package nl.leerkracht.domain.klacht;

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
import java.util.Objects;
import nl.leerkracht.domain.shared.Bestandstype;
import nl.leerkracht.domain.shared.Regelfout;

/**
 * A file sent with a complaint, kept in the database so every node serves it. Its kind is taken
 * from its content ({@link Bestandstype}); it is always served as a download, never inline.
 */
@Entity
@Table(name = "klacht_bijlage")
public class KlachtBijlage {

    /** At most this many attachments per complaint. */
    public static final int MAXIMUM_AANTAL = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "klacht_id", nullable = false, updatable = false)
    private Klacht klacht;

    @Column(name = "bestandsnaam", length = 120, nullable = false)
    private String bestandsnaam;

    @Enumerated(EnumType.STRING)
    @Column(name = "bestandstype", length = 20, nullable = false)
    private Bestandstype bestandstype;

    @Column(name = "grootte", nullable = false)
    private long grootte;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "inhoud", nullable = false)
    private byte[] inhoud;

    protected KlachtBijlage() {
        // for JPA
    }

    /**
     * @throws Regelfout for an empty file, a file larger than {@code maximum} bytes, or content
     *         that is not an accepted kind or does not fit its name
     */
    public KlachtBijlage(Klacht klacht, String bestandsnaam, byte[] inhoud, long maximum) {
        this.klacht = Objects.requireNonNull(klacht, "klacht");
        // No content is an empty file, which the kind check refuses.
        byte[] bytes = inhoud == null ? new byte[0] : inhoud;
        if (bytes.length > maximum) {
            throw new Regelfout("bestand.fout.groot", bestandsnaam + ": " + bytes.length + " bytes");
        }
        this.bestandstype = Bestandstype.herken(bestandsnaam, bytes);
        this.bestandsnaam = Bestandstype.veiligeNaam(bestandsnaam);
        this.inhoud = bytes.clone();
        this.grootte = bytes.length;
    }

    public Long getId() {
        return id;
    }

    public Klacht getKlacht() {
        return klacht;
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
}
