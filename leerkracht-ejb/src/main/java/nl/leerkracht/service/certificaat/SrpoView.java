package nl.leerkracht.service.certificaat;

import java.io.Serializable;
import java.time.LocalDate;
import nl.leerkracht.domain.certificaat.Aanwezigheid;

/**
 * The Schoolleidersregister on a PO trajectory's page, for its schoolleider: whether they opted in,
 * until when they can change that, and their attendance of this school year's meetings so far (in
 * the trajectory's first and second year only, which count for a theme).
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

    /** Whether this school year counts for a theme (programme year 1 or 2): then the attendance is shown. */
    public boolean isTelt() {
        return aanwezigheid != null;
    }

    public int getBijgewoond() {
        return aanwezigheid == null ? 0 : aanwezigheid.getBijgewoond();
    }

    public int getGehouden() {
        return aanwezigheid == null ? 0 : aanwezigheid.getGehouden();
    }

    public int getPercentage() {
        return aanwezigheid == null ? 0 : aanwezigheid.getPercentage();
    }

    public int getDrempel() {
        return drempel;
    }

    public boolean isVoldoet() {
        return aanwezigheid != null && aanwezigheid.voldoet(drempel);
    }
}
