package nl.leerkracht.service.inschrijving;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import nl.leerkracht.domain.inschrijving.Offerte;
import nl.leerkracht.domain.school.Sector;

/** A fee quote as screens and the REST API show it: per programme year, and the total. */
public class OfferteView implements Serializable {

    private static final long serialVersionUID = 1L;
    private final Sector sector;
    private final String startjaar;
    private final int opgegevenLeraren;
    private final List<Jaar> jaren;
    private final BigDecimal totaal;
    private final boolean volledig;
    private final BigDecimal vervolgPlafond;
    private final Integer minimumLeraren;
    private final Integer maximumLeraren;

    OfferteView(Sector sector, String startjaar, Offerte offerte) {
        this.sector = sector;
        this.startjaar = startjaar;
        this.opgegevenLeraren = offerte.getOpgegevenLeraren();
        this.jaren = offerte.getRegels().stream().map(Jaar::new).toList();
        this.totaal = offerte.getTotaal().getWaarde();
        this.volledig = offerte.isVolledig();
        this.vervolgPlafond = offerte.getVoorwaarden().getVervolgPlafond() == null
                ? null
                : offerte.getVoorwaarden().getVervolgPlafond().getWaarde();
        this.minimumLeraren = offerte.getVoorwaarden().getMinimumLeraren();
        this.maximumLeraren = offerte.getVoorwaarden().getMaximumLeraren();
    }

    public Sector getSector() {
        return sector;
    }

    public String getStartjaar() {
        return startjaar;
    }

    public int getOpgegevenLeraren() {
        return opgegevenLeraren;
    }

    public List<Jaar> getJaren() {
        return jaren;
    }

    /** The sum of what is known now; for PO year 1 only. */
    public BigDecimal getTotaal() {
        return totaal;
    }

    /** False for PO, whose year 2 is agreed later. */
    public boolean isVolledig() {
        return volledig;
    }

    public BigDecimal getVervolgPlafond() {
        return vervolgPlafond;
    }

    public Integer getMinimumLeraren() {
        return minimumLeraren;
    }

    public Integer getMaximumLeraren() {
        return maximumLeraren;
    }

    /** One programme year of the quote. */
    public static class Jaar implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int programmajaar;
        private final int factureerbareLeraren;
        private final BigDecimal tariefPerLeraar;
        private final BigDecimal bedrag;
        private final Offerte.Grondslag grondslag;

        Jaar(Offerte.Programmajaar regel) {
            this.programmajaar = regel.getProgrammajaar();
            this.factureerbareLeraren = regel.getFactureerbareLeraren();
            this.tariefPerLeraar = regel.getTariefPerLeraar() == null
                    ? null
                    : regel.getTariefPerLeraar().getWaarde();
            this.bedrag = regel.getBedrag() == null ? null : regel.getBedrag().getWaarde();
            this.grondslag = regel.getGrondslag();
        }

        public int getProgrammajaar() {
            return programmajaar;
        }

        public int getFactureerbareLeraren() {
            return factureerbareLeraren;
        }

        /** Null when agreed later (PO year 2). */
        public BigDecimal getTariefPerLeraar() {
            return tariefPerLeraar;
        }

        /** Null when agreed later (PO year 2). */
        public BigDecimal getBedrag() {
            return bedrag;
        }

        /** The rule that applied: AANTAL, MINIMUM, MAXIMUM or VERVOLG_IN_OVERLEG. */
        public Offerte.Grondslag getGrondslag() {
            return grondslag;
        }
    }
}
