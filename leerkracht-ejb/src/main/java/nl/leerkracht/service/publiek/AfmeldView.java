package nl.leerkracht.service.publiek;

import java.io.Serializable;
import nl.leerkracht.domain.publiek.AanmeldingStatus;

/** What the cancel page shows: whose registration, where it stands, and for which meeting. */
public class AfmeldView implements Serializable {

    private static final long serialVersionUID = 1L;
    private final String naam;
    private final AanmeldingStatus status;
    private final InformatiebijeenkomstRow bijeenkomst;

    AfmeldView(String naam, AanmeldingStatus status, InformatiebijeenkomstRow bijeenkomst) {
        this.naam = naam;
        this.status = status;
        this.bijeenkomst = bijeenkomst;
    }

    public String getNaam() {
        return naam;
    }

    public AanmeldingStatus getStatus() {
        return status;
    }

    public InformatiebijeenkomstRow getBijeenkomst() {
        return bijeenkomst;
    }
}
