package nl.leerkracht.service.traject;

import java.io.Serializable;
import java.time.LocalDate;
import nl.leerkracht.domain.traject.Terugblik;

/** A look-back. */
public class TerugblikRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final LocalDate datum;
    private final boolean opKoers;
    private final String toelichting;
    private final String door;

    TerugblikRow(Terugblik terugblik) {
        this.datum = terugblik.getDatum();
        this.opKoers = terugblik.isOpKoers();
        this.toelichting = terugblik.getToelichting();
        this.door = terugblik.getDoor();
    }

    public LocalDate getDatum() {
        return datum;
    }

    public boolean isOpKoers() {
        return opKoers;
    }

    public String getToelichting() {
        return toelichting;
    }

    public String getDoor() {
        return door;
    }
}
