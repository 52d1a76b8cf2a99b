package nl.leerkracht.service.inschrijving;

import java.io.Serializable;
import java.math.BigDecimal;
import nl.leerkracht.domain.inschrijving.Tarief;
import nl.leerkracht.domain.school.Sector;

/** One tariff as a row of the tariff table. */
public class TariefRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private final Long id;
    private final Sector sector;
    private final String startjaar;
    private final BigDecimal jaar1;
    private final BigDecimal jaar2;
    private final BigDecimal vervolgPlafond;
    private final Integer minimumLeraren;
    private final Integer maximumLeraren;

    TariefRow(Tarief tarief) {
        this.id = tarief.getId();
        this.sector = tarief.getSector();
        this.startjaar = tarief.getStartjaar().toString();
        this.jaar1 = tarief.getJaar1().getWaarde();
        this.jaar2 = tarief.getJaar2() == null ? null : tarief.getJaar2().getWaarde();
        this.vervolgPlafond = tarief.getVervolgPlafond() == null
                ? null
                : tarief.getVervolgPlafond().getWaarde();
        this.minimumLeraren = tarief.getMinimumLeraren();
        this.maximumLeraren = tarief.getMaximumLeraren();
    }

    public Long getId() {
        return id;
    }

    public Sector getSector() {
        return sector;
    }

    public boolean isPo() {
        return sector == Sector.PO;
    }

    public String getStartjaar() {
        return startjaar;
    }

    public BigDecimal getJaar1() {
        return jaar1;
    }

    public BigDecimal getJaar2() {
        return jaar2;
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
}
