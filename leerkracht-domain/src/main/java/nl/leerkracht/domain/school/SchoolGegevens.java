package nl.leerkracht.domain.school;

import java.util.Locale;
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.domain.shared.Tekst;

/**
 * The register's data of one school as the central team enters it (in a dialog or a CSV file),
 * checked field by field with a rule code per mistake, so each can be answered with its own
 * message. Only checked data becomes a {@link School}.
 */
public final class SchoolGegevens {

    private final BrinCode brin;
    private final String naam;
    private final Sector sector;
    private final Adres adres;
    private final int aantalLeraren;

    private SchoolGegevens(BrinCode brin, String naam, Sector sector, Adres adres, int aantalLeraren) {
        this.brin = brin;
        this.naam = naam;
        this.sector = sector;
        this.adres = adres;
        this.aantalLeraren = aantalLeraren;
    }

    /**
     * @throws Regelfout with code {@code school.fout.<veld>} for the first field that is wrong
     */
    public static SchoolGegevens van(
            String brin,
            String naam,
            Sector sector,
            String straat,
            String huisnummer,
            String postcode,
            String plaats,
            Double latitude,
            Double longitude,
            Integer aantalLeraren) {
        if (!BrinCode.isValid(brin)) {
            throw new Regelfout("school.fout.brin", "BRIN " + brin);
        }
        String schoolNaam = tekst(naam, School.NAAM_LENGTH, "school.fout.naam");
        if (sector == null) {
            throw new Regelfout("school.fout.sector", "no sector");
        }
        String schoolStraat = tekst(straat, Adres.STRAAT_LENGTH, "school.fout.straat");
        String schoolHuisnummer = tekst(huisnummer, Adres.HUISNUMMER_LENGTH, "school.fout.huisnummer");
        String schoolPlaats = tekst(plaats, Adres.PLAATS_LENGTH, "school.fout.plaats");
        String schoolPostcode;
        try {
            schoolPostcode = Adres.normalizePostcode(postcode);
        } catch (IllegalArgumentException e) {
            throw new Regelfout("school.fout.postcode", "postcode " + postcode);
        }
        if (aantalLeraren == null || aantalLeraren < 1 || aantalLeraren > School.MAX_LERAREN) {
            throw new Regelfout("school.fout.leraren", "teachers " + aantalLeraren);
        }
        Adres adres;
        try {
            adres = new Adres(schoolStraat, schoolHuisnummer, schoolPostcode, schoolPlaats, latitude, longitude);
        } catch (IllegalArgumentException e) {
            throw new Regelfout("school.fout.coordinaten", e.getMessage());
        }
        return new SchoolGegevens(BrinCode.of(brin), schoolNaam, sector, adres, aantalLeraren);
    }

    /** Reads a sector as written in a file: its code (PO, VO, MBO, HBO) in any case. */
    public static Sector sector(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Sector.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Regelfout("school.fout.sector", "sector " + text);
        }
    }

    /** Text that is there, not too long, and no markup. */
    private static String tekst(String value, int maximum, String code) {
        return Tekst.verplicht(value, maximum, code, "school.fout.tekens");
    }

    public BrinCode getBrin() {
        return brin;
    }

    public String getNaam() {
        return naam;
    }

    public Sector getSector() {
        return sector;
    }

    public Adres getAdres() {
        return adres;
    }

    public int getAantalLeraren() {
        return aantalLeraren;
    }
}
