package nl.leerkracht.domain.document;

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
import java.util.Objects;
import nl.leerkracht.domain.coaching.Bijeenkomst;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.shared.Tekst;
import nl.leerkracht.domain.traject.Fase;

/**
 * A document used in meetings (a Sessiedocument): its title, and for whom it is: a phase, an
 * instrument, a sector and a meeting, each optional (empty means every one). Its files are
 * {@link DocumentVersie}s; the newest is the one offered.
 */
@Entity
@Table(name = "sessiedocument")
public class Sessiedocument {

    public static final int TITEL_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "titel", length = TITEL_LENGTH, nullable = false)
    private String titel;

    @Enumerated(EnumType.STRING)
    @Column(name = "fase", length = 30)
    private Fase fase;

    @Enumerated(EnumType.STRING)
    @Column(name = "instrument", length = 30)
    private Instrument instrument;

    @Enumerated(EnumType.STRING)
    @Column(name = "sector", length = 12)
    private Sector sector;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "bijeenkomst_id")
    private Bijeenkomst bijeenkomst;

    @Column(name = "laatste_versie", nullable = false)
    private int laatsteVersie;

    protected Sessiedocument() {
        // for JPA
    }

    public Sessiedocument(String titel, Fase fase, Instrument instrument, Sector sector, Bijeenkomst bijeenkomst) {
        this.titel = Tekst.verplicht(titel, TITEL_LENGTH, "document.fout.titel", "document.fout.markup");
        this.fase = fase;
        this.instrument = instrument;
        this.sector = sector;
        this.bijeenkomst = bijeenkomst;
    }

    /** The next version's number; the document then offers that version. */
    public int volgendeVersie() {
        return ++laatsteVersie;
    }

    public Long getId() {
        return id;
    }

    public String getTitel() {
        return titel;
    }

    public Fase getFase() {
        return fase;
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public Sector getSector() {
        return sector;
    }

    public Bijeenkomst getBijeenkomst() {
        return bijeenkomst;
    }

    public int getLaatsteVersie() {
        return laatsteVersie;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Sessiedocument that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
