package nl.leerkracht.domain.certificaat;

import java.time.LocalDate;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.domain.shared.Schooljaar;
import nl.leerkracht.domain.traject.Traject;

/**
 * The rules of the Schoolleidersregister PO (domain.md §5): a PO schoolleider says at the start of
 * the school year that they want the certificate; after the year the foundation checks the
 * requirement and issues it: year 1 for the theme "Persoonlijk Leiderschap", years 1 and 2 together
 * for "Leidinggeven aan verandering".
 *
 * <p><b>Decision</b>: the opt-in is open until and including the day the trajectory starts
 * (1 September of its first school year); after that it is closed.
 */
public final class Schoolleidersregister {

    private Schoolleidersregister() {}

    /** The last day a schoolleider can opt in (or out) for a trajectory that starts in this school year. */
    public static LocalDate laatsteAanmelddag(Schooljaar startjaar) {
        return startjaar.getTrajectStart();
    }

    /**
     * @throws Regelfout {@code srpo.fout.geenPo} for a trajectory that is not a PO school's,
     *         {@code srpo.fout.gesloten} after {@link #laatsteAanmelddag}
     */
    public static void magAanmelden(Traject traject, LocalDate vandaag) {
        if (traject.isDirectieteam() || traject.getSector() != Sector.PO) {
            throw new Regelfout("srpo.fout.geenPo", "trajectory " + traject.getId() + " is not a PO school's");
        }
        if (vandaag.isAfter(laatsteAanmelddag(traject.getStartjaar()))) {
            throw new Regelfout(
                    "srpo.fout.gesloten", "the opt-in closed on " + laatsteAanmelddag(traject.getStartjaar()));
        }
    }

    /**
     * The theme a trajectory's school year certifies: year 1 "Persoonlijk Leiderschap", year 2
     * (with year 1) "Leidinggeven aan verandering"; none for later years.
     */
    public static java.util.Optional<CertificaatSoort> thema(Schooljaar startjaar, Schooljaar jaar) {
        int programmajaar = jaar.startJaar() - startjaar.startJaar() + 1;
        return switch (programmajaar) {
            case 1 -> java.util.Optional.of(CertificaatSoort.PERSOONLIJK_LEIDERSCHAP);
            case 2 -> java.util.Optional.of(CertificaatSoort.LEIDINGGEVEN_AAN_VERANDERING);
            default -> java.util.Optional.empty();
        };
    }
}
