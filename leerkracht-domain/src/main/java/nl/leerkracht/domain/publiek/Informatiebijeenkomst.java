package nl.leerkracht.domain.publiek;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.domain.shared.Tekst;

/**
 * An information meeting at a participating school, for schools that consider joining (domain.md
 * §4): anyone registers until the day before; when it is full, the next ones wait in order of
 * registration and move up, one for each place that comes free.
 */
@Entity
@Table(name = "informatiebijeenkomst")
public class Informatiebijeenkomst {

    public static final int MAX_CAPACITEIT = 500;
    public static final int OMSCHRIJVING_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id", nullable = false)
    private School school;

    @Column(name = "datum", nullable = false)
    private LocalDate datum;

    @Column(name = "van", nullable = false)
    private LocalTime van;

    @Column(name = "tot", nullable = false)
    private LocalTime tot;

    @Column(name = "capaciteit", nullable = false)
    private int capaciteit;

    @Column(name = "omschrijving", length = OMSCHRIJVING_LENGTH)
    private String omschrijving;

    @Column(name = "geannuleerd_op")
    private Instant geannuleerdOp;

    /** When the reminder of the day before went out; set once, by whichever node claims it first. */
    @Column(name = "herinnerd_op")
    private Instant herinnerdOp;

    @OneToMany(mappedBy = "bijeenkomst", cascade = CascadeType.PERSIST)
    @OrderBy("aangemeldOp ASC, id ASC")
    private List<Aanmelding> aanmeldingen = new ArrayList<>();

    protected Informatiebijeenkomst() {
        // for JPA
    }

    /**
     * @throws Regelfout when the date is not after today, the end is not after the start, the
     *         capacity is not 1 to 500 or the description is too long or holds markup
     */
    public Informatiebijeenkomst(
            School school,
            LocalDate datum,
            LocalTime van,
            LocalTime tot,
            int capaciteit,
            String omschrijving,
            LocalDate vandaag) {
        this.school = Objects.requireNonNull(school, "school");
        zet(datum, van, tot, capaciteit, omschrijving, vandaag);
    }

    /** What a change of a meeting means for its registrations. */
    public record Wijziging(List<Aanmelding> doorgeschoven, List<Aanmelding> verzet) {}

    /**
     * Changes date, times, capacity or description. More places let the first on the waiting list
     * move up; fewer than the people who have a place is refused. A new date or time is a new
     * reminder too.
     *
     * @return who moved up, and, when the date or times changed, everyone else who counts, to be told
     */
    public Wijziging wijzig(
            LocalDate datum,
            LocalTime van,
            LocalTime tot,
            int capaciteit,
            String omschrijving,
            LocalDate vandaag,
            Instant nu) {
        vereisNietGeannuleerd();
        if (capaciteit < getAangemeld()) {
            throw new Regelfout(
                    "informatiebijeenkomst.fout.capaciteitOnderAanmeldingen", capaciteit + " < " + getAangemeld());
        }
        boolean verzet =
                !Objects.equals(datum, this.datum) || !Objects.equals(van, this.van) || !Objects.equals(tot, this.tot);
        zet(datum, van, tot, capaciteit, omschrijving, vandaag);
        if (verzet) {
            herinnerdOp = null;
        }
        List<Aanmelding> doorgeschoven = new ArrayList<>();
        while (getAangemeld() < this.capaciteit) {
            Optional<Aanmelding> volgende = eersteWachtende();
            if (volgende.isEmpty()) {
                break;
            }
            volgende.get().schuifDoor(nu);
            doorgeschoven.add(volgende.get());
        }
        List<Aanmelding> teInformeren = verzet
                ? aanmeldingen.stream()
                        .filter(a -> a.isActief() && !doorgeschoven.contains(a))
                        .toList()
                : List.of();
        return new Wijziging(List.copyOf(doorgeschoven), teInformeren);
    }

    private void zet(
            LocalDate datum, LocalTime van, LocalTime tot, int capaciteit, String omschrijving, LocalDate vandaag) {
        if (datum == null || !datum.isAfter(vandaag)) {
            throw new Regelfout("informatiebijeenkomst.fout.datum", "date " + datum + " is not after " + vandaag);
        }
        if (van == null || tot == null || !tot.isAfter(van)) {
            throw new Regelfout("informatiebijeenkomst.fout.tijden", van + "–" + tot);
        }
        if (capaciteit < 1 || capaciteit > MAX_CAPACITEIT) {
            throw new Regelfout("informatiebijeenkomst.fout.capaciteit", "capacity " + capaciteit);
        }
        this.datum = datum;
        this.van = van;
        this.tot = tot;
        this.capaciteit = capaciteit;
        this.omschrijving = omschrijving == null || omschrijving.isBlank()
                ? null
                : Tekst.verhaal(
                        omschrijving,
                        OMSCHRIJVING_LENGTH,
                        "informatiebijeenkomst.fout.omschrijving",
                        "informatiebijeenkomst.fout.html");
    }

    /**
     * Registers someone: with a place while there is one, else on the waiting list.
     *
     * @param afmeldSleutelHash the hash of the key of their personal cancel link
     * @throws Regelfout when the meeting was cancelled or is today or past, or the address is
     *         registered already, or a field is refused
     */
    public Aanmelding meldAan(
            String naam,
            String email,
            String organisatie,
            AanmeldRol rol,
            String afmeldSleutelHash,
            Instant nu,
            LocalDate vandaag) {
        if (geannuleerdOp != null) {
            throw new Regelfout("aanmelding.fout.geannuleerd", "meeting " + id + " was cancelled");
        }
        if (!datum.isAfter(vandaag)) {
            throw new Regelfout("aanmelding.fout.voorbij", "meeting " + id + " on " + datum);
        }
        if (email != null
                && aanmeldingen.stream()
                        .anyMatch(a -> a.isActief()
                                && a.getEmail()
                                        .toLowerCase(Locale.ROOT)
                                        .equals(email.trim().toLowerCase(Locale.ROOT)))) {
            throw new Regelfout("aanmelding.fout.dubbel", "already registered for meeting " + id);
        }
        AanmeldingStatus status =
                getAangemeld() < capaciteit ? AanmeldingStatus.AANGEMELD : AanmeldingStatus.WACHTLIJST;
        Aanmelding aanmelding = new Aanmelding(this, naam, email, organisatie, rol, status, afmeldSleutelHash, nu);
        aanmeldingen.add(aanmelding);
        return aanmelding;
    }

    /**
     * Cancels a registration. When it had a place and the meeting is still to come (not today, not
     * cancelled), the first on the waiting list gets it.
     *
     * @return the registration that moved up, to be told
     * @throws Regelfout {@code aanmelding.fout.afgemeld} when it was cancelled already
     */
    public Optional<Aanmelding> meldAf(Aanmelding aanmelding, Instant nu, LocalDate vandaag) {
        if (!aanmeldingen.contains(aanmelding)) {
            throw new IllegalArgumentException("Not a registration of meeting " + id);
        }
        if (!aanmelding.isActief()) {
            throw new Regelfout("aanmelding.fout.afgemeld", "registration " + aanmelding.getId());
        }
        boolean hadPlaats = aanmelding.getStatus() == AanmeldingStatus.AANGEMELD;
        aanmelding.meldAf(nu);
        if (!hadPlaats || geannuleerdOp != null || !datum.isAfter(vandaag)) {
            return Optional.empty();
        }
        Optional<Aanmelding> volgende = eersteWachtende();
        volgende.ifPresent(a -> a.schuifDoor(nu));
        return volgende;
    }

    /**
     * Cancels the meeting.
     *
     * @return everyone who was registered or waiting, to be told
     * @throws Regelfout {@code bijeenkomst.fout.geannuleerd} when it was cancelled already
     */
    public List<Aanmelding> annuleer(Instant nu) {
        vereisNietGeannuleerd();
        geannuleerdOp = Objects.requireNonNull(nu, "nu");
        return aanmeldingen.stream().filter(Aanmelding::isActief).toList();
    }

    /** Records that the reminder went out. */
    public void herinnerd(Instant nu) {
        herinnerdOp = Objects.requireNonNull(nu, "nu");
    }

    private void vereisNietGeannuleerd() {
        if (geannuleerdOp != null) {
            throw new Regelfout("informatiebijeenkomst.fout.geannuleerd", "meeting " + id + " was cancelled");
        }
    }

    private Optional<Aanmelding> eersteWachtende() {
        return aanmeldingen.stream()
                .filter(a -> a.getStatus() == AanmeldingStatus.WACHTLIJST)
                .findFirst();
    }

    /** The people with a place. */
    public int getAangemeld() {
        return (int) aanmeldingen.stream()
                .filter(a -> a.getStatus() == AanmeldingStatus.AANGEMELD)
                .count();
    }

    public int getWachtend() {
        return (int) aanmeldingen.stream()
                .filter(a -> a.getStatus() == AanmeldingStatus.WACHTLIJST)
                .count();
    }

    public int getPlaatsenVrij() {
        return Math.max(0, capaciteit - getAangemeld());
    }

    public List<Aanmelding> getAanmeldingen() {
        return List.copyOf(aanmeldingen);
    }

    public Long getId() {
        return id;
    }

    public School getSchool() {
        return school;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public LocalTime getVan() {
        return van;
    }

    public LocalTime getTot() {
        return tot;
    }

    public int getCapaciteit() {
        return capaciteit;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public Instant getGeannuleerdOp() {
        return geannuleerdOp;
    }

    public boolean isGeannuleerd() {
        return geannuleerdOp != null;
    }

    public Instant getHerinnerdOp() {
        return herinnerdOp;
    }
}
