package nl.leerkracht.domain.publiek;

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
import nl.leerkracht.domain.shared.Tekst;

/**
 * Someone's registration for an information meeting: no account, just who they are and a personal
 * cancel link (its key is stored only as a hash and works once).
 */
@Entity
@Table(name = "informatieaanmelding")
public class Aanmelding {

    public static final int NAAM_LENGTH = 150;
    public static final int ORGANISATIE_LENGTH = 150;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "bijeenkomst_id", nullable = false, updatable = false)
    private Informatiebijeenkomst bijeenkomst;

    @Column(name = "naam", length = NAAM_LENGTH, nullable = false)
    private String naam;

    @Column(name = "email", length = Tekst.EMAIL_LENGTH, nullable = false)
    private String email;

    @Column(name = "organisatie", length = ORGANISATIE_LENGTH, nullable = false)
    private String organisatie;

    @Enumerated(EnumType.STRING)
    @Column(name = "rol", length = 20, nullable = false)
    private AanmeldRol rol;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private AanmeldingStatus status;

    @Column(name = "aangemeld_op", nullable = false)
    private Instant aangemeldOp;

    /** When a place became free for someone on the waiting list. */
    @Column(name = "doorgeschoven_op")
    private Instant doorgeschovenOp;

    @Column(name = "afgemeld_op")
    private Instant afgemeldOp;

    /** SHA-256 of the cancel link's key; cleared once used, so the link works once. */
    @Column(name = "afmeld_sleutel_hash", length = 64, unique = true)
    private String afmeldSleutelHash;

    protected Aanmelding() {
        // for JPA
    }

    Aanmelding(
            Informatiebijeenkomst bijeenkomst,
            String naam,
            String email,
            String organisatie,
            AanmeldRol rol,
            AanmeldingStatus status,
            String afmeldSleutelHash,
            Instant nu) {
        this.bijeenkomst = Objects.requireNonNull(bijeenkomst, "bijeenkomst");
        this.naam = Tekst.verplicht(naam, NAAM_LENGTH, "aanmelding.fout.naam", "aanmelding.fout.html");
        this.email = Tekst.email(email, "aanmelding.fout.email");
        this.organisatie =
                Tekst.verplicht(organisatie, ORGANISATIE_LENGTH, "aanmelding.fout.organisatie", "aanmelding.fout.html");
        this.rol = Objects.requireNonNull(rol, "rol");
        this.status = Objects.requireNonNull(status, "status");
        this.afmeldSleutelHash = Objects.requireNonNull(afmeldSleutelHash, "afmeldSleutelHash");
        this.aangemeldOp = Objects.requireNonNull(nu, "nu");
    }

    /** Whether it still counts: with a place or on the waiting list. */
    public boolean isActief() {
        return status != AanmeldingStatus.AFGEMELD;
    }

    void schuifDoor(Instant nu) {
        if (status != AanmeldingStatus.WACHTLIJST) {
            throw new IllegalStateException("Only a registration on the waiting list moves up: " + id);
        }
        status = AanmeldingStatus.AANGEMELD;
        doorgeschovenOp = nu;
    }

    void meldAf(Instant nu) {
        status = AanmeldingStatus.AFGEMELD;
        afgemeldOp = nu;
        afmeldSleutelHash = null;
    }

    public Long getId() {
        return id;
    }

    public Informatiebijeenkomst getBijeenkomst() {
        return bijeenkomst;
    }

    public String getNaam() {
        return naam;
    }

    public String getEmail() {
        return email;
    }

    public String getOrganisatie() {
        return organisatie;
    }

    public AanmeldRol getRol() {
        return rol;
    }

    public AanmeldingStatus getStatus() {
        return status;
    }

    public Instant getAangemeldOp() {
        return aangemeldOp;
    }

    public Instant getDoorgeschovenOp() {
        return doorgeschovenOp;
    }

    public Instant getAfgemeldOp() {
        return afgemeldOp;
    }
}
