package nl.leerkracht.service.publiek;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.leerkracht.domain.publiek.Informatiebijeenkomst;
import nl.leerkracht.domain.school.Adres;

/** An information meeting as a list shows it: when, where, and how many places are left. */
public class InformatiebijeenkomstRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private final long id;
    private final LocalDate datum;
    private final LocalTime van;
    private final LocalTime tot;
    private final long schoolId;
    private final String school;
    private final String adres;
    private final String plaats;
    private final String omschrijving;
    private final int capaciteit;
    private final long aangemeld;
    private final long wachtend;
    private final boolean geannuleerd;

    InformatiebijeenkomstRow(Informatiebijeenkomst bijeenkomst, long aangemeld, long wachtend) {
        this.id = bijeenkomst.getId();
        this.datum = bijeenkomst.getDatum();
        this.van = bijeenkomst.getVan();
        this.tot = bijeenkomst.getTot();
        this.schoolId = bijeenkomst.getSchool().getId();
        this.school = bijeenkomst.getSchool().getNaam();
        Adres plek = bijeenkomst.getSchool().getAdres();
        this.adres = plek.toString();
        this.plaats = plek.getPlaats();
        this.omschrijving = bijeenkomst.getOmschrijving();
        this.capaciteit = bijeenkomst.getCapaciteit();
        this.aangemeld = aangemeld;
        this.wachtend = wachtend;
        this.geannuleerd = bijeenkomst.isGeannuleerd();
    }

    public long getId() {
        return id;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public LocalTime getVan() {
        return van;
    }

    public LocalTime getTot() {
        return tot;
    }

    public long getSchoolId() {
        return schoolId;
    }

    public String getSchool() {
        return school;
    }

    public String getAdres() {
        return adres;
    }

    public String getPlaats() {
        return plaats;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public int getCapaciteit() {
        return capaciteit;
    }

    public long getAangemeld() {
        return aangemeld;
    }

    public long getWachtend() {
        return wachtend;
    }

    public long getPlaatsenVrij() {
        return Math.max(0, capaciteit - aangemeld);
    }

    public boolean isVol() {
        return getPlaatsenVrij() == 0;
    }

    public boolean isGeannuleerd() {
        return geannuleerd;
    }
}
