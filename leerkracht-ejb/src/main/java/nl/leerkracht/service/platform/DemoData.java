package nl.leerkracht.service.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.PasswordHash;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.coaching.Bijeenkomst;
import nl.leerkracht.domain.coaching.BijeenkomstType;
import nl.leerkracht.domain.coaching.Cluster;
import nl.leerkracht.domain.document.DocumentVersie;
import nl.leerkracht.domain.document.Instrument;
import nl.leerkracht.domain.document.Sessiedocument;
import nl.leerkracht.domain.inschrijving.Aanvrager;
import nl.leerkracht.domain.inschrijving.DirectieteamFunctie;
import nl.leerkracht.domain.inschrijving.DirectieteamInschrijving;
import nl.leerkracht.domain.inschrijving.DirectieteamLid;
import nl.leerkracht.domain.inschrijving.DirectieteamPrijs;
import nl.leerkracht.domain.inschrijving.Inschrijving;
import nl.leerkracht.domain.inschrijving.Kernteamlid;
import nl.leerkracht.domain.inschrijving.Tarief;
import nl.leerkracht.domain.klacht.Klacht;
import nl.leerkracht.domain.klacht.KlachtOnderwerp;
import nl.leerkracht.domain.klacht.KlachtUitkomst;
import nl.leerkracht.domain.school.Adres;
import nl.leerkracht.domain.school.Bestuur;
import nl.leerkracht.domain.school.BrinCode;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.school.Team;
import nl.leerkracht.domain.school.Vestiging;
import nl.leerkracht.domain.shared.Schooljaar;
import nl.leerkracht.domain.shared.Tijdzone;
import nl.leerkracht.domain.traject.Actie;
import nl.leerkracht.domain.traject.Bordsessie;
import nl.leerkracht.domain.traject.DirectieteamTraject;
import nl.leerkracht.domain.traject.Doel;
import nl.leerkracht.domain.traject.Fase;
import nl.leerkracht.domain.traject.Lesbezoek;
import nl.leerkracht.domain.traject.Lesontwerp;
import nl.leerkracht.domain.traject.Schoolvakantie;
import nl.leerkracht.domain.traject.StemVanDeLeerling;
import nl.leerkracht.domain.traject.Succes;
import nl.leerkracht.domain.traject.Terugblik;
import nl.leerkracht.domain.traject.Traject;
import nl.leerkracht.service.klacht.KlachtService;

/**
 * A realistic demo data set: boards, twenty schools over PO/VO/MBO/HBO with locations and teams,
 * clusters with Expertcoaches, running trajectories with their team boards in every sector, a
 * directieteam, meetings, session documents, complaints in each state, and a demo user for every
 * role (README lists the logins). Loaded once into an empty database, never when it holds data.
 */
@Stateless
@PermitAll // called at start-up by DatabaseSetup, when there is no caller
public class DemoData {

    /** The password of every demo account; README.md says so. */
    public static final String PASSWORD = "leerkracht-demo";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    private final Map<String, Bestuur> besturen = new HashMap<>();
    private final Map<String, School> scholen = new HashMap<>();
    private final Map<String, Account> accounts = new HashMap<>();
    private final Map<String, Cluster> clusters = new HashMap<>();
    private final Map<String, Vestiging> vestigingen = new HashMap<>();
    private final Map<String, Team> teams = new HashMap<>();
    private final java.security.SecureRandom random = new java.security.SecureRandom();

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void loadIfEmpty() {
        if (em.createQuery("SELECT COUNT(b) FROM Bestuur b", Long.class).getSingleResult() > 0) {
            return;
        }
        besturen.clear();
        scholen.clear();
        accounts.clear();
        clusters.clear();
        vestigingen.clear();
        teams.clear();
        besturen();
        scholen();
        accounts();
        clusters();
        trajecten();
        agenda();
        directieteam();
        klachten();
        LOG.info(() -> "Demo data loaded: " + besturen.size() + " besturen, " + scholen.size() + " schools, "
                + accounts.size() + " accounts");
    }

    private void besturen() {
        bestuur("41234", "Stichting Primair Onderwijs De Vallei", Sector.PO);
        bestuur("42567", "Stichting Openbaar Onderwijs Rijnmond", Sector.PO);
        bestuur("30512", "Stichting Voortgezet Onderwijs Midden-Nederland", Sector.VO);
        bestuur("31120", "Scholengroep Noord", Sector.VO);
        bestuur("25698", "ROC Midden Nederland", Sector.MBO);
        bestuur("27845", "Hogeschool Utrecht", Sector.HBO);
    }

    private void scholen() {
        school(
                "04AB",
                "OBS De Regenboog",
                Sector.PO,
                "41234",
                "Leusderweg",
                "120",
                "3817 KC",
                "Amersfoort",
                52.1503,
                5.3790,
                24);
        school(
                "05CD",
                "CBS Het Kompas",
                Sector.PO,
                "41234",
                "Kapelweg",
                "8",
                "3818 BN",
                "Amersfoort",
                52.1621,
                5.4021,
                18);
        school(
                "06EF",
                "Basisschool De Wilgen",
                Sector.PO,
                "41234",
                "Wilgenlaan",
                "3",
                "3768 GB",
                "Soest",
                52.1731,
                5.2912,
                31);
        school(
                "07GH",
                "SBO De Sprong",
                Sector.PO,
                "41234",
                "Hamersveldseweg",
                "61",
                "3833 GM",
                "Leusden",
                52.1329,
                5.4291,
                15);
        school(
                "08JK",
                "Montessorischool Amersfoort",
                Sector.PO,
                "41234",
                "Vondellaan",
                "34",
                "3818 KD",
                "Amersfoort",
                52.1498,
                5.3702,
                27);
        school(
                "11LM",
                "OBS De Piramide",
                Sector.PO,
                "42567",
                "Mathenesserweg",
                "12",
                "3026 HJ",
                "Rotterdam",
                51.9171,
                4.4612,
                38);
        school(
                "12NP",
                "Basisschool Het Anker",
                Sector.PO,
                "42567",
                "Lange Haven",
                "98",
                "3111 CH",
                "Schiedam",
                51.9190,
                4.3990,
                22);
        school(
                "13QR",
                "OBS De Kameleon",
                Sector.PO,
                "42567",
                "Slinge",
                "301",
                "3085 EM",
                "Rotterdam",
                51.8802,
                4.4951,
                45);
        school(
                "14ST",
                "Daltonschool De Maas",
                Sector.PO,
                "42567",
                "Westhavenkade",
                "50",
                "3131 AG",
                "Vlaardingen",
                51.9080,
                4.3410,
                29);
        school(
                "15UV",
                "OBS De Horizon",
                Sector.PO,
                "42567",
                "Zuidplein",
                "7",
                "3083 CW",
                "Rotterdam",
                51.8870,
                4.4880,
                19);
        school(
                "20AB",
                "Stedelijk Lyceum Utrecht",
                Sector.VO,
                "30512",
                "Kanaalweg",
                "35",
                "3526 KL",
                "Utrecht",
                52.0798,
                5.0977,
                110);
        school(
                "21CD",
                "Het Nieuwe College Amersfoort",
                Sector.VO,
                "30512",
                "Hogeweg",
                "200",
                "3814 CE",
                "Amersfoort",
                52.1580,
                5.4030,
                85);
        school("22EF", "VSO De Brug", Sector.VO, "30512", "Krakelingweg", "1", "3707 HP", "Zeist", 52.0890, 5.2330, 24);
        school(
                "23GH",
                "Noorderpoort Lyceum",
                Sector.VO,
                "31120",
                "Zonnelaan",
                "2",
                "9742 BE",
                "Groningen",
                53.2391,
                6.5412,
                95);
        school(
                "24JK",
                "Scholengemeenschap Het Wold",
                Sector.VO,
                "31120",
                "Mercuriusplein",
                "10",
                "9402 RA",
                "Assen",
                52.9930,
                6.5620,
                70);
        school(
                "25LM",
                "ROC Midden Nederland Utrecht",
                Sector.MBO,
                "25698",
                "Australiëlaan",
                "1",
                "3526 AB",
                "Utrecht",
                52.0781,
                5.1003,
                240);
        school(
                "26NP",
                "ROC Midden Nederland Amersfoort",
                Sector.MBO,
                "25698",
                "Leusderweg",
                "4",
                "3811 NE",
                "Amersfoort",
                52.1480,
                5.3800,
                160);
        school(
                "27QR",
                "MBO College Zeist",
                Sector.MBO,
                "25698",
                "Laan van Vollenhove",
                "3200",
                "3706 AR",
                "Zeist",
                52.0850,
                5.2400,
                90);
        school(
                "28ST",
                "Pabo Hogeschool Utrecht",
                Sector.HBO,
                "27845",
                "Padualaan",
                "97",
                "3584 CH",
                "Utrecht",
                52.0842,
                5.1741,
                60);
        school(
                "29UV",
                "Lerarenopleiding Hogeschool Utrecht",
                Sector.HBO,
                "27845",
                "Heidelberglaan",
                "15",
                "3584 CS",
                "Utrecht",
                52.0852,
                5.1762,
                75);

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

    /**
     * Two PO schools whose trajectory started this school year, each in another cluster, with a
     * board that is in use: goals, actions, a success and the bordsessies of recent weeks.
     */
    private void trajecten() {
        LocalDate vandaag = LocalDate.now(clock);
        Schooljaar jaar = Schooljaar.of(vandaag);
        Tarief tarief = em.createQuery(
                        "SELECT t FROM Tarief t WHERE t.sector = :sector AND t.startjaar = :jaar", Tarief.class)
                .setParameter("sector", Sector.PO)
                .setParameter("jaar", jaar)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (tarief == null) {
            return;
        }
        em.flush(); // an enrolment's unique key names its school's id, which the database assigns
        Traject regenboog = traject("04AB", tarief, jaar, "Sanne Schoolleider", "Coen Coach", "Anna Aanjager");
        regenboog.stelAmbitieVast("Elke leerling leert elke dag iets van een ander: we geven elkaar en onze leerlingen"
                + " feedback die helpt.");
        Account coen = accounts.get("schoolcoach");
        Account anna = accounts.get("aanjager");
        Account lotte = accounts.get("leraar");
        Doel feedback = new Doel(
                regenboog,
                "Leerlingen geven elkaar feedback met de feedbackkaart",
                coen,
                "In 6 van de 8 groepen wekelijks",
                vandaag.plusWeeks(6),
                vandaag);
        Doel rekenen = new Doel(
                regenboog,
                "Instructie rekenen in drie niveaus",
                lotte,
                "Alle groepen 5-8 gebruiken het instructiemodel",
                vandaag.plusWeeks(10),
                vandaag);
        em.persist(feedback);
        em.persist(rekenen);
        em.persist(new Actie(regenboog, "Feedbackkaarten drukken en uitdelen", anna, vandaag.plusDays(5), vandaag));
        em.persist(new Actie(regenboog, "Lesbezoeken groep 6 en 7 inplannen", coen, vandaag.plusDays(9), vandaag));
        em.persist(new Succes(
                regenboog,
                "Groep 7 gaf voor het eerst zelf feedback op elkaars verhaal",
                "Lotte Leraar",
                vandaag.minusDays(3)));
        for (int weken = 4; weken >= 1; weken--) {
            LocalDate dag = vandaag.minusWeeks(weken);
            if (!dag.isBefore(regenboog.getGestartOp())) {
                em.persist(Bordsessie.log(
                        regenboog,
                        dag,
                        vandaag,
                        List.of(coen, anna, lotte),
                        List.of(feedback),
                        List.of(),
                        List.of(),
                        null,
                        "Coen Coach",
                        dag.atTime(15, 15).atZone(Tijdzone.NEDERLAND).toInstant()));
            }
        }
        // Days in the past, but never before the trajectory started (the demo data may load on 2 September).
        LocalDate zesDagenTerug = max(vandaag.minusDays(6), regenboog.getGestartOp());
        Lesbezoek gehouden =
                Lesbezoek.plan(regenboog, anna, lotte, zesDagenTerug, "Hoe geven leerlingen elkaar feedback?", vandaag);
        gehouden.legVast(
                "Sterk: de feedbackkaart lag op elke tafel. Tip: laat leerlingen eerst zelf een tip kiezen.", vandaag);
        em.persist(gehouden);
        Lesbezoek gepland = Lesbezoek.plan(
                regenboog, coen, lotte, vandaag.plusDays(4), "Instructie rekenen in drie niveaus", vandaag);
        em.persist(gepland);
        Lesontwerp ontwerp = new Lesontwerp(
                regenboog,
                "Breuken vergelijken met stroken",
                "Lotte Leraar, Anna Aanjager",
                "Leerlingen leggen uit welke breuk groter is en waarom",
                max(vandaag.minusDays(2), regenboog.getGestartOp()),
                vandaag);
        ontwerp.koppelVervolgbezoek(gepland);
        em.persist(ontwerp);
        em.persist(new StemVanDeLeerling(
                regenboog,
                max(vandaag.minusDays(12), regenboog.getGestartOp()),
                "Groep 7",
                "Wat helpt jou als je vastloopt?",
                "Een maatje naast je en een voorbeeld op het bord; de feedbackkaart vinden ze fijn.",
                feedback,
                vandaag));
        em.persist(new Terugblik(
                regenboog,
                vandaag,
                true,
                "Bordsessies elke week gehouden; feedback komt op gang in de bovenbouw.",
                "Coen Coach",
                vandaag));
        traject("13QR", tarief, jaar, "Fatima El Amrani", "Jeroen Visser", "Said Amrani");
        sectoren(vandaag, jaar);
        vakantie("Herfstvakantie 2026 (regio midden)", LocalDate.of(2026, 10, 17), LocalDate.of(2026, 10, 25));
        vakantie("Kerstvakantie 2026-2027", LocalDate.of(2026, 12, 19), LocalDate.of(2027, 1, 3));
        vakantie("Voorjaarsvakantie 2027 (regio midden)", LocalDate.of(2027, 2, 20), LocalDate.of(2027, 2, 28));
        vakantie("Meivakantie 2027", LocalDate.of(2027, 4, 24), LocalDate.of(2027, 5, 2));
        vakantie("Zomervakantie 2027 (regio midden)", LocalDate.of(2027, 7, 17), LocalDate.of(2027, 8, 29));
    }

    /** The VO board's directieteam, approved for this school year, with its trajectory in the Startfase. */
    private void directieteam() {
        Instant nu = clock.instant();
        DirectieteamInschrijving directieteam = DirectieteamInschrijving.aanvragen(
                besturen.get("30512"),
                Schooljaar.of(LocalDate.now(clock)),
                List.of(
                        new DirectieteamLid("Hans Mulder", DirectieteamFunctie.BESTUURDER),
                        new DirectieteamLid("Ria van Dijk", DirectieteamFunctie.RECTOR),
                        new DirectieteamLid("Ahmed Yilmaz", DirectieteamFunctie.RECTOR)),
                4,
                DirectieteamPrijs.standaard(),
                "Hans Mulder",
                nu.minus(Duration.ofDays(120)));
        em.persist(directieteam);
        directieteam.keurGoed("Carla Centraal", nu.minus(Duration.ofDays(100)));
        em.persist(DirectieteamTraject.start(directieteam, "Carla Centraal", nu.minus(Duration.ofDays(100))));
    }

    /**
     * A trajectory in each other sector, so every sector's screens show a board in use: a VO
     * location that held two bordsessies of the last four weeks, an MBO team that held all four and a
     * pabo team three, all in the Cluster Utrecht Stad, with the cluster's meetings and a session
     * document for each sector.
     */
    private void sectoren(LocalDate vandaag, Schooljaar jaar) {
        sector(
                Sector.VO,
                "20AB",
                vestigingen.get("Stedelijk Lyceum Kanaalweg"),
                null,
                jaar,
                vandaag,
                new String[] {"Karin Bos", "Marieke de Groot", "Youssef Amrani"},
                "schoolcoach.lyceum",
                "Elke les begint met een helder leerdoel, en leerlingen weten aan het eind waar ze staan.",
                new String[] {"Leerdoel op het bord in elke les", "In 8 van de 10 lessen bij een lesbezoek"},
                "Lesbezoekrooster bovenbouw havo maken",
                2);
        sector(
                Sector.MBO,
                "25LM",
                null,
                teams.get("25LM Team Zorg en Welzijn"),
                jaar,
                vandaag,
                new String[] {"Gerard Hendriks", "Peter Vermeulen", "Linda Koster"},
                "schoolcoach.roc",
                "Studenten krijgen elke week feedback op hun beroepshouding, van ons en van elkaar.",
                new String[] {"Feedbackmoment na elke praktijkles", "Alle klassen van leerjaar 1"},
                "Feedbackformulier met de praktijkopleiders bespreken",
                4);
        sector(
                Sector.HBO,
                "28ST",
                null,
                teams.get("28ST Pabo voltijd"),
                jaar,
                vandaag,
                new String[] {"Annelies Peters", "Yvonne Kok", "Tim de Boer"},
                "schoolcoach.pabo",
                "Wat we studenten leren over goed lesgeven, doen we zelf ook: samen lessen ontwerpen en bezoeken.",
                new String[] {"Elk blok een gezamenlijk lesontwerp per vakgroep", "4 van de 5 vakgroepen"},
                "Lesontwerpsessie rekenen-wiskunde plannen",
                3);
        Cluster utrecht = clusters.get("Cluster Utrecht Stad");
        Bijeenkomst doelen = new Bijeenkomst(
                utrecht,
                BijeenkomstType.TRAINING_DOELEN,
                "Training doelen stellen",
                vandaag.plusWeeks(1),
                LocalTime.of(15, 30),
                LocalTime.of(17, 30),
                "Stedelijk Lyceum Kanaalweg, Kanaalweg 35, Utrecht",
                vandaag);
        em.persist(doelen);
        em.persist(new Bijeenkomst(
                utrecht,
                BijeenkomstType.FORUM,
                "Forum schoolcoaches mbo en hbo",
                vandaag.plusWeeks(5),
                LocalTime.of(16, 0),
                LocalTime.of(18, 0),
                "Stichting leerKRACHT, Atoomweg 99, Utrecht",
                vandaag));
        document(
                "Werkblad leerdoelen in de les",
                Fase.STARTFASE,
                Instrument.LESBEZOEK,
                Sector.VO,
                doelen,
                "werkblad-leerdoelen-vo.pdf");
        document("Teambord in de praktijkopleiding", null, Instrument.BORDSESSIE, Sector.MBO, "teambord-mbo.pdf");
        document("Samen lesontwerpen op de pabo", null, Instrument.LESONTWERP, Sector.HBO, "lesontwerp-pabo.pdf");
    }

    private void sector(
            Sector sector,
            String brin,
            Vestiging vestiging,
            Team team,
            Schooljaar jaar,
            LocalDate vandaag,
            String[] kernteam,
            String coachAccount,
            String ambitie,
            String[] doel,
            String actie,
            int bordsessies) {
        Tarief tarief = tarief(sector, jaar);
        if (tarief == null) {
            return;
        }
        Traject traject = traject(brin, vestiging, team, tarief, jaar, kernteam[0], kernteam[1], kernteam[2]);
        traject.stelAmbitieVast(ambitie);
        Account coach = accounts.get(coachAccount);
        Doel eerste = new Doel(traject, doel[0], coach, doel[1], vandaag.plusWeeks(8), vandaag);
        em.persist(eerste);
        em.persist(new Actie(traject, actie, coach, vandaag.plusDays(7), vandaag));
        for (int weken = bordsessies; weken >= 1; weken--) {
            LocalDate dag = vandaag.minusWeeks(weken);
            if (!dag.isBefore(traject.getGestartOp())) {
                em.persist(Bordsessie.log(
                        traject,
                        dag,
                        vandaag,
                        List.of(coach),
                        List.of(eerste),
                        List.of(),
                        List.of(),
                        null,
                        kernteam[1],
                        dag.atTime(15, 30).atZone(Tijdzone.NEDERLAND).toInstant()));
            }
        }
    }

    private Tarief tarief(Sector sector, Schooljaar jaar) {
        return em.createQuery("SELECT t FROM Tarief t WHERE t.sector = :sector AND t.startjaar = :jaar", Tarief.class)
                .setParameter("sector", sector)
                .setParameter("jaar", jaar)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /**
     * Complaints in each state, so the directeur and the RvT chair see a register in use: one just
     * received, one being handled, one closed, and one about the directeur for the RvT chair. Their
     * tracking codes are random and kept nowhere: nobody follows these.
     */
    private void klachten() {
        Instant nu = clock.instant();
        Klacht nieuw = klacht(
                "Marloes Jansen",
                KlachtOnderwerp.PROGRAMMA,
                "De training van vorige week begon drie kwartier later dan aangekondigd, zonder bericht vooraf.",
                nu.minus(Duration.ofHours(2)));
        Klacht lopend = klacht(
                "Ruben de Vries",
                KlachtOnderwerp.MEDEWERKER,
                "Onze Expertcoach zegde twee keer kort van tevoren een lesbezoek af; het team was voorbereid.",
                nu.minus(Duration.ofDays(9)));
        lopend.mailKlager(
                "Beste Ruben, dank voor je bericht. We zoeken uit wat er misging en bellen je deze week.",
                "Dirk Directeur",
                nu.minus(Duration.ofDays(8)));
        lopend.noteer(
                "Met de Expertcoach gesproken: ziekte in het gezin. Nieuwe data voorgesteld.",
                "Dirk Directeur",
                nu.minus(Duration.ofDays(6)));
        Klacht gesloten = klacht(
                "Sevda Kaya",
                KlachtOnderwerp.PROGRAMMA,
                "De factuur noemde een ander aantal leraren dan we hadden opgegeven.",
                nu.minus(Duration.ofDays(60)));
        gesloten.mailKlager(
                "Beste Sevda, dank je wel. We kijken de factuur na en komen erop terug.",
                "Dirk Directeur",
                nu.minus(Duration.ofDays(59)));
        gesloten.sluit(
                KlachtUitkomst.OPGELOST,
                "Creditnota en nieuwe factuur gestuurd; de school is akkoord.",
                "Dirk Directeur",
                nu.minus(Duration.ofDays(45)));
        Klacht overDirecteur = klacht(
                "Jan Pieters",
                KlachtOnderwerp.DIRECTEUR,
                "Mijn e-mail aan de directeur over de samenwerking met ons bestuur bleef na drie weken onbeantwoord.",
                nu.minus(Duration.ofDays(3)));
        overDirecteur.mailKlager(
                "Beste Jan, je klacht is bij mij als voorzitter van de Raad van Toezicht. Ik neem contact met je op.",
                "Renate van Toezicht",
                nu.minus(Duration.ofDays(2)));
        List.of(nieuw, lopend, gesloten, overDirecteur).forEach(em::persist);
    }

    private Klacht klacht(String naam, KlachtOnderwerp onderwerp, String omschrijving, Instant op) {
        StringBuilder referentie = new StringBuilder("K")
                .append(op.atZone(Tijdzone.NEDERLAND).getYear())
                .append("-D");
        for (int i = 0; i < 5; i++) {
            referentie.append(
                    KlachtService.REFERENTIE_TEKENS.charAt(random.nextInt(KlachtService.REFERENTIE_TEKENS.length())));
        }
        return Klacht.ontvang(
                referentie.toString(),
                KlachtService.hash(java.util.UUID.randomUUID().toString()),
                naam,
                naam.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@voorbeeld.example.nl",
                onderwerp,
                omschrijving,
                op);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private void vakantie(String naam, LocalDate van, LocalDate totEnMet) {
        em.persist(new Schoolvakantie(naam, van, totEnMet));
    }

    private Traject traject(
            String brin, Tarief tarief, Schooljaar jaar, String schoolleider, String coach, String aanjager) {
        return traject(brin, null, null, tarief, jaar, schoolleider, coach, aanjager);
    }

    /** A trajectory started this school year: PO as a school, VO per location, MBO and HBO per team. */
    private Traject traject(
            String brin,
            Vestiging vestiging,
            Team team,
            Tarief tarief,
            Schooljaar jaar,
            String schoolleider,
            String coach,
            String aanjager) {
        School school = scholen.get(brin);
        Instant start =
                jaar.getTrajectStart().atTime(9, 0).atZone(Tijdzone.NEDERLAND).toInstant();
        Inschrijving inschrijving = Inschrijving.aanvragen(
                school,
                vestiging,
                team,
                tarief,
                team != null ? team.getAantalLeraren() : school.getAantalLeraren(),
                new Aanvrager(schoolleider, "schoolleider@school.example.nl", Aanvrager.Functie.SCHOOLLEIDER, null),
                List.of(
                        new Kernteamlid(coach, Kernteamlid.Rol.SCHOOLCOACH, new BigDecimal("0.4")),
                        new Kernteamlid(aanjager, Kernteamlid.Rol.AANJAGER, new BigDecimal("0.2"))),
                new Inschrijving.Bevestiging(true, true, false),
                start.minus(Duration.ofDays(120)));
        em.persist(inschrijving);
        inschrijving.keurGoed("Carla Centraal", start.minus(Duration.ofDays(100)));
        inschrijving.activeer("leerKRACHT platform", start, jaar.getTrajectStart());
        Traject traject = Traject.start(inschrijving, jaar.getTrajectStart(), "leerKRACHT platform", start);
        em.persist(traject);
        return traject;
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
                username, naam, username + "@stichting-leerkracht.nl", rol, PasswordHash.create(PASSWORD)));
    }

    private void bestuurder(String username, String naam, String bestuur) {
        persist(Account.ofBestuur(
                username,
                naam,
                username + "@bestuur.example.nl",
                besturen.get(bestuur),
                PasswordHash.create(PASSWORD)));
    }

    private void school(String username, String naam, Rol rol, String brin) {
        persist(Account.ofSchool(
                username,
                naam,
                username + "@school.example.nl",
                rol,
                scholen.get(brin),
                PasswordHash.create(PASSWORD)));
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

    /**
     * Meetings on the Clusteragenda of two clusters, one of them today (so attendance can be
     * recorded), and session documents: one for every school and two for a training.
     */
    private void agenda() {
        LocalDate vandaag = LocalDate.now(clock);
        Cluster eemland = clusters.get("Cluster Amersfoort-Eemland");
        Bijeenkomst feedback = new Bijeenkomst(
                eemland,
                BijeenkomstType.TRAINING_FEEDBACK,
                "Training feedback geven",
                vandaag,
                LocalTime.of(15, 30),
                LocalTime.of(17, 30),
                "OBS De Regenboog, Leusderweg 120, Amersfoort",
                vandaag);
        em.persist(feedback);
        em.persist(new Bijeenkomst(
                eemland,
                BijeenkomstType.TRAINING_DOELEN,
                "Training doelen stellen",
                vandaag.plusWeeks(3),
                LocalTime.of(15, 30),
                LocalTime.of(17, 30),
                "CBS Het Kompas, Kapelweg 8, Amersfoort",
                vandaag));
        em.persist(new Bijeenkomst(
                eemland,
                BijeenkomstType.FORUM,
                "Forum schoolcoaches",
                vandaag.plusWeeks(6),
                LocalTime.of(16, 0),
                LocalTime.of(18, 0),
                "Stichting leerKRACHT, Atoomweg 99, Utrecht",
                vandaag));
        em.persist(new Bijeenkomst(
                clusters.get("Cluster Rijnmond"),
                BijeenkomstType.WERKSESSIE,
                "Werksessie teambord",
                vandaag.plusWeeks(2),
                LocalTime.of(15, 0),
                LocalTime.of(17, 0),
                "OBS De Kameleon, Slinge 301, Rotterdam",
                vandaag));
        document("Handleiding teambord", null, Instrument.BORDSESSIE, null, "handleiding-teambord.pdf");
        document(
                "Werkblad feedbackkaart",
                Fase.STARTFASE,
                Instrument.LESBEZOEK,
                Sector.PO,
                feedback,
                "werkblad-feedbackkaart.pdf");
        document(
                "Presentatie training feedback",
                null,
                Instrument.LESBEZOEK,
                null,
                feedback,
                "presentatie-feedback.pdf");
    }

    private void document(String titel, Fase fase, Instrument instrument, Sector sector, String bestandsnaam) {
        document(titel, fase, instrument, sector, null, bestandsnaam);
    }

    private void document(
            String titel,
            Fase fase,
            Instrument instrument,
            Sector sector,
            Bijeenkomst bijeenkomst,
            String bestandsnaam) {
        Sessiedocument document = new Sessiedocument(titel, fase, instrument, sector, bijeenkomst);
        em.persist(document);
        em.persist(new DocumentVersie(
                document, bestandsnaam, pdf(titel), Long.MAX_VALUE, "Carla Centraal", clock.instant()));
    }

    /** A one-page PDF with a title, small but valid, so the demo documents open in a reader. */
    static byte[] pdf(String titel) {
        String tekst = titel.replace("\\", "").replace("(", "").replace(")", "");
        String stream = "BT /F1 24 Tf 72 720 Td (" + tekst + ") Tj ET";
        List<String> objecten = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> posities = new java.util.ArrayList<>();
        for (int i = 0; i < objecten.size(); i++) {
            posities.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objecten.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objecten.size() + 1).append("\n0000000000 65535 f \n");
        posities.forEach(p -> pdf.append(String.format("%010d 00000 n ", p)).append('\n'));
        pdf.append("trailer\n<< /Size ")
                .append(objecten.size() + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
