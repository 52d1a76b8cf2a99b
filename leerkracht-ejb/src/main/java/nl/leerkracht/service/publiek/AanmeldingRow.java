package nl.leerkracht.service.publiek;

import java.io.Serializable;
import java.time.Instant;
import nl.leerkracht.domain.publiek.AanmeldRol;
import nl.leerkracht.domain.publiek.Aanmelding;
import nl.leerkracht.domain.publiek.AanmeldingStatus;

/** One registration for a meeting, as the central team sees and exports it. */
public class AanmeldingRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private final long id;
    private final String naam;
    private final String email;
    private final String organisatie;
    private final AanmeldRol rol;
    private final AanmeldingStatus status;
    private final Instant aangemeldOp;

    AanmeldingRow(Aanmelding aanmelding) {
        this.id = aanmelding.getId();
        this.naam = aanmelding.getNaam();
        this.email = aanmelding.getEmail();
        this.organisatie = aanmelding.getOrganisatie();
        this.rol = aanmelding.getRol();
        this.status = aanmelding.getStatus();
        this.aangemeldOp = aanmelding.getAangemeldOp();
    }

    public long getId() {
        return id;
    }

    public String getNaam() {
        return naam;
    }

    public String getEmail() {
        return email;
    }

    public String getOrganisatie() {
        return organisatie;
    }

    public AanmeldRol getRol() {
        return rol;
    }

    public AanmeldingStatus getStatus() {
        return status;
    }

    public Instant getAangemeldOp() {
        return aangemeldOp;
    }
}
