package nl.leerkracht.service.school;

import java.io.Serializable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How far a running import is, shared between the import (on its own thread) and the page that
 * polls it; the report once it is done.
 */
public class ImportVoortgang implements Serializable {

    private static final long serialVersionUID = 1L;
    private final AtomicInteger verwerkt = new AtomicInteger();
    private volatile int totaal;
    private volatile ImportVerslag verslag;

    void begin(int rijen) {
        totaal = rijen;
    }

    void stap() {
        verwerkt.incrementAndGet();
    }

    void klaar(ImportVerslag uitkomst) {
        verslag = uitkomst;
    }

    public int getVerwerkt() {
        return verwerkt.get();
    }

    public int getTotaal() {
        return totaal;
    }

    /** 0–100. */
    public int getProcent() {
        int van = totaal;
        return van == 0 ? (verslag == null ? 0 : 100) : Math.min(100, verwerkt.get() * 100 / van);
    }

    public boolean isKlaar() {
        return verslag != null;
    }

    public ImportVerslag getVerslag() {
        return verslag;
    }
}
