package nl.leerkracht.service.school;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.leerkracht.domain.school.Adres;
import nl.leerkracht.domain.school.Bestuur;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.SchoolGegevens;
import nl.leerkracht.domain.school.Vestiging;
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.service.account.Roles;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.CsvBestand;

/**
 * Bulk import of schools and locations from a CSV file, in one transaction: every row is checked
 * and reported (added, updated, or refused and why); when any row is refused nothing is stored, so
 * a file with a broken row never leaves half an import behind. A row with a vestigingsnummer is a
 * location of the school with that BRIN code (in the register or earlier in the file); any other
 * row is a school. Runs on its own thread and reports progress while it goes.
 */
@Stateless
public class SchoolImport {

    /** The most rows one file may hold. */
    public static final int MAXIMUM_RIJEN = 10_000;

    private static final Logger LOG = Logger.getLogger(SchoolImport.class.getName());

    /** Column -> the names a file may use for it (compared without case, spaces or punctuation). */
    private static final Map<String, List<String>> KOLOMMEN = new LinkedHashMap<>();

    static {
        KOLOMMEN.put("brin", List.of("brin", "brincode"));
        KOLOMMEN.put("vestiging", List.of("vestiging", "vestigingsnummer", "vestigingnummer"));
        KOLOMMEN.put("naam", List.of("naam", "schoolnaam", "vestigingsnaam"));
        KOLOMMEN.put("sector", List.of("sector"));
        KOLOMMEN.put("bestuur", List.of("bestuursnummer", "bestuur", "bevoegdgezag", "bevoegdgezagnummer"));
        KOLOMMEN.put("straat", List.of("straat", "straatnaam"));
        KOLOMMEN.put("huisnummer", List.of("huisnummer"));
        KOLOMMEN.put("postcode", List.of("postcode"));
        KOLOMMEN.put("plaats", List.of("plaats", "plaatsnaam", "woonplaats"));
        KOLOMMEN.put("latitude", List.of("latitude", "lat", "breedtegraad"));
        KOLOMMEN.put("longitude", List.of("longitude", "lon", "lng", "lengtegraad"));
        KOLOMMEN.put("leraren", List.of("leraren", "aantalleraren"));
    }

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /**
     * Checks the file's header before anything runs, so a wrong file is refused at once.
     *
     * @throws BusinessException {@code import.fout.kolommen} naming the missing columns
     */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public CsvBestand lees(byte[] bytes) {
        CsvBestand bestand = CsvBestand.lees(bytes, MAXIMUM_RIJEN);
        List<String> ontbrekend = new ArrayList<>();
        for (String verplicht : List.of("brin", "naam")) {
            if (kolom(bestand, verplicht) == null) {
                ontbrekend.add(verplicht);
            }
        }
        if (!ontbrekend.isEmpty()) {
            throw new BusinessException("import.fout.kolommen", "missing " + ontbrekend, String.join(", ", ontbrekend));
        }
        return bestand;
    }

    @Asynchronous
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public void importeer(CsvBestand bestand, ImportVoortgang voortgang) {
        List<ImportVerslag.ImportRow> regels = new ArrayList<>();
        try {
            voortgang.begin(bestand.getRijen().size());
            em.setFlushMode(FlushModeType.COMMIT);
            Map<String, School> scholen = new HashMap<>();
            em.createQuery("SELECT s FROM School s", School.class)
                    .getResultStream()
                    .forEach(s -> scholen.put(s.getBrin().getCode(), s));
            Map<String, Vestiging> vestigingen = new HashMap<>();
            em.createQuery("SELECT v FROM Vestiging v JOIN FETCH v.school", Vestiging.class)
                    .getResultStream()
                    .forEach(v -> vestigingen.put(v.getVestigingscode(), v));
            Map<String, Bestuur> besturen = new HashMap<>();
            em.createQuery("SELECT b FROM Bestuur b", Bestuur.class)
                    .getResultStream()
                    .forEach(b -> besturen.put(b.getBestuursnummer(), b));
            Set<String> gezien = new HashSet<>();

            for (CsvBestand.Rij rij : bestand.getRijen()) {
                regels.add(rij(bestand, rij, scholen, vestigingen, besturen, gezien));
                voortgang.stap();
            }
            boolean geweigerd = regels.stream().anyMatch(r -> r.getUitkomst() == ImportVerslag.Uitkomst.GEWEIGERD);
            if (geweigerd) {
                context.setRollbackOnly();
                voortgang.klaar(new ImportVerslag(regels, false, null));
                return;
            }
            em.flush();
            LOG.info(() -> "Register import: " + regels.size() + " rows stored");
            voortgang.klaar(new ImportVerslag(regels, true, null));
        } catch (PersistenceException | BusinessException e) {
            LOG.log(Level.WARNING, "Register import not stored", e);
            context.setRollbackOnly();
            voortgang.klaar(new ImportVerslag(regels, false, "import.fout.opslaan"));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Register import failed", e);
            context.setRollbackOnly();
            voortgang.klaar(new ImportVerslag(regels, false, "import.fout.opslaan"));
        }
    }

    private ImportVerslag.ImportRow rij(
            CsvBestand bestand,
            CsvBestand.Rij rij,
            Map<String, School> scholen,
            Map<String, Vestiging> vestigingen,
            Map<String, Bestuur> besturen,
            Set<String> gezien) {
        String brin = waarde(bestand, rij, "brin");
        String naam = waarde(bestand, rij, "naam");
        String vestiging = waarde(bestand, rij, "vestiging");
        try {
            if (rij.waarden().containsKey("")) {
                throw new Regelfout("import.fout.teveelVelden", "more fields than columns");
            }
            Double latitude = getal(waarde(bestand, rij, "latitude"));
            Double longitude = getal(waarde(bestand, rij, "longitude"));
            if (vestiging == null) {
                return school(bestand, rij, brin, naam, latitude, longitude, scholen, besturen, gezien);
            }
            return vestiging(bestand, rij, brin, vestiging, naam, latitude, longitude, scholen, vestigingen, gezien);
        } catch (Regelfout fout) {
            return new ImportVerslag.ImportRow(
                    rij.regel(), brin, naam, ImportVerslag.Uitkomst.GEWEIGERD, fout.getCode());
        } catch (RefusedRow refused) {
            return new ImportVerslag.ImportRow(
                    rij.regel(), brin, naam, ImportVerslag.Uitkomst.GEWEIGERD, refused.code, refused.args);
        }
    }

    private ImportVerslag.ImportRow school(
            CsvBestand bestand,
            CsvBestand.Rij rij,
            String brin,
            String naam,
            Double latitude,
            Double longitude,
            Map<String, School> scholen,
            Map<String, Bestuur> besturen,
            Set<String> gezien) {
        SchoolGegevens gegevens = SchoolGegevens.van(
                brin,
                naam,
                SchoolGegevens.sector(waarde(bestand, rij, "sector")),
                waarde(bestand, rij, "straat"),
                waarde(bestand, rij, "huisnummer"),
                waarde(bestand, rij, "postcode"),
                waarde(bestand, rij, "plaats"),
                latitude,
                longitude,
                geheelGetal(waarde(bestand, rij, "leraren")));
        String code = gegevens.getBrin().getCode();
        if (!gezien.add(code)) {
            throw new RefusedRow("import.fout.dubbel", code);
        }
        String nummer = waarde(bestand, rij, "bestuur");
        Bestuur bestuur = nummer == null ? null : besturen.get(nummer);
        if (bestuur == null) {
            throw new RefusedRow("import.fout.bestuur", nummer == null ? "" : nummer);
        }
        School bestaand = scholen.get(code);
        if (bestaand != null) {
            bestaand.wijzig(gegevens, bestuur);
            return new ImportVerslag.ImportRow(
                    rij.regel(), code, gegevens.getNaam(), ImportVerslag.Uitkomst.BIJGEWERKT, null);
        }
        School nieuw = School.van(gegevens, bestuur);
        em.persist(nieuw);
        scholen.put(code, nieuw);
        return new ImportVerslag.ImportRow(
                rij.regel(), code, gegevens.getNaam(), ImportVerslag.Uitkomst.TOEGEVOEGD, null);
    }

    private ImportVerslag.ImportRow vestiging(
            CsvBestand bestand,
            CsvBestand.Rij rij,
            String brin,
            String nummerTekst,
            String naam,
            Double latitude,
            Double longitude,
            Map<String, School> scholen,
            Map<String, Vestiging> vestigingen,
            Set<String> gezien) {
        School school = brin == null ? null : scholen.get(brin.trim().toUpperCase(java.util.Locale.ROOT));
        if (school == null) {
            throw new RefusedRow("import.fout.vestigingZonderSchool", brin == null ? "" : brin);
        }
        Integer nummer = geheelGetal(nummerTekst);
        if (nummer == null || nummer < 0 || nummer > 99) {
            throw new Regelfout("import.fout.vestigingsnummer", "number " + nummerTekst);
        }
        // The same checks as a school's name and address; sector and teachers are the school's own.
        SchoolGegevens gegevens = SchoolGegevens.van(
                school.getBrin().getCode(),
                naam,
                school.getSector(),
                waarde(bestand, rij, "straat"),
                waarde(bestand, rij, "huisnummer"),
                waarde(bestand, rij, "postcode"),
                waarde(bestand, rij, "plaats"),
                latitude,
                longitude,
                school.getAantalLeraren());
        Adres adres = gegevens.getAdres();
        String code = school.getBrin().getCode() + String.format("%02d", nummer);
        if (!gezien.add(code)) {
            throw new RefusedRow("import.fout.dubbel", code);
        }
        Vestiging bestaand = vestigingen.get(code);
        if (bestaand != null) {
            bestaand.wijzig(gegevens.getNaam(), adres);
            return new ImportVerslag.ImportRow(
                    rij.regel(), code, gegevens.getNaam(), ImportVerslag.Uitkomst.BIJGEWERKT, null);
        }
        Vestiging nieuw = new Vestiging(school, nummer, gegevens.getNaam(), adres);
        em.persist(nieuw);
        vestigingen.put(code, nieuw);
        return new ImportVerslag.ImportRow(
                rij.regel(), code, gegevens.getNaam(), ImportVerslag.Uitkomst.TOEGEVOEGD, null);
    }

    /** A refused row whose message names a value. */
    private static final class RefusedRow extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final Object[] args;

        RefusedRow(String code, Object... args) {
            super(code, null, false, false);
            this.code = code;
            this.args = args;
        }
    }

    private static String kolom(CsvBestand bestand, String veld) {
        return KOLOMMEN.get(veld).stream()
                .filter(bestand.getKolommen()::contains)
                .findFirst()
                .orElse(null);
    }

    private static String waarde(CsvBestand bestand, CsvBestand.Rij rij, String veld) {
        String kolom = kolom(bestand, veld);
        return kolom == null ? null : rij.get(kolom);
    }

    /** A decimal number with a point or a comma; blank is none. */
    private static Double getal(String tekst) {
        if (tekst == null) {
            return null;
        }
        try {
            return Double.valueOf(tekst.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new Regelfout("school.fout.coordinaten", "not a number: " + tekst);
        }
    }

    private static Integer geheelGetal(String tekst) {
        if (tekst == null) {
            return null;
        }
        try {
            return Integer.valueOf(tekst.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
