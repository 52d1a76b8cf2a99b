package nl.leerkracht.service.klacht;

/** An attachment to download: its safe name, the type taken from its content, and its bytes. */
public final class Bijlage {

    private final String bestandsnaam;
    private final String mimeType;
    private final byte[] inhoud;

    Bijlage(String bestandsnaam, String mimeType, byte[] inhoud) {
        this.bestandsnaam = bestandsnaam;
        this.mimeType = mimeType;
        this.inhoud = inhoud;
    }

    public String getBestandsnaam() {
        return bestandsnaam;
    }

    public String getMimeType() {
        return mimeType;
    }

    public byte[] getInhoud() {
        return inhoud.clone();
    }
}
