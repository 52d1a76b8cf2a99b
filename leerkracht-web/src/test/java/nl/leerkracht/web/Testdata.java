package nl.leerkracht.web;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Data a scenario makes for itself, so that it passes in any order, alone, and again on the same
 * database: a school of its own is a copy of a demo school (sector, board, address, teams and
 * locations) under a BRIN code and name nobody else uses.
 */
final class Testdata {

    /** A school made for one scenario: its id, BRIN code and name ("VSO De Brug 37QX"). */
    record School(long id, String brin, String naam) {}

    private Testdata() {}

    /** A new school like the demo school with BRIN code {@code voorbeeld}, with its teams and locations. */
    static School schoolZoals(String voorbeeld) {
        long bron = TestDatabase.schoolId(voorbeeld);
        String brin = vrijeBrin();
        String naam = TestDatabase.string("SELECT naam FROM school WHERE id = ?", bron) + " " + brin;
        long id = TestDatabase.insert(
                "INSERT INTO school (brin_code, naam, sector, bestuur_id, straat, huisnummer, postcode,"
                        + " plaats, latitude, longitude, aantal_leraren) SELECT ?, ?, sector, bestuur_id, straat, huisnummer, postcode,"
                        + " plaats, latitude, longitude, aantal_leraren FROM school WHERE id = ?",
                brin,
                naam,
                bron);
        TestDatabase.update(
                "INSERT INTO team (school_id, naam, aantal_leraren) SELECT ?, naam, aantal_leraren FROM team"
                        + " WHERE school_id = ?",
                id,
                bron);
        TestDatabase.update(
                "INSERT INTO vestiging (school_id, vestigingsnummer, naam, straat, huisnummer, postcode, plaats,"
                        + " latitude, longitude) SELECT ?, vestigingsnummer, naam, straat, huisnummer, postcode, plaats, latitude,"
                        + " longitude FROM vestiging WHERE school_id = ?",
                id,
                bron);
        return new School(id, brin, naam);
    }

    /** A board made for one scenario: its id, board number and name. */
    record Bestuur(long id, String nummer, String naam) {}

    /** A new board like the demo board with number {@code voorbeeld} (its sector), without schools. */
    static Bestuur bestuurZoals(String voorbeeld) {
        String nummer = vrijBestuursnummer();
        String naam =
                TestDatabase.string("SELECT naam FROM bestuur WHERE bestuursnummer = ?", voorbeeld) + " " + nummer;
        long id = TestDatabase.insert(
                "INSERT INTO bestuur (bestuursnummer, naam, sector) SELECT ?, ?, sector FROM bestuur"
                        + " WHERE bestuursnummer = ?",
                nummer,
                naam,
                voorbeeld);
        return new Bestuur(id, nummer, naam);
    }

    /**
     * A new person at {@code school} like the demo user {@code voorbeeld}: the same name, password
     * and role, under the user name {@code voorbeeld.brin} (e.g. {@code schoolleider.piramide.37qx}).
     */
    static String persoonZoals(String voorbeeld, School school) {
        return persoon(voorbeeld, school.brin(), school.id(), null);
    }

    /** A new person of {@code bestuur} like the demo user {@code voorbeeld}, e.g. {@code bestuurder.52718}. */
    static String persoonZoals(String voorbeeld, Bestuur bestuur) {
        return persoon(voorbeeld, bestuur.nummer(), null, bestuur.id());
    }

    private static String persoon(String voorbeeld, String plek, Long school, Long bestuur) {
        String username = voorbeeld + "." + plek.toLowerCase(java.util.Locale.ROOT);
        long account = TestDatabase.insert(
                "INSERT INTO account (username, naam, email, password_hash, status, lerarenregister)"
                        + " SELECT ?, naam, ?, password_hash, 'ACTIEF', lerarenregister FROM account WHERE username = ?",
                username,
                username + "@test.example.nl",
                voorbeeld);
        long lid = TestDatabase.insert(
                "INSERT INTO lidmaatschap (account_id, rol) SELECT ?, l.rol FROM lidmaatschap l"
                        + " JOIN account a ON a.id = l.account_id WHERE a.username = ? ORDER BY l.id LIMIT 1",
                account,
                voorbeeld);
        if (school != null) {
            TestDatabase.update("UPDATE lidmaatschap SET school_id = ? WHERE id = ?", school, lid);
        } else {
            TestDatabase.update("UPDATE lidmaatschap SET bestuur_id = ? WHERE id = ?", bestuur, lid);
        }
        return username;
    }

    /** A board number (five digits) that no board has yet. */
    static String vrijBestuursnummer() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int poging = 0; poging < 100; poging++) {
            String nummer = String.valueOf(50_000 + random.nextInt(40_000));
            if (TestDatabase.number("SELECT COUNT(*) FROM bestuur WHERE bestuursnummer = ?", nummer) == 0) {
                return nummer;
            }
        }
        throw new IllegalStateException("no free board number found in 100 tries");
    }

    /**
     * A BRIN code (two digits, two letters) that no school has yet, from 40 to 98: the demo schools
     * use lower numbers and the scenarios take 99ZZ as a code nobody has.
     */
    static String vrijeBrin() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int poging = 0; poging < 100; poging++) {
            String brin = String.format(
                    "%02d%c%c",
                    40 + random.nextInt(59), (char) ('A' + random.nextInt(26)), (char) ('A' + random.nextInt(26)));
            if (TestDatabase.number("SELECT COUNT(*) FROM school WHERE brin_code = ?", brin) == 0) {
                return brin;
            }
        }
        throw new IllegalStateException("no free BRIN code found in 100 tries");
    }

    /**
     * Puts a demo trajectory back in the Startfase, as the demo data made it: a scenario that moves
     * the phase names the trajectory it works on and starts from there.
     */
    static void trajectInStartfase(long traject) {
        TestDatabase.update("DELETE FROM traject_fasewissel WHERE traject_id = ? AND volgnummer > 0", traject);
        TestDatabase.update("UPDATE traject SET fase = 'STARTFASE' WHERE id = ?", traject);
    }

    /** Removes a trajectory's bordsessie of one day (there is at most one), for a scenario that logs it. */
    static void geenBordsessieOp(long traject, java.time.LocalDate datum) {
        String sessie = "SELECT id FROM bordsessie WHERE traject_id = ? AND datum = ?";
        for (String id : TestDatabase.strings(sessie, traject, datum)) {
            long bordsessie = Long.parseLong(id);
            TestDatabase.update("DELETE FROM bordsessie_aanwezige WHERE bordsessie_id = ?", bordsessie);
            TestDatabase.update("DELETE FROM bordsessie_doel WHERE bordsessie_id = ?", bordsessie);
            TestDatabase.update("DELETE FROM bordsessie WHERE id = ?", bordsessie);
        }
    }

    /**
     * A trajectory of the school whose first year is {@code jaar}: an enrolment like the demo school
     * 04AB's, started then. @return the trajectory's id
     */
    static long trajectVan(School school, nl.leerkracht.domain.shared.Schooljaar jaar) {
        long inschrijving = TestDatabase.insert(
                "INSERT INTO inschrijving (version, school_id, sector, eenheid_naam, startjaar, aantal_leraren, jaar_1, jaar_2,"
                        + " vervolg_plafond, minimum_leraren, maximum_leraren, vervolgbedrag, status, aanvrager_naam,"
                        + " aanvrager_email, aanvrager_functie, besluit_samen, tijd_ingeroosterd, schoolleidersregister,"
                        + " aangevraagd_op) SELECT 0, ?, sector, ?, ?, aantal_leraren, jaar_1, jaar_2, vervolg_plafond,"
                        + " minimum_leraren, maximum_leraren, vervolgbedrag, 'ACTIEF', aanvrager_naam, aanvrager_email,"
                        + " aanvrager_functie, besluit_samen, tijd_ingeroosterd, schoolleidersregister, aangevraagd_op"
                        + " FROM inschrijving WHERE school_id = ? ORDER BY id LIMIT 1",
                school.id(),
                school.naam(),
                jaar.startJaar(),
                TestDatabase.schoolId("04AB"));
        return TestDatabase.insert(
                "INSERT INTO traject (version, inschrijving_id, school_id, programma, sector, eenheid_naam, fase, gestart_op)"
                        + " VALUES (0, ?, ?, 'SCHOOL', 'PO', ?, 'TRAININGSFASE', ?)",
                inschrijving,
                school.id(),
                school.naam(),
                jaar.getTrajectStart());
    }

    /**
     * A proof of participation of the person for the school year, as if issued.
     *
     * @return its verification code in groups of four
     */
    static String certificaat(String username, School school, nl.leerkracht.domain.shared.Schooljaar jaar) {
        nl.leerkracht.domain.certificaat.Verificatiecode code =
                nl.leerkracht.domain.certificaat.Verificatiecode.nieuw();
        TestDatabase.insert(
                "INSERT INTO certificaat (version, code, soort, account_id, naam, school_id, school_naam, schooljaar,"
                        + " uitgegeven_op, uitgegeven_door, geldig_sleutel) SELECT 0, ?, 'BEWIJS_VAN_DEELNAME', id, naam,"
                        + " ?, ?, ?, ?, 'Centraal Team', CONCAT('BEWIJS_VAN_DEELNAME:', id, ?) FROM account WHERE username = ?",
                code.getWaarde(),
                school.id(),
                school.naam(),
                jaar.startJaar(),
                java.sql.Timestamp.valueOf(jaar.getLaatsteDag().minusDays(20).atTime(10, 0)),
                ":" + jaar.startJaar(),
                username);
        return code.getLeesbaar();
    }
}
