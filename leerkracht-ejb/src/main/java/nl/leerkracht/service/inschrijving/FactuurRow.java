package nl.leerkracht.service.inschrijving;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.leerkracht.domain.inschrijving.Factuur;

/** An invoice as lists, the PDF and the bookkeeping export show it. */
public class FactuurRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private final Long id;
    private final String nummer;
    private final Factuur.Soort soort;
    private final Long inschrijvingId;
    private final int programmajaar;
    private final String schooljaar;
    private final LocalDate datum;
    private final int factureerbareLeraren;
    private final BigDecimal tariefPerLeraar;
    private final BigDecimal bedrag;
    private final String debiteur;
    private final String eenheid;
    private final String brin;
    private final String adres;
    private final String bestuur;
    private final String crediteertNummer;
    private final String reden;
    private final boolean gecrediteerd;

    FactuurRow(Factuur factuur) {
        this.id = factuur.getId();
        this.nummer = factuur.getNummer();
        this.soort = factuur.getSoort();
        this.inschrijvingId = factuur.getInschrijving().getId();
        this.programmajaar = factuur.getProgrammajaar();
        this.schooljaar = factuur.getSchooljaar().toString();
        this.datum = factuur.getDatum();
        this.factureerbareLeraren = factuur.getFactureerbareLeraren();
        this.tariefPerLeraar = factuur.getTariefPerLeraar().getWaarde();
        this.bedrag = factuur.getBedrag().getWaarde();
        this.debiteur = factuur.getDebiteur();
        this.eenheid = factuur.getEenheid();
        this.brin = factuur.getBrin();
        this.adres = factuur.getAdres();
        this.bestuur = factuur.getBestuur();
        this.crediteertNummer =
                factuur.getCrediteert() == null ? null : factuur.getCrediteert().getNummer();
        this.reden = factuur.getReden();
        this.gecrediteerd = factuur.isGecrediteerd();
    }

    public Long getId() {
        return id;
    }

    public String getNummer() {
        return nummer;
    }

    public Factuur.Soort getSoort() {
        return soort;
    }

    public boolean isCredit() {
        return soort == Factuur.Soort.CREDITFACTUUR;
    }

    public Long getInschrijvingId() {
        return inschrijvingId;
    }

    public int getProgrammajaar() {
        return programmajaar;
    }

    public String getSchooljaar() {
        return schooljaar;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public java.util.Date getDatumAlsDate() {
        return java.sql.Date.valueOf(datum);
    }

    public int getFactureerbareLeraren() {
        return factureerbareLeraren;
    }

    public BigDecimal getTariefPerLeraar() {
        return tariefPerLeraar;
    }

    public BigDecimal getBedrag() {
        return bedrag;
    }

    public String getDebiteur() {
        return debiteur;
    }

    public String getEenheid() {
        return eenheid;
    }

    public String getBrin() {
        return brin;
    }

    public String getAdres() {
        return adres;
    }

    public String getBestuur() {
        return bestuur;
    }

    /** For a credit invoice: the number of the invoice it corrects. */
    public String getCrediteertNummer() {
        return crediteertNummer;
    }

    public String getReden() {
        return reden;
    }

    public boolean isGecrediteerd() {
        return gecrediteerd;
    }
}
