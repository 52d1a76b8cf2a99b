package nl.leerkracht.service.klacht;

import java.io.Serializable;

/** A file as it arrived: the name the sender gave it and its bytes. */
public final class Upload implements Serializable {

    private static final long serialVersionUID = 1L;
    private final String naam;
    private final byte[] inhoud;

    public Upload(String naam, byte[] inhoud) {
        this.naam = naam;
        this.inhoud = inhoud == null ? new byte[0] : inhoud.clone();
    }

    public String getNaam() {
        return naam;
    }

    byte[] inhoud() {
        return inhoud.clone();
    }
}
