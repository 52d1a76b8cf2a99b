package nl.leerkracht.service.certificaat;

import java.io.Serializable;
import java.time.LocalDate;
import nl.leerkracht.domain.certificaat.Aanwezigheid;

/**
 * The Schoolleidersregister on a PO trajectory's page, for its schoolleider: whether they opted in,
 * until when they can change that, and their attendance of this school year's meetings so far.
 */
public class SrpoView implements Serializable {

    private static final long serialVersionUID = 1L;
    private final boolean aangemeld;
    private final boolean open;
    private final LocalDate laatsteAanmelddag;
    private final Aanwezigheid aanwezigheid;
    private final int drempel;

    SrpoView(boolean aangemeld, boolean open, LocalDate laatsteAanmelddag, Aanwezigheid aanwezigheid, int drempel) {
        this.aangemeld = aangemeld;
        this.open = open;
        this.laatsteAanmelddag = laatsteAanmelddag;
        this.aanwezigheid = aanwezigheid;
        this.drempel = drempel;
    }

    public boolean isAangemeld() {
        return aangemeld;
    }

    /** Whether the schoolleider can still opt in or out. */
    public boolean isOpen() {
        return open;
    }

    public LocalDate getLaatsteAanmelddag() {
        return laatsteAanmelddag;
    }

    public int getBijgewoond() {
        return aanwezigheid.getBijgewoond();
    }

    public int getGehouden() {
        return aanwezigheid.getGehouden();
    }

    public int getPercentage() {
        return aanwezigheid.getPercentage();
    }

    public int getDrempel() {
        return drempel;
    }

    public boolean isVoldoet() {
        return aanwezigheid.voldoet(drempel);
    }
}
