package nl.leerkracht.domain.inschrijving;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.leerkracht.domain.school.Sector;

/**
 * The functions in a directieteam, per sector (domain.md §2): PO bestuur, bovenschoolse directeuren
 * and schooldirecteuren; VO bestuurder and rectoren; MBO branch- or domeindirecteur and onderwijs-
 * or teamleiders.
 */
public enum DirectieteamFunctie {
    BESTUURDER(Sector.PO, Sector.VO),
    BOVENSCHOOLS_DIRECTEUR(Sector.PO),
    SCHOOLDIRECTEUR(Sector.PO),
    RECTOR(Sector.VO),
    BRANCHEDIRECTEUR(Sector.MBO),
    TEAMLEIDER(Sector.MBO);

    private final Set<Sector> sectoren;

    DirectieteamFunctie(Sector eerste, Sector... andere) {
        this.sectoren = EnumSet.of(eerste, andere);
    }

    public boolean pastBij(Sector sector) {
        return sectoren.contains(sector);
    }

    /** The functions a directieteam of this sector has; none for a sector without the programme. */
    public static List<DirectieteamFunctie> voor(Sector sector) {
        return Arrays.stream(values()).filter(f -> f.pastBij(sector)).toList();
    }
}
