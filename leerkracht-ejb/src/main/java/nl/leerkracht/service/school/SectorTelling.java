package nl.leerkracht.service.school;

import java.io.Serializable;
import nl.leerkracht.domain.school.Sector;

/** How many schools and teachers a sector has in the register. */
public class SectorTelling implements Serializable {

    private static final long serialVersionUID = 1L;
    private final Sector sector;
    private final long scholen;
    private final long leraren;

    public SectorTelling(Sector sector, long scholen, long leraren) {
        this.sector = sector;
        this.scholen = scholen;
        this.leraren = leraren;
    }

    public Sector getSector() {
        return sector;
    }

    public long getScholen() {
        return scholen;
    }

    public long getLeraren() {
        return leraren;
    }
}
