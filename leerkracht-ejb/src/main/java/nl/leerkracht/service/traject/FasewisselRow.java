package nl.leerkracht.service.traject;

import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import nl.leerkracht.domain.traject.Fase;
import nl.leerkracht.domain.traject.Fasewissel;

/** A step of the phase history. */
public class FasewisselRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Fase van;
    private final Fase naar;
    private final String evaluatie;
    private final String reden;
    private final String door;
    private final Instant op;
    private final boolean terug;

    FasewisselRow(Fasewissel wissel) {
        this.van = wissel.getVan();
        this.naar = wissel.getNaar();
        this.evaluatie = wissel.getEvaluatie();
        this.reden = wissel.getReden();
        this.door = wissel.getDoor();
        this.op = wissel.getOp();
        this.terug = wissel.isTerug();
    }

    public Fase getVan() {
        return van;
    }

    public Fase getNaar() {
        return naar;
    }

    public String getEvaluatie() {
        return evaluatie;
    }

    public String getReden() {
        return reden;
    }

    public String getDoor() {
        return door;
    }

    public Date getOp() {
        return op == null ? null : Date.from(op);
    }

    public boolean isTerug() {
        return terug;
    }
}
