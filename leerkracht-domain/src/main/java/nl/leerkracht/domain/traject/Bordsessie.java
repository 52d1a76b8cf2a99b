package nl.leerkracht.domain.traject;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.domain.shared.Tekst;

/**
 * The weekly short session of a team at its board (one of the four instruments): on which day, who
 * was there, which goals and actions were reviewed. Actions the session ticks off or adds are
 * {@link Actie} rows of the board. One session per team per day, so a double tap stores one.
 */
@Entity
@Table(name = "bordsessie")
public class Bordsessie {

    public static final int NOTITIE_LENGTH = 1000;
    /** How far back a session may be logged afterwards. */
    public static final int MAXIMUM_DAGEN_TERUG = 31;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "traject_id", nullable = false, updatable = false)
    private Traject traject;

    @Column(name = "datum", nullable = false, updatable = false)
    private LocalDate datum;

    @ElementCollection
    @CollectionTable(name = "bordsessie_aanwezige", joinColumns = @JoinColumn(name = "bordsessie_id"))
    @OrderBy("naam")
    private Set<Teamlid> aanwezigen = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(
            name = "bordsessie_doel",
            joinColumns = @JoinColumn(name = "bordsessie_id"),
            inverseJoinColumns = @JoinColumn(name = "doel_id"))
    private Set<Doel> besprokenDoelen = new LinkedHashSet<>();

    @Column(name = "acties_afgerond", nullable = false)
    private int actiesAfgerond;

    @Column(name = "acties_nieuw", nullable = false)
    private int actiesNieuw;

    @Column(name = "notitie", length = NOTITIE_LENGTH)
    private String notitie;

    @Column(name = "door", length = 120, nullable = false, updatable = false)
    private String door;

    @Column(name = "op", nullable = false, updatable = false)
    private Instant op;

    protected Bordsessie() {
        // for JPA
    }

    /**
     * Logs a session, ticks off the actions done and adds the new ones to the board.
     *
     * @param nieuweActies built by the caller for this board; added as they are
     * @return the new actions, to be stored with the session
     * @throws Regelfout for a day in the future, more than {@value #MAXIMUM_DAGEN_TERUG} days ago or
     *         before the trajectory started; nobody present; a goal or action of another board; a
     *         marked-up note
     */
    public static Bordsessie log(
            Traject traject,
            LocalDate datum,
            LocalDate vandaag,
            List<Account> aanwezigen,
            List<Doel> doelen,
            List<Actie> afgerond,
            List<Actie> nieuweActies,
            String notitie,
            String door,
            Instant op) {
        if (datum == null
                || datum.isAfter(vandaag)
                || datum.isBefore(vandaag.minusDays(MAXIMUM_DAGEN_TERUG))
                || datum.isBefore(traject.getGestartOp())) {
            throw new Regelfout("bordsessie.fout.datum", "day " + datum);
        }
        List<Teamlid> gecontroleerd = aanwezigen == null
                ? List.of()
                : aanwezigen.stream()
                        .filter(Objects::nonNull)
                        .distinct()
                        .map(persoon -> Teamlid.van(traject, persoon, "bordsessie.fout.aanwezigen"))
                        .toList();
        if (gecontroleerd.isEmpty()) {
            throw new Regelfout("bordsessie.fout.aanwezigen", "nobody present");
        }
        boolean anderBord = doelen.stream().anyMatch(d -> !d.getTraject().equals(traject))
                || afgerond.stream().anyMatch(a -> !a.getTraject().equals(traject))
                || nieuweActies.stream().anyMatch(a -> !a.getTraject().equals(traject));
        if (anderBord) {
            throw new Regelfout("teambord.fout.anderBord", "goal or action of another board");
        }
        String tekst = notitie == null || notitie.isBlank()
                ? null
                : Tekst.verhaal(notitie, NOTITIE_LENGTH, "bordsessie.fout.notitie", "teambord.fout.markup");
        // Everything is checked: only now does the session change the board.
        Bordsessie sessie = new Bordsessie();
        sessie.traject = traject;
        sessie.datum = datum;
        sessie.aanwezigen.addAll(gecontroleerd);
        sessie.besprokenDoelen.addAll(doelen);
        for (Actie actie : afgerond) {
            if (actie.isOpen()) {
                actie.rondAf(datum);
                sessie.actiesAfgerond++;
            }
        }
        sessie.actiesNieuw = nieuweActies.size();
        sessie.notitie = tekst;
        sessie.door = Objects.requireNonNull(door, "door");
        sessie.op = Objects.requireNonNull(op, "op");
        return sessie;
    }

    public Long getId() {
        return id;
    }

    public Traject getTraject() {
        return traject;
    }

    public LocalDate getDatum() {
        return datum;
    }

    /** Who was there, by name. */
    public List<Teamlid> getAanwezigen() {
        return Collections.unmodifiableList(new ArrayList<>(aanwezigen));
    }

    public Set<Doel> getBesprokenDoelen() {
        return Collections.unmodifiableSet(besprokenDoelen);
    }

    public int getActiesAfgerond() {
        return actiesAfgerond;
    }

    public int getActiesNieuw() {
        return actiesNieuw;
    }

    public String getNotitie() {
        return notitie;
    }

    public String getDoor() {
        return door;
    }
}
