package nl.leerkracht.service.account;

import java.io.Serializable;
import nl.leerkracht.domain.account.Rol;

/** What the invitation page shows the invitee before they choose a password. */
public class UitnodigingView implements Serializable {

    private static final long serialVersionUID = 1L;
    private final String naam;
    private final String gebruikersnaam;
    private final String email;
    private final Rol rol;

    public UitnodigingView(String naam, String gebruikersnaam, String email, Rol rol) {
        this.naam = naam;
        this.gebruikersnaam = gebruikersnaam;
        this.email = email;
        this.rol = rol;
    }

    public String getNaam() {
        return naam;
    }

    public String getGebruikersnaam() {
        return gebruikersnaam;
    }

    public String getEmail() {
        return email;
    }

    public Rol getRol() {
        return rol;
    }
}
