package nl.leerkracht.service.document;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import nl.leerkracht.domain.document.Instrument;
import nl.leerkracht.domain.document.Sessiedocument;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.traject.Fase;

/** A document in a list, with its newest version and, for the central team, how often it was downloaded. */
public class DocumentRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private final long id;
    private final String titel;
    private final Fase fase;
    private final Instrument instrument;
    private final Sector sector;
    private final Long bijeenkomstId;
    private final String bijeenkomst;
    private final LocalDate bijeenkomstDatum;
    private final int versie;
    private final String bestandsnaam;
    private final long grootte;
    private final Instant geplaatstOp;
    private final long downloads;

    DocumentRow(Sessiedocument document, Object[] laatste, long downloads) {
        this.id = document.getId();
        this.titel = document.getTitel();
        this.fase = document.getFase();
        this.instrument = document.getInstrument();
        this.sector = document.getSector();
        this.bijeenkomstId = document.getBijeenkomst() == null
                ? null
                : document.getBijeenkomst().getId();
        this.bijeenkomst = document.getBijeenkomst() == null
                ? null
                : document.getBijeenkomst().getTitel();
        this.bijeenkomstDatum = document.getBijeenkomst() == null
                ? null
                : document.getBijeenkomst().getDatum();
        // The newest version without its content: versie, bestandsnaam, grootte, op (DocumentService.LAATSTE).
        this.versie = ((Number) laatste[1]).intValue();
        this.bestandsnaam = (String) laatste[2];
        this.grootte = ((Number) laatste[3]).longValue();
        this.geplaatstOp = (Instant) laatste[4];
        this.downloads = downloads;
    }

    public long getId() {
        return id;
    }

    public String getTitel() {
        return titel;
    }

    public Fase getFase() {
        return fase;
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public Sector getSector() {
        return sector;
    }

    public Long getBijeenkomstId() {
        return bijeenkomstId;
    }

    public String getBijeenkomst() {
        return bijeenkomst;
    }

    public LocalDate getBijeenkomstDatum() {
        return bijeenkomstDatum;
    }

    public int getVersie() {
        return versie;
    }

    public String getBestandsnaam() {
        return bestandsnaam;
    }

    /** The size in kB, at least 1. */
    public long getGrootteKb() {
        return Math.max(1, (grootte + 1023) / 1024);
    }

    public Date getGeplaatstOp() {
        return Date.from(geplaatstOp);
    }

    public long getDownloads() {
        return downloads;
    }
}
