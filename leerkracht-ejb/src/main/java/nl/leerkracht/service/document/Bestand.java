package nl.leerkracht.service.document;

/** A file to hand out: its safe name, the type found in its content, and its bytes. */
public final class Bestand {

    private final String naam;
    private final String mimeType;
    private final byte[] inhoud;

    Bestand(String naam, String mimeType, byte[] inhoud) {
        this.naam = naam;
        this.mimeType = mimeType;
        this.inhoud = inhoud;
    }

    public String getNaam() {
        return naam;
    }

    public String getMimeType() {
        return mimeType;
    }

    public byte[] getInhoud() {
        return inhoud.clone();
    }
}
