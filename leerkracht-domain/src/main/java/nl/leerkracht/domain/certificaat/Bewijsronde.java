package nl.leerkracht.domain.certificaat;

import java.time.LocalDate;
import java.time.Month;
import nl.leerkracht.domain.account.AccountStatus;
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.domain.shared.Schooljaar;

/**
 * The rules of the Registerleraar run (domain.md §5): after the first leerKRACHT year, every teacher
 * of the trajectory who is registered in the lerarenregister gets a proof of participation worth 40
 * register hours, at the end of the school year.
 *
 * <p><b>Decision</b>: the run for a school year can be made from 1 June of that year, when the
 * year's last meetings are near, until any time later. A teacher who left (deactivated) or joined in
 * the second half of the year (invited on or after 1 January) is listed with that reason and left out
 * unless the central team includes them.
 */
public final class Bewijsronde {

    /** Why a candidate may need the central team's judgement. */
    public enum Bijzonderheid {
        /** Took part the whole year. */
        GEEN,
        /** Joined in the second half of the year. */
        LAAT_BEGONNEN,
        /** Left the school. */
        VERTROKKEN
    }

    private Bewijsronde() {}

    /** The first day the run for this school year can be made. */
    public static LocalDate eersteUitreikdag(Schooljaar jaar) {
        return LocalDate.of(jaar.startJaar() + 1, Month.JUNE, 1);
    }

    /** @throws Regelfout {@code certificaat.fout.teVroeg} before {@link #eersteUitreikdag} */
    public static void magUitreiken(Schooljaar jaar, LocalDate vandaag) {
        if (vandaag.isBefore(eersteUitreikdag(jaar))) {
            throw new Regelfout("certificaat.fout.teVroeg", "the run for " + jaar + " opens " + eersteUitreikdag(jaar));
        }
    }

    /**
     * What to note about a registered teacher of a trajectory in its first year.
     *
     * @param uitgenodigdOp when the person was first invited to the platform, or null when unknown
     *        (an account from before invitations were recorded counts as there from the start)
     */
    public static Bijzonderheid beoordeel(AccountStatus status, LocalDate uitgenodigdOp, Schooljaar jaar) {
        if (status == AccountStatus.GEDEACTIVEERD) {
            return Bijzonderheid.VERTROKKEN;
        }
        if (uitgenodigdOp != null && !uitgenodigdOp.isBefore(LocalDate.of(jaar.startJaar() + 1, Month.JANUARY, 1))) {
            return Bijzonderheid.LAAT_BEGONNEN;
        }
        return Bijzonderheid.GEEN;
    }

    /** Whether the run includes such a candidate unless the central team leaves them out. */
    public static boolean standaardMee(Bijzonderheid bijzonderheid) {
        return bijzonderheid == Bijzonderheid.GEEN;
    }
}
