package nl.leerkracht.service.inschrijving;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What joining costs, as the public programme pages show it: the tariffs of the start year a school
 * can enrol for now, and until when it can.
 */
public class KostenView implements Serializable {

    private static final long serialVersionUID = 1L;
    private final String startjaar;
    private final LocalDate sluitingsdatum;
    private final boolean open;
    private final List<TariefRow> tarieven;

    KostenView(String startjaar, LocalDate sluitingsdatum, boolean open, List<TariefRow> tarieven) {
        this.startjaar = startjaar;
        this.sluitingsdatum = sluitingsdatum;
        this.open = open;
        this.tarieven = List.copyOf(tarieven);
    }

    /** The start year shown, e.g. {@code 2027-2028}, or null when no start year has tariffs. */
    public String getStartjaar() {
        return startjaar;
    }

    public LocalDate getSluitingsdatum() {
        return sluitingsdatum;
    }

    /** Whether a school can still enrol for {@link #getStartjaar()}. */
    public boolean isOpen() {
        return open;
    }

    /** The year's tariffs, PO first. */
    public List<TariefRow> getTarieven() {
        return tarieven;
    }
}
