package nl.leerkracht.domain.inschrijving;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.school.Team;
import nl.leerkracht.domain.school.Vestiging;
import nl.leerkracht.domain.shared.Bedrag;
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.domain.shared.Schooljaar;

/**
 * A school's request to follow the programme from one start year, and what became of it
 * (domain.md §4). The unit that enrols depends on the sector: the school (PO), one of its
 * vestigingen (VO) or one of its teams (MBO, HBO). One enrolment per unit and start year: while
 * one is under way (not rejected) it claims its {@link #getUniekSleutel() key}, which the database
 * keeps unique. The enrolment keeps the tariff terms of its start year as they were on the day it
 * was submitted, so later corrections of the tariff never change it. Every status change is kept
 * with who made it, when and why.
 */
@Entity
@Table(name = "inschrijving")
public class Inschrijving {

    public static final int MAX_AANJAGERS = 10;
    public static final int REDEN_LENGTH = Statuswijziging.REDEN_LENGTH;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id", nullable = false)
    private School school;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "vestiging_id")
    private Vestiging vestiging;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    @Enumerated(EnumType.STRING)
    @Column(name = "sector", length = 12, nullable = false)
    private Sector sector;

    @Column(name = "eenheid_naam", length = 150, nullable = false)
    private String eenheidNaam;

    @Column(name = "startjaar", nullable = false)
    private Schooljaar startjaar;

    @Column(name = "aantal_leraren", nullable = false)
    private int aantalLeraren;

    @Embedded
    private Tariefvoorwaarden voorwaarden;

    @Column(name = "vervolgbedrag", precision = 10, scale = 2)
    private Bedrag vervolgbedrag;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private InschrijvingStatus status;

    /** The unit and start year while the enrolment is under way; null once rejected. Unique in the database. */
    @Column(name = "uniek_sleutel", length = 40, unique = true)
    private String uniekSleutel;

    @Embedded
    private Aanvrager aanvrager;

    @ElementCollection
    @CollectionTable(name = "inschrijving_kernteam", joinColumns = @JoinColumn(name = "inschrijving_id"))
    @OrderColumn(name = "volgnummer")
    private List<Kernteamlid> kernteam = new ArrayList<>();

    @Column(name = "besluit_samen", nullable = false)
    private boolean besluitSamen;

    @Column(name = "tijd_ingeroosterd", nullable = false)
    private boolean tijdIngeroosterd;

    @Column(name = "schoolleidersregister", nullable = false)
    private boolean schoolleidersregister;

    @Column(name = "aangevraagd_op", nullable = false)
    private Instant aangevraagdOp;

    @ElementCollection
    @CollectionTable(name = "inschrijving_historie", joinColumns = @JoinColumn(name = "inschrijving_id"))
    @OrderColumn(name = "volgnummer")
    @AttributeOverride(name = "op", column = @Column(name = "op", nullable = false))
    private List<Statuswijziging> historie = new ArrayList<>();

    protected Inschrijving() {
        // for JPA
    }

    /**
     * Records a request. Checks that the unit fits the sector, that the tariff is the one of this
     * sector and start year, that the team and leadership decided together and scheduled the time,
     * and that there is one schoolcoach and at least one aanjager.
     *
     * @param vestiging the location that enrols, for VO; null otherwise
     * @param team the team that enrols, for MBO and HBO; null otherwise
     * @throws Regelfout naming the rule that refused the request
     */
    public static Inschrijving aanvragen(
            School school,
            Vestiging vestiging,
            Team team,
            Tarief tarief,
            int aantalLeraren,
            Aanvrager aanvrager,
            List<Kernteamlid> kernteam,
            Bevestiging bevestiging,
            Instant op) {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(tarief, "tarief");
        Inschrijving inschrijving = new Inschrijving();
        inschrijving.school = school;
        inschrijving.sector = school.getSector();
        switch (school.getSector().getInschrijfeenheid()) {
            case SCHOOL -> {
                if (vestiging != null || team != null) {
                    throw new Regelfout("inschrijving.fout.eenheid", "PO enrols as a whole school");
                }
                inschrijving.eenheidNaam = school.getNaam();
            }
            case VESTIGING -> {
                if (vestiging == null || team != null || !school.equals(vestiging.getSchool())) {
                    throw new Regelfout("inschrijving.fout.vestiging", "VO enrols per vestiging of the school");
                }
                inschrijving.vestiging = vestiging;
                inschrijving.eenheidNaam = vestiging.getNaam();
            }
            case TEAM -> {
                if (team == null || vestiging != null || !school.equals(team.getSchool())) {
                    throw new Regelfout("inschrijving.fout.team", "MBO and HBO enrol per team of the school");
                }
                inschrijving.team = team;
                inschrijving.eenheidNaam = team.getNaam();
            }
        }
        if (tarief.getSector() != school.getSector()) {
            throw new IllegalArgumentException(
                    "Tariff of " + tarief.getSector() + " for a " + school.getSector() + " school");
        }
        if (aantalLeraren < 1 || aantalLeraren > School.MAX_LERAREN) {
            throw new Regelfout("inschrijving.fout.leraren", "teachers: " + aantalLeraren);
        }
        if (!bevestiging.besluitSamen() || !bevestiging.tijdIngeroosterd()) {
            throw new Regelfout("inschrijving.fout.bevestiging", "decided together / time scheduled not confirmed");
        }
        long coaches = kernteam.stream()
                .filter(k -> k.getRol() == Kernteamlid.Kernteamrol.SCHOOLCOACH)
                .count();
        long aanjagers = kernteam.stream()
                .filter(k -> k.getRol() == Kernteamlid.Kernteamrol.AANJAGER)
                .count();
        if (coaches != 1) {
            throw new Regelfout("inschrijving.fout.schoolcoach", coaches + " schoolcoaches");
        }
        if (aanjagers < 1 || aanjagers > MAX_AANJAGERS) {
            throw new Regelfout("inschrijving.fout.aanjagers", aanjagers + " aanjagers");
        }
        inschrijving.startjaar = tarief.getStartjaar();
        inschrijving.aantalLeraren = aantalLeraren;
        inschrijving.voorwaarden = tarief.getVoorwaarden();
        inschrijving.aanvrager = Objects.requireNonNull(aanvrager, "aanvrager");
        inschrijving.kernteam.addAll(kernteam);
        inschrijving.besluitSamen = true;
        inschrijving.tijdIngeroosterd = true;
        // The Schoolleidersregister PO certificate exists for PO only.
        inschrijving.schoolleidersregister = bevestiging.schoolleidersregister() && school.getSector() == Sector.PO;
        inschrijving.aangevraagdOp = Objects.requireNonNull(op, "op");
        inschrijving.status = InschrijvingStatus.AANGEVRAAGD;
        inschrijving.uniekSleutel = inschrijving.sleutel();
        inschrijving.historie.add(
                new Statuswijziging(null, InschrijvingStatus.AANGEVRAAGD, aanvrager.getNaam(), op, null));
        return inschrijving;
    }

    /** The key of the unit and start year, e.g. {@code V12/2027} for vestiging 12 starting in 2027-2028. */
    private String sleutel() {
        String eenheid = switch (sector.getInschrijfeenheid()) {
            case SCHOOL -> "S" + school.getId();
            case VESTIGING -> "V" + vestiging.getId();
            case TEAM -> "T" + team.getId();
        };
        return eenheid + "/" + startjaar.startJaar();
    }

    /** The central team approves the request; the trajectory will start on 1 September. */
    public void keurGoed(String door, Instant op) {
        wijzig(InschrijvingStatus.GOEDGEKEURD, door, op, null);
    }

    /** The central team rejects the request, with the reason the school is told; the unit may ask again. */
    public void wijsAf(String door, Instant op, String reden) {
        wijzig(InschrijvingStatus.AFGEWEZEN, door, op, requireReden(reden));
        uniekSleutel = null;
    }

    /**
     * The trajectory starts: not before 1 September of the start year.
     *
     * @throws Regelfout before the start date
     */
    public void activeer(String door, Instant op, LocalDate vandaag) {
        if (vandaag.isBefore(startjaar.getTrajectStart())) {
            throw new Regelfout("inschrijving.fout.nogNietGestart", "starts " + startjaar.getTrajectStart());
        }
        wijzig(InschrijvingStatus.ACTIEF, door, op, null);
    }

    /** The trajectory has been followed to its end. */
    public void rondAf(String door, Instant op) {
        wijzig(InschrijvingStatus.AFGEROND, door, op, null);
    }

    /** The school stops before the end (or does not start after approval), with the reason. */
    public void stop(String door, Instant op, String reden) {
        wijzig(InschrijvingStatus.GESTOPT, door, op, requireReden(reden));
    }

    /**
     * Records the follow-up agreed at the end of a PO trajectory's first year: at most the ceiling
     * of the terms the enrolment started with.
     *
     * @throws Regelfout when this is not PO, not approved, or the amount is above the ceiling
     */
    public void spreekVervolgAf(Bedrag perLeraar) {
        if (voorwaarden.isTweejarig()) {
            throw new Regelfout("inschrijving.fout.vervolgNietPo", "only PO agrees its follow-up");
        }
        if (!status.isFactureerbaar()) {
            throw new Regelfout("inschrijving.fout.vervolgStatus", "status " + status);
        }
        try {
            vervolgbedrag = voorwaarden.checkVervolgbedrag(perLeraar);
        } catch (IllegalArgumentException e) {
            throw new Regelfout("inschrijving.fout.vervolgPlafond", e.getMessage());
        }
    }

    private void wijzig(InschrijvingStatus naar, String door, Instant op, String reden) {
        if (!status.getVolgende().contains(naar)) {
            throw new Regelfout("inschrijving.fout.overgang", status + " -> " + naar);
        }
        historie.add(new Statuswijziging(status, naar, Objects.requireNonNull(door, "door"), op, reden));
        status = naar;
    }

    /** A reason for a rejection or stop: there, and at most 1,000 characters. */
    static String requireReden(String reden) {
        if (reden == null || reden.isBlank()) {
            throw new Regelfout("inschrijving.fout.reden", "a reason is required");
        }
        if (reden.trim().length() > REDEN_LENGTH) {
            throw new Regelfout("inschrijving.fout.redenTeLang", "reason too long");
        }
        return reden.trim();
    }

    /** The fee quote on the terms this enrolment keeps. */
    public Offerte getOfferte() {
        return Offerte.voor(voorwaarden, aantalLeraren);
    }

    /**
     * What a programme year costs per teacher: the terms' amount, or for PO year 2 the agreed follow-up.
     *
     * @return null when PO's follow-up has not been agreed yet
     */
    public Bedrag tariefVoorJaar(int programmajaar) {
        return switch (programmajaar) {
            case 1 -> voorwaarden.getJaar1();
            case 2 -> voorwaarden.isTweejarig() ? voorwaarden.getJaar2() : vervolgbedrag;
            default -> throw new IllegalArgumentException("A programme has years 1 and 2: " + programmajaar);
        };
    }

    /** The school year in which a programme year falls. */
    public Schooljaar schooljaarVan(int programmajaar) {
        return programmajaar == 1 ? startjaar : startjaar.volgende();
    }

    /** The number of teachers on which the invoices are based. */
    public int getFactureerbareLeraren() {
        return voorwaarden.factureerbareLeraren(aantalLeraren);
    }

    public Long getId() {
        return id;
    }

    public School getSchool() {
        return school;
    }

    /** VO only. */
    public Vestiging getVestiging() {
        return vestiging;
    }

    /** MBO and HBO only. */
    public Team getTeam() {
        return team;
    }

    public Sector getSector() {
        return sector;
    }

    /** The school, vestiging or team that enrolled, by name. */
    public String getEenheidNaam() {
        return eenheidNaam;
    }

    public Schooljaar getStartjaar() {
        return startjaar;
    }

    public int getAantalLeraren() {
        return aantalLeraren;
    }

    public Tariefvoorwaarden getVoorwaarden() {
        return voorwaarden;
    }

    /** PO's agreed follow-up per teacher; null until agreed, and for other sectors. */
    public Bedrag getVervolgbedrag() {
        return vervolgbedrag;
    }

    public InschrijvingStatus getStatus() {
        return status;
    }

    public String getUniekSleutel() {
        return uniekSleutel;
    }

    public Aanvrager getAanvrager() {
        return aanvrager;
    }

    public List<Kernteamlid> getKernteam() {
        return Collections.unmodifiableList(kernteam);
    }

    public boolean isBesluitSamen() {
        return besluitSamen;
    }

    public boolean isTijdIngeroosterd() {
        return tijdIngeroosterd;
    }

    public boolean isSchoolleidersregister() {
        return schoolleidersregister;
    }

    public Instant getAangevraagdOp() {
        return aangevraagdOp;
    }

    public List<Statuswijziging> getHistorie() {
        return Collections.unmodifiableList(historie);
    }

    /** What the school confirms before it submits (domain.md §3, §5). */
    public record Bevestiging(boolean besluitSamen, boolean tijdIngeroosterd, boolean schoolleidersregister) {}
}
