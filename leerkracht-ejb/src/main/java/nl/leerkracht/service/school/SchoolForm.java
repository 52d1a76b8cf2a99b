package nl.leerkracht.service.school;

import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.Sector;

/** A school as the central team edits it in the register's dialog; id null for a new school. */
public class SchoolForm extends AdresForm {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String brin;
    private String naam;
    private Sector sector;
    private Long bestuurId;
    private Double latitude;
    private Double longitude;
    private Integer aantalLeraren;

    public SchoolForm() {}

    static SchoolForm van(School school) {
        SchoolForm invoer = new SchoolForm();
        invoer.id = school.getId();
        invoer.brin = school.getBrin().getCode();
        invoer.naam = school.getNaam();
        invoer.sector = school.getSector();
        invoer.bestuurId = school.getBestuur().getId();
        invoer.vulAdres(school.getAdres());
        invoer.latitude = school.getAdres().getLatitude();
        invoer.longitude = school.getAdres().getLongitude();
        invoer.aantalLeraren = school.getAantalLeraren();
        return invoer;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getBrin() {
        return brin;
    }

    public void setBrin(String brin) {
        this.brin = brin;
    }

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = naam;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public Long getBestuurId() {
        return bestuurId;
    }

    public void setBestuurId(Long bestuurId) {
        this.bestuurId = bestuurId;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public Integer getAantalLeraren() {
        return aantalLeraren;
    }

    public void setAantalLeraren(Integer aantalLeraren) {
        this.aantalLeraren = aantalLeraren;
    }
}
