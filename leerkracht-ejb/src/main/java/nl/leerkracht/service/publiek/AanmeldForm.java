package nl.leerkracht.service.publiek;

import java.io.Serializable;
import nl.leerkracht.domain.publiek.AanmeldRol;

/** A registration for an information meeting as someone types it; the domain checks each field. */
public class AanmeldForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private String naam;
    private String email;
    private String organisatie;
    private AanmeldRol rol;

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

    public String getOrganisatie() {
        return organisatie;
    }

    public void setOrganisatie(String organisatie) {
        this.organisatie = organisatie;
    }

    public AanmeldRol getRol() {
        return rol;
    }

    public void setRol(AanmeldRol rol) {
        this.rol = rol;
    }
}
