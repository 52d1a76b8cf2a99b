package nl.leerkracht.service.traject;

import java.io.Serializable;
import java.time.LocalDate;
import nl.leerkracht.domain.traject.Succes;

/** A success on the board. */
public class SuccesRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String omschrijving;
    private final LocalDate datum;
    private final String door;

    SuccesRow(Succes succes) {
        this.omschrijving = succes.getOmschrijving();
        this.datum = succes.getDatum();
        this.door = succes.getDoor();
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public String getDoor() {
        return door;
    }
}
