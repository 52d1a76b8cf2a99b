package nl.leerkracht.service.coaching;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.leerkracht.domain.coaching.Bijeenkomst;
import nl.leerkracht.domain.coaching.BijeenkomstType;

/** A meeting on the agenda: when, where, what, for which cluster. */
public class BijeenkomstRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private final long id;
    private final String cluster;
    private final BijeenkomstType type;
    private final String titel;
    private final LocalDate datum;
    private final LocalTime van;
    private final LocalTime tot;
    private final String plaats;

    BijeenkomstRow(Bijeenkomst bijeenkomst) {
        this(
                bijeenkomst.getId(),
                bijeenkomst.getCluster().getNaam(),
                bijeenkomst.getType(),
                bijeenkomst.getTitel(),
                bijeenkomst.getDatum(),
                bijeenkomst.getVan(),
                bijeenkomst.getTot(),
                bijeenkomst.getPlaats());
    }

    public BijeenkomstRow(
            long id,
            String cluster,
            BijeenkomstType type,
            String titel,
            LocalDate datum,
            LocalTime van,
            LocalTime tot,
            String plaats) {
        this.id = id;
        this.cluster = cluster;
        this.type = type;
        this.titel = titel;
        this.datum = datum;
        this.van = van;
        this.tot = tot;
        this.plaats = plaats;
    }

    public long getId() {
        return id;
    }

    public String getCluster() {
        return cluster;
    }

    public BijeenkomstType getType() {
        return type;
    }

    public String getTitel() {
        return titel;
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

    public String getPlaats() {
        return plaats;
    }
}
