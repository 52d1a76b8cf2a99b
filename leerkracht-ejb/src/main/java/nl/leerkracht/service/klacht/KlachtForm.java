package nl.leerkracht.service.klacht;

import java.io.Serializable;
import nl.leerkracht.domain.klacht.KlachtOnderwerp;

/** A complaint as the public form enters it; the domain checks it. */
public class KlachtForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private String naam;
    private String email;
    private KlachtOnderwerp onderwerp;
    private String omschrijving;

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = naam;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public KlachtOnderwerp getOnderwerp() {
        return onderwerp;
    }

    public void setOnderwerp(KlachtOnderwerp onderwerp) {
        this.onderwerp = onderwerp;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public void setOmschrijving(String omschrijving) {
        this.omschrijving = omschrijving;
    }
}
