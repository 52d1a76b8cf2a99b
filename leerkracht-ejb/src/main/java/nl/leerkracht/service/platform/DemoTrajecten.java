package nl.leerkracht.service.platform;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.inschrijving.Aanvrager;
import nl.leerkracht.domain.inschrijving.Inschrijving;
import nl.leerkracht.domain.inschrijving.Kernteamlid;
import nl.leerkracht.domain.inschrijving.Tarief;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.school.Team;
import nl.leerkracht.domain.school.Vestiging;
import nl.leerkracht.domain.shared.Schooljaar;
import nl.leerkracht.domain.shared.Tijdzone;
import nl.leerkracht.domain.traject.Actie;
import nl.leerkracht.domain.traject.Bordsessie;
import nl.leerkracht.domain.traject.Doel;
import nl.leerkracht.domain.traject.Lesbezoek;
import nl.leerkracht.domain.traject.Lesontwerp;
import nl.leerkracht.domain.traject.Schoolvakantie;
import nl.leerkracht.domain.traject.StemVanDeLeerling;
import nl.leerkracht.domain.traject.Succes;
import nl.leerkracht.domain.traject.Terugblik;
import nl.leerkracht.domain.traject.Traject;

/**
 * The demo trajectories: two PO schools with a board in use (goals, actions, successes, bordsessies,
 * lesson visits, a lesson design, the voice of the pupil, a look-back), a VO location, an MBO team
 * and a pabo team at work, and the school holidays (the VO board's directieteam is {@link DemoDirectieteam}).
 */
final class DemoTrajecten {

    private final EntityManager em;
    private final Clock clock;
    private final DemoRegister register;

    DemoTrajecten(EntityManager em, Clock clock, DemoRegister register) {
        this.em = em;
        this.clock = clock;
        this.register = register;
    }

    void laad() {
        trajecten();
    }

    /**
     * Two PO schools whose trajectory started this school year, each in another cluster, with a
     * board that is in use: goals, actions, a success and the bordsessies of recent weeks.
     */
    private void trajecten() {
        LocalDate vandaag = LocalDate.now(clock);
        Schooljaar jaar = Schooljaar.of(vandaag);
        Tarief tarief = tarief(Sector.PO, jaar);
        if (tarief == null) {
            return;
        }
        em.flush(); // an enrolment's unique key names its school's id, which the database assigns
        Traject regenboog = traject("04AB", tarief, jaar, "Sanne Schoolleider", "Coen Coach", "Anna Aanjager");
        regenboog.stelAmbitieVast("Elke leerling leert elke dag iets van een ander: we geven elkaar en onze leerlingen"
                + " feedback die helpt.");
        Account coen = register.account("schoolcoach");
        Account anna = register.account("aanjager");
        Account lotte = register.account("leraar");
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

    /**
     * A trajectory in each other sector, so every sector's screens show a board in use: a VO
     * location that held two bordsessies of the last four weeks, an MBO team that held all four and a
     * pabo team three, all in the Cluster Utrecht Stad (whose meetings and documents are in
     * {@link DemoAgenda}).
     */
    private void sectoren(LocalDate vandaag, Schooljaar jaar) {
        sector(
                Sector.VO,
                "20AB",
                register.vestiging("Stedelijk Lyceum Kanaalweg"),
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
                register.team("25LM", "Team Zorg en Welzijn"),
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
                register.team("28ST", "Pabo voltijd"),
                jaar,
                vandaag,
                new String[] {"Annelies Peters", "Yvonne Kok", "Tim de Boer"},
                "schoolcoach.pabo",
                "Wat we studenten leren over goed lesgeven, doen we zelf ook: samen lessen ontwerpen en bezoeken.",
                new String[] {"Elk blok een gezamenlijk lesontwerp per vakgroep", "4 van de 5 vakgroepen"},
                "Lesontwerpsessie rekenen-wiskunde plannen",
                3);
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
        Account coach = register.account(coachAccount);
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
        School school = register.school(brin);
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
                        new Kernteamlid(coach, Kernteamlid.Kernteamrol.SCHOOLCOACH, new BigDecimal("0.4")),
                        new Kernteamlid(aanjager, Kernteamlid.Kernteamrol.AANJAGER, new BigDecimal("0.2"))),
                new Inschrijving.Bevestiging(true, true, false),
                start.minus(Duration.ofDays(120)));
        em.persist(inschrijving);
        inschrijving.keurGoed("Carla Centraal", start.minus(Duration.ofDays(100)));
        inschrijving.activeer("leerKRACHT platform", start, jaar.getTrajectStart());
        Traject traject = Traject.start(inschrijving, jaar.getTrajectStart(), "leerKRACHT platform", start);
        em.persist(traject);
        return traject;
    }
}
