package nl.leerkracht.service.klacht;

import java.io.Serializable;

/** What the complainant gets back: the reference number and the private link to follow it. */
public final class Indiening implements Serializable {

    private static final long serialVersionUID = 1L;
    private final String referentie;
    private final String volglink;

    Indiening(String referentie, String volglink) {
        this.referentie = referentie;
        this.volglink = volglink;
    }

    public String getReferentie() {
        return referentie;
    }

    public String getVolglink() {
        return volglink;
    }
}
