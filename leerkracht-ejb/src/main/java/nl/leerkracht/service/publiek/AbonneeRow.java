package nl.leerkracht.service.publiek;

import java.io.Serializable;
import java.time.Instant;

/** A confirmed newsletter subscriber as the central team exports it. */
public final class AbonneeRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private final String email;
    private final String naam;
    private final Instant bevestigdOp;
    private final String afmeldlink;

    AbonneeRow(String email, String naam, Instant bevestigdOp, String afmeldlink) {
        this.email = email;
        this.naam = naam;
        this.bevestigdOp = bevestigdOp;
        this.afmeldlink = afmeldlink;
    }

    public String getEmail() {
        return email;
    }

    public String getNaam() {
        return naam;
    }

    public Instant getBevestigdOp() {
        return bevestigdOp;
    }

    public String getAfmeldlink() {
        return afmeldlink;
    }
}
