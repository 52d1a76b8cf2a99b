package nl.leerkracht.domain.inschrijving;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.leerkracht.domain.school.Bestuur;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.shared.Bedrag;
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.domain.shared.Schooljaar;

/**
 * A board's enrolment of its directieteam (domain.md §2, §4): the members with their function in
 * the board's sector, the number of work sessions, and the price computed from the central team's
 * formula and kept within €3,400–€4,500. The price is fixed when the bestuurder confirms it; a
 * later change of the formula does not touch it. One per board and start year while under way.
 */
@Entity
@Table(name = "directieteam_inschrijving")
public class DirectieteamInschrijving {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bestuur_id", nullable = false)
    private Bestuur bestuur;

    @Enumerated(EnumType.STRING)
    @Column(name = "sector", length = 12, nullable = false)
    private Sector sector;

    @Column(name = "startjaar", nullable = false)
    private Schooljaar startjaar;

    @Column(name = "werksessies", nullable = false)
    private int werksessies;

    @Column(name = "formule", precision = 10, scale = 2, nullable = false)
    private Bedrag formule;

    @Column(name = "prijs", precision = 10, scale = 2, nullable = false)
    private Bedrag prijs;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private InschrijvingStatus status;

    /** Board and start year while under way; null once rejected. Unique in the database. */
    @Column(name = "uniek_sleutel", length = 40, unique = true)
    private String uniekSleutel;

    @Column(name = "aangevraagd_door", length = 120, nullable = false)
    private String aangevraagdDoor;

    @Column(name = "aangevraagd_op", nullable = false)
    private Instant aangevraagdOp;

    @ElementCollection
    @CollectionTable(name = "directieteam_lid", joinColumns = @JoinColumn(name = "inschrijving_id"))
    @OrderColumn(name = "volgnummer")
    private List<DirectieteamLid> leden = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "directieteam_historie", joinColumns = @JoinColumn(name = "inschrijving_id"))
    @OrderColumn(name = "volgnummer")
    @AttributeOverride(name = "op", column = @Column(name = "op", nullable = false))
    private List<Statuswijziging> historie = new ArrayList<>();

    protected DirectieteamInschrijving() {
        // for JPA
    }

    /**
     * Records a board's request at the price the formula gives now.
     *
     * @throws Regelfout for a sector without the programme, no or too many members, a function that
     *         does not fit the board's sector, or a number of work sessions outside 1–20
     */
    public static DirectieteamInschrijving aanvragen(
            Bestuur bestuur,
            Schooljaar startjaar,
            List<DirectieteamLid> leden,
            int werksessies,
            DirectieteamPrijs formule,
            String door,
            Instant op) {
        Objects.requireNonNull(bestuur, "bestuur");
        Sector sector = bestuur.getSector();
        if (DirectieteamFunctie.voor(sector).isEmpty()) {
            throw new Regelfout("directieteam.fout.sector", "no directieteam programme for " + sector);
        }
        if (leden == null || leden.isEmpty() || leden.size() > DirectieteamPrijs.MAX_LEDEN) {
            throw new Regelfout("directieteam.fout.leden", "members: " + (leden == null ? 0 : leden.size()));
        }
        for (DirectieteamLid lid : leden) {
            if (!lid.getFunctie().pastBij(sector)) {
                throw new Regelfout("directieteam.fout.functieSector", lid.getFunctie() + " in " + sector);
            }
        }
        if (werksessies < 1 || werksessies > DirectieteamPrijs.MAX_WERKSESSIES) {
            throw new Regelfout("directieteam.fout.werksessies", "sessions: " + werksessies);
        }
        DirectieteamPrijs.Berekening berekening = formule.bereken(leden.size(), werksessies);
        DirectieteamInschrijving inschrijving = new DirectieteamInschrijving();
        inschrijving.bestuur = bestuur;
        inschrijving.sector = sector;
        inschrijving.startjaar = Objects.requireNonNull(startjaar, "startjaar");
        inschrijving.leden.addAll(leden);
        inschrijving.werksessies = werksessies;
        inschrijving.formule = berekening.getFormule();
        inschrijving.prijs = berekening.getPrijs();
        inschrijving.status = InschrijvingStatus.AANGEVRAAGD;
        inschrijving.uniekSleutel = "D" + bestuur.getBestuursnummer() + "/" + startjaar.startJaar();
        inschrijving.aangevraagdDoor = Objects.requireNonNull(door, "door");
        inschrijving.aangevraagdOp = Objects.requireNonNull(op, "op");
        return inschrijving;
    }

    public void keurGoed(String door, Instant op) {
        wijzig(InschrijvingStatus.GOEDGEKEURD, door, op, null);
    }

    /** Rejects the request with a reason; the board may then request again for that year. */
    public void wijsAf(String door, Instant op, String reden) {
        wijzig(InschrijvingStatus.AFGEWEZEN, door, op, Inschrijving.requireReden(reden));
        uniekSleutel = null;
    }

    private void wijzig(InschrijvingStatus naar, String door, Instant op, String reden) {
        if (!status.getVolgende().contains(naar)) {
            throw new Regelfout("inschrijving.fout.overgang", status + " -> " + naar);
        }
        historie.add(new Statuswijziging(status, naar, Objects.requireNonNull(door, "door"), op, reden));
        status = naar;
    }

    public Long getId() {
        return id;
    }

    public Bestuur getBestuur() {
        return bestuur;
    }

    public Sector getSector() {
        return sector;
    }

    public Schooljaar getStartjaar() {
        return startjaar;
    }

    public int getWerksessies() {
        return werksessies;
    }

    public Bedrag getFormule() {
        return formule;
    }

    public Bedrag getPrijs() {
        return prijs;
    }

    public InschrijvingStatus getStatus() {
        return status;
    }

    public String getAangevraagdDoor() {
        return aangevraagdDoor;
    }

    public Instant getAangevraagdOp() {
        return aangevraagdOp;
    }

    public List<DirectieteamLid> getLeden() {
        return List.copyOf(leden);
    }

    public List<Statuswijziging> getHistorie() {
        return List.copyOf(historie);
    }
}
