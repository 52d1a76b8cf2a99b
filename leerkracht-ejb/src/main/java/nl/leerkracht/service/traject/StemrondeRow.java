package nl.leerkracht.service.traject;

import java.io.Serializable;
import java.time.LocalDate;
import nl.leerkracht.domain.traject.StemVanDeLeerling;

/** A student-voice round. */
public class StemrondeRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final LocalDate datum;
    private final String groep;
    private final String vraag;
    private final String uitkomst;
    private final String doel;

    StemrondeRow(StemVanDeLeerling ronde) {
        this.datum = ronde.getDatum();
        this.groep = ronde.getGroep();
        this.vraag = ronde.getVraag();
        this.uitkomst = ronde.getUitkomst();
        this.doel = ronde.getDoel() == null ? null : ronde.getDoel().getOmschrijving();
    }

    public LocalDate getDatum() {
        return datum;
    }

    public String getGroep() {
        return groep;
    }

    public String getVraag() {
        return vraag;
    }

    public String getUitkomst() {
        return uitkomst;
    }

    public String getDoel() {
        return doel;
    }
}
