package nl.leerkracht.service.school;

import java.io.Serializable;
import nl.leerkracht.domain.school.Adres;

/** The address part of a form for a school or one of its locations or teams: street, number, postcode, place. */
public abstract class AdresForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String straat;
    private String huisnummer;
    private String postcode;
    private String plaats;

    /** Fills the address fields from a stored address, to edit it. */
    protected void vulAdres(Adres adres) {
        straat = adres.getStraat();
        huisnummer = adres.getHuisnummer();
        postcode = adres.getPostcode();
        plaats = adres.getPlaats();
    }

    public String getStraat() {
        return straat;
    }

    public void setStraat(String straat) {
        this.straat = straat;
    }

    public String getHuisnummer() {
        return huisnummer;
    }

    public void setHuisnummer(String huisnummer) {
        this.huisnummer = huisnummer;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getPlaats() {
        return plaats;
    }

    public void setPlaats(String plaats) {
        this.plaats = plaats;
    }
}
