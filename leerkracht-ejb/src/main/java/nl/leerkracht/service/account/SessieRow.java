package nl.leerkracht.service.account;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import nl.leerkracht.domain.account.Sessie;
import nl.leerkracht.domain.shared.Tijdzone;

/** An open session as "Mijn gegevens" lists it. */
public class SessieRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

    private final long id;
    private final String apparaat;
    private final String adres;
    private final String begonnen;
    private final String laatstGezien;
    private final boolean huidig;

    SessieRow(Sessie sessie, boolean huidig) {
        this.id = sessie.getId();
        this.apparaat = sessie.getApparaat();
        this.adres = sessie.getAdres();
        this.begonnen = MOMENT.format(sessie.getBegonnen().atZone(Tijdzone.NEDERLAND));
        this.laatstGezien = MOMENT.format(sessie.getLaatstGezien().atZone(Tijdzone.NEDERLAND));
        this.huidig = huidig;
    }

    public long getId() {
        return id;
    }

    /** The kind of browser and system, e.g. "Chrome op Windows". */
    public String getApparaat() {
        return apparaat;
    }

    /** The client's network address at login. */
    public String getAdres() {
        return adres;
    }

    public String getBegonnen() {
        return begonnen;
    }

    /** When it was last used, to within five minutes. */
    public String getLaatstGezien() {
        return laatstGezien;
    }

    /** Whether this is the session of the page itself. */
    public boolean isHuidig() {
        return huidig;
    }
}
