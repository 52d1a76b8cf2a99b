package nl.leerkracht.service.klacht;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.leerkracht.domain.klacht.KlachtOnderwerp;
import nl.leerkracht.domain.klacht.Klachttermijn;

/** The texts of the complaint e-mails, from {@code mails.properties}, with dates in Dutch. */
final class KlachtMails {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm", NL);
    private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", NL);
    private static final ResourceBundle TEKSTEN =
            ResourceBundle.getBundle("nl.leerkracht.service.klacht.mails", Locale.ROOT);

    private KlachtMails() {}

    static String tekst(String sleutel, Object... args) {
        return new MessageFormat(TEKSTEN.getString(sleutel), NL).format(args);
    }

    static String onderwerp(KlachtOnderwerp onderwerp) {
        return TEKSTEN.getString("onderwerp." + onderwerp.name());
    }

    static String moment(Instant instant) {
        return MOMENT.format(instant.atZone(Klachttermijn.ZONE));
    }

    static String dag(LocalDate dag) {
        return DAG.format(dag);
    }
}
