package nl.leerkracht.service.platform;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.leerkracht.domain.klacht.Klacht;
import nl.leerkracht.domain.klacht.KlachtOnderwerp;
import nl.leerkracht.domain.klacht.KlachtUitkomst;
import nl.leerkracht.domain.shared.Tijdzone;
import nl.leerkracht.service.klacht.KlachtService;

/**
 * Demo complaints in each state, so the directeur and the RvT chair see a register in use. Their
 * tracking codes are random and kept nowhere: nobody follows these.
 */
final class DemoKlachten {

    private final EntityManager em;
    private final Clock clock;
    private final java.security.SecureRandom random = new java.security.SecureRandom();

    DemoKlachten(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * Complaints in each state, so the directeur and the RvT chair see a register in use: one just
     * received, one being handled, one closed, and one about the directeur for the RvT chair. Their
     * tracking codes are random and kept nowhere: nobody follows these.
     */
    void klachten() {
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
}
