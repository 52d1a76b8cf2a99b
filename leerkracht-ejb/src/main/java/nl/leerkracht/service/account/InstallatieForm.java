package nl.leerkracht.service.account;

import java.io.Serializable;

/** The first central-team member as they enter themselves on the installation page; the domain checks it. */
public class InstallatieForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private String naam;
    private String email;
    private String gebruikersnaam;
    private String wachtwoord;
    private String herhaling;

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

    public String getGebruikersnaam() {
        return gebruikersnaam;
    }

    public void setGebruikersnaam(String gebruikersnaam) {
        this.gebruikersnaam = gebruikersnaam;
    }

    public String getWachtwoord() {
        return wachtwoord;
    }

    public void setWachtwoord(String wachtwoord) {
        this.wachtwoord = wachtwoord;
    }

    public String getHerhaling() {
        return herhaling;
    }

    public void setHerhaling(String herhaling) {
        this.herhaling = herhaling;
    }
}
