package nl.leerkracht.service.inschrijving;

import java.io.Serializable;
import java.time.LocalDate;

/** A start year with tariffs: until when schools can enrol for it, and whether that is still so. */
public class StartjaarRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private final String startjaar;
    private final LocalDate sluitingsdatum;
    private final boolean open;
    private final boolean standaard;

    StartjaarRow(String startjaar, LocalDate sluitingsdatum, boolean open, boolean standaard) {
        this.startjaar = startjaar;
        this.sluitingsdatum = sluitingsdatum;
        this.open = open;
        this.standaard = standaard;
    }

    public String getStartjaar() {
        return startjaar;
    }

    public LocalDate getSluitingsdatum() {
        return sluitingsdatum;
    }

    public boolean isOpen() {
        return open;
    }

    /** Whether the closing date is the default, 1 September of the start year. */
    public boolean isStandaard() {
        return standaard;
    }
}
