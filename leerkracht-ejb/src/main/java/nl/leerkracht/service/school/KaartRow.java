package nl.leerkracht.service.school;

import java.io.Serializable;
import nl.leerkracht.domain.school.Sector;

/** One participating school as the public map shows it: never a person, only the school and where it is. */
public class KaartRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private final long id;
    private final String naam;
    private final String plaats;
    private final String postcode;
    private final Sector sector;
    private final double latitude;
    private final double longitude;

    public KaartRow(
            long id, String naam, String plaats, String postcode, Sector sector, Double latitude, Double longitude) {
        this.id = id;
        this.naam = naam;
        this.plaats = plaats;
        this.postcode = postcode;
        this.sector = sector;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public long getId() {
        return id;
    }

    public String getNaam() {
        return naam;
    }

    public String getPlaats() {
        return plaats;
    }

    public String getPostcode() {
        return postcode;
    }

    public Sector getSector() {
        return sector;
    }

    public double getLatitude() {
        return latitude;
    }

    public double getLongitude() {
        return longitude;
    }
}
