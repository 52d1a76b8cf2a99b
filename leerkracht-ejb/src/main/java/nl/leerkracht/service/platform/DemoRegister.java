package nl.leerkracht.service.platform;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.PasswordHash;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.coaching.Cluster;
import nl.leerkracht.domain.school.Adres;
import nl.leerkracht.domain.school.Bestuur;
import nl.leerkracht.domain.school.BrinCode;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.school.Team;
import nl.leerkracht.domain.school.Vestiging;

/**
 * The demo register: boards, twenty schools over PO/VO/MBO/HBO with locations and teams, an
 * account for every role, and the clusters with their Expertcoaches. The other demo data finds its
 * schools, people and clusters here by BRIN, user name or name.
 */
final class DemoRegister {

    private final EntityManager em;
    private final Map<String, Bestuur> besturen = new HashMap<>();
    private final Map<String, School> scholen = new HashMap<>();
    private final Map<String, Account> accounts = new HashMap<>();
    private final Map<String, Cluster> clusters = new HashMap<>();
    private final Map<String, Vestiging> vestigingen = new HashMap<>();
    private final Map<String, Team> teams = new HashMap<>();

    DemoRegister(EntityManager em) {
        this.em = em;
    }

    void laad() {
        besturen();
        scholen();
        accounts();
        clusters();
    }

    Bestuur bestuur(String nummer) {
        return besturen.get(nummer);
    }

    School school(String brin) {
        return scholen.get(brin);
    }

    Account account(String username) {
        return accounts.get(username);
    }

    Cluster cluster(String naam) {
        return clusters.get(naam);
    }

    Vestiging vestiging(String naam) {
        return vestigingen.get(naam);
    }

    /** A team by its school's BRIN and its name. */
    Team team(String brin, String naam) {
        return teams.get(brin + " " + naam);
    }

    String samenvatting() {
        return besturen.size() + " besturen, " + scholen.size() + " schools, " + accounts.size() + " accounts";
    }

    private void besturen() {
        bestuur("41234", "Stichting Primair Onderwijs De Vallei", Sector.PO);
        bestuur("42567", "Stichting Openbaar Onderwijs Rijnmond", Sector.PO);
        bestuur("30512", "Stichting Voortgezet Onderwijs Midden-Nederland", Sector.VO);
        bestuur("31120", "Scholengroep Noord", Sector.VO);
        bestuur("25698", "ROC Midden Nederland", Sector.MBO);
        bestuur("27845", "Hogeschool Utrecht", Sector.HBO);
    }

    /** BRIN | name | sector | board | street | number | postcode | place | latitude | longitude | teachers. */
    private static final String SCHOLEN = """
                04AB | OBS De Regenboog | PO | 41234 | Leusderweg | 120 | 3817 KC | Amersfoort | 52.1503 | 5.3790 | 24
                05CD | CBS Het Kompas | PO | 41234 | Kapelweg | 8 | 3818 BN | Amersfoort | 52.1621 | 5.4021 | 18
                06EF | Basisschool De Wilgen | PO | 41234 | Wilgenlaan | 3 | 3768 GB | Soest | 52.1731 | 5.2912 | 31
                07GH | SBO De Sprong | PO | 41234 | Hamersveldseweg | 61 | 3833 GM | Leusden | 52.1329 | 5.4291 | 15
                08JK | Montessorischool Amersfoort | PO | 41234 | Vondellaan | 34 | 3818 KD | Amersfoort | 52.1498 | 5.3702 | 27
                11LM | OBS De Piramide | PO | 42567 | Mathenesserweg | 12 | 3026 HJ | Rotterdam | 51.9171 | 4.4612 | 38
                12NP | Basisschool Het Anker | PO | 42567 | Lange Haven | 98 | 3111 CH | Schiedam | 51.9190 | 4.3990 | 22
                13QR | OBS De Kameleon | PO | 42567 | Slinge | 301 | 3085 EM | Rotterdam | 51.8802 | 4.4951 | 45
                14ST | Daltonschool De Maas | PO | 42567 | Westhavenkade | 50 | 3131 AG | Vlaardingen | 51.9080 | 4.3410 | 29
                15UV | OBS De Horizon | PO | 42567 | Zuidplein | 7 | 3083 CW | Rotterdam | 51.8870 | 4.4880 | 19
                20AB | Stedelijk Lyceum Utrecht | VO | 30512 | Kanaalweg | 35 | 3526 KL | Utrecht | 52.0798 | 5.0977 | 110
                21CD | Het Nieuwe College Amersfoort | VO | 30512 | Hogeweg | 200 | 3814 CE | Amersfoort | 52.1580 | 5.4030 | 85
                22EF | VSO De Brug | VO | 30512 | Krakelingweg | 1 | 3707 HP | Zeist | 52.0890 | 5.2330 | 24
                23GH | Noorderpoort Lyceum | VO | 31120 | Zonnelaan | 2 | 9742 BE | Groningen | 53.2391 | 6.5412 | 95
                24JK | Scholengemeenschap Het Wold | VO | 31120 | Mercuriusplein | 10 | 9402 RA | Assen | 52.9930 | 6.5620 | 70
                25LM | ROC Midden Nederland Utrecht | MBO | 25698 | Australiëlaan | 1 | 3526 AB | Utrecht | 52.0781 | 5.1003 | 240
                26NP | ROC Midden Nederland Amersfoort | MBO | 25698 | Leusderweg | 4 | 3811 NE | Amersfoort | 52.1480 | 5.3800 | 160
                27QR | MBO College Zeist | MBO | 25698 | Laan van Vollenhove | 3200 | 3706 AR | Zeist | 52.0850 | 5.2400 | 90
                28ST | Pabo Hogeschool Utrecht | HBO | 27845 | Padualaan | 97 | 3584 CH | Utrecht | 52.0842 | 5.1741 | 60
                29UV | Lerarenopleiding Hogeschool Utrecht | HBO | 27845 | Heidelberglaan | 15 | 3584 CS | Utrecht | 52.0852 | 5.1762 | 75
                """;

    private void scholen() {
        for (String regel : SCHOLEN.strip().split("\n")) {
            String[] v = regel.split("\\|");
            school(
                    v[0].trim(),
                    v[1].trim(),
                    Sector.valueOf(v[2].trim()),
                    v[3].trim(),
                    v[4].trim(),
                    v[5].trim(),
                    v[6].trim(),
                    v[7].trim(),
                    Double.parseDouble(v[8].trim()),
                    Double.parseDouble(v[9].trim()),
                    Integer.parseInt(v[10].trim()));
        }

        vestiging("20AB", 0, "Stedelijk Lyceum Kanaalweg", "Kanaalweg", "35", "3526 KL", "Utrecht");
        vestiging("20AB", 1, "Stedelijk Lyceum Zuilen", "Burgemeester Norbruislaan", "20", "3554 EZ", "Utrecht");
        vestiging("21CD", 0, "Het Nieuwe College Hogeweg", "Hogeweg", "200", "3814 CE", "Amersfoort");
        vestiging("21CD", 1, "Het Nieuwe College Vathorst", "Vathorsterweg", "5", "3825 AJ", "Amersfoort");
        vestiging("22EF", 0, "VSO De Brug", "Krakelingweg", "1", "3707 HP", "Zeist");
        vestiging("23GH", 0, "Noorderpoort Lyceum Zonnelaan", "Zonnelaan", "2", "9742 BE", "Groningen");
        vestiging("23GH", 1, "Noorderpoort Lyceum Hoogkerk", "Zuiderweg", "30", "9745 AE", "Groningen");
        vestiging("24JK", 0, "Het Wold Mercuriusplein", "Mercuriusplein", "10", "9402 RA", "Assen");

        team("25LM", "Team Zorg en Welzijn", 38);
        team("25LM", "Team Techniek", 31);
        team("25LM", "Team Onderwijsassistent", 17);
        team("26NP", "Team Economie", 26);
        team("26NP", "Team ICT", 21);
        team("27QR", "Team Sport en Bewegen", 14);
        team("28ST", "Pabo voltijd", 34);
        team("28ST", "Pabo deeltijd", 16);
        team("29UV", "Lerarenopleiding Nederlands", 18);
        team("29UV", "Lerarenopleiding Wiskunde", 15);
    }

    private void accounts() {
        foundation("centraal", "Carla Centraal", Rol.CENTRAAL_TEAM);
        foundation("directeur", "Dirk Directeur", Rol.DIRECTEUR);
        foundation("rvt", "Renate van Toezicht", Rol.RVT_VOORZITTER);
        foundation("expertcoach", "Eva Expert", Rol.EXPERTCOACH);
        foundation("expertcoach.rijnmond", "Ruud de Wit", Rol.EXPERTCOACH);
        foundation("expertcoach.noord", "Noor Hoekstra", Rol.EXPERTCOACH);
        foundation("expertcoach.utrecht", "Umar Bakker", Rol.EXPERTCOACH);
        bestuurder("bestuurder", "Bert Bestuur", "41234");
        bestuurder("bestuurder.rijnmond", "Mirjam Verhoeven", "42567");
        bestuurder("bestuurder.vo", "Hans Mulder", "30512");
        bestuurder("bestuurder.mbo", "Ingrid Smit", "25698");
        school("schoolleider", "Sanne Schoolleider", Rol.SCHOOLLEIDER, "04AB");
        school("schoolcoach", "Coen Coach", Rol.SCHOOLCOACH, "04AB");
        school("aanjager", "Anna Aanjager", Rol.AANJAGER, "04AB");
        school("leraar", "Lotte Leraar", Rol.LERAAR, "04AB");
        school("leraar.kompas", "Kees Jansen", Rol.LERAAR, "05CD");
        school("schoolleider.piramide", "Fatima El Amrani", Rol.SCHOOLLEIDER, "11LM");
        school("schoolcoach.piramide", "Jeroen Visser", Rol.SCHOOLCOACH, "11LM");
        school("schoolleider.lyceum", "Ria van Dijk", Rol.SCHOOLLEIDER, "20AB");
        school("schoolcoach.lyceum", "Marieke de Groot", Rol.SCHOOLCOACH, "20AB");
        school("schoolcoach.roc", "Peter Vermeulen", Rol.SCHOOLCOACH, "25LM");
        school("schoolcoach.pabo", "Yvonne Kok", Rol.SCHOOLCOACH, "28ST");
    }

    private void clusters() {
        cluster(
                "Cluster Amersfoort-Eemland",
                "Utrecht-Oost",
                List.of("expertcoach"),
                List.of("04AB", "05CD", "06EF", "07GH", "08JK", "21CD", "26NP"));
        cluster(
                "Cluster Rijnmond",
                "Zuid-Holland",
                List.of("expertcoach.rijnmond"),
                List.of("11LM", "12NP", "13QR", "14ST", "15UV"));
        cluster(
                "Cluster Utrecht Stad",
                "Utrecht",
                List.of("expertcoach.utrecht", "expertcoach"),
                List.of("20AB", "22EF", "25LM", "27QR", "28ST", "29UV"));
        cluster("Cluster Noord", "Groningen en Drenthe", List.of("expertcoach.noord"), List.of("23GH", "24JK"));
    }

    private void bestuur(String nummer, String naam, Sector sector) {
        Bestuur bestuur = new Bestuur(nummer, naam, sector);
        em.persist(bestuur);
        besturen.put(nummer, bestuur);
    }

    private void school(
            String brin,
            String naam,
            Sector sector,
            String bestuur,
            String straat,
            String huisnummer,
            String postcode,
            String plaats,
            double lat,
            double lon,
            int leraren) {
        School school = new School(
                BrinCode.of(brin),
                naam,
                sector,
                besturen.get(bestuur),
                new Adres(straat, huisnummer, postcode, plaats, lat, lon),
                leraren);
        em.persist(school);
        scholen.put(brin, school);
    }

    private void school(String username, String naam, Rol rol, String brin) {
        persist(Account.ofSchool(
                username,
                naam,
                username + "@school.example.nl",
                rol,
                scholen.get(brin),
                PasswordHash.create(DemoData.PASSWORD)));
    }

    private void vestiging(
            String brin, int nummer, String naam, String straat, String huisnummer, String postcode, String plaats) {
        Vestiging vestiging = new Vestiging(
                scholen.get(brin), nummer, naam, new Adres(straat, huisnummer, postcode, plaats, null, null));
        em.persist(vestiging);
        vestigingen.put(naam, vestiging);
    }

    private void team(String brin, String naam, int leraren) {
        Team team = new Team(scholen.get(brin), naam, leraren);
        em.persist(team);
        teams.put(brin + " " + naam, team);
    }

    private void foundation(String username, String naam, Rol rol) {
        persist(Account.ofFoundation(
                username, naam, username + "@stichting-leerkracht.nl", rol, PasswordHash.create(DemoData.PASSWORD)));
    }

    private void bestuurder(String username, String naam, String bestuur) {
        persist(Account.ofBestuur(
                username,
                naam,
                username + "@bestuur.example.nl",
                besturen.get(bestuur),
                PasswordHash.create(DemoData.PASSWORD)));
    }

    private void persist(Account account) {
        em.persist(account);
        accounts.put(account.getUsername(), account);
    }

    private void cluster(String naam, String regio, List<String> coaches, List<String> brins) {
        Cluster cluster = new Cluster(naam, regio);
        coaches.forEach(coach -> cluster.assignExpertcoach(accounts.get(coach)));
        brins.forEach(brin -> cluster.addSchool(scholen.get(brin)));
        em.persist(cluster);
        clusters.put(naam, cluster);
    }
}
