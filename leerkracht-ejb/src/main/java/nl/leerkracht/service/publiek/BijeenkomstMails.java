package nl.leerkracht.service.publiek;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.leerkracht.domain.publiek.Informatiebijeenkomst;

/** The texts of the information meeting e-mails, from {@code mails.properties}, with dates in Dutch. */
final class BijeenkomstMails {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", NL);
    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("HH:mm", NL);
    private static final ResourceBundle TEKSTEN =
            ResourceBundle.getBundle("nl.leerkracht.service.publiek.mails", Locale.ROOT);

    private BijeenkomstMails() {}

    static String tekst(String sleutel, Object... args) {
        return new MessageFormat(TEKSTEN.getString(sleutel), NL).format(args);
    }

    /** "dinsdag 15 december 2026, 15:30–17:00" */
    static String wanneer(Informatiebijeenkomst bijeenkomst) {
        return DAG.format(bijeenkomst.getDatum()) + ", " + TIJD.format(bijeenkomst.getVan()) + "–"
                + TIJD.format(bijeenkomst.getTot());
    }

    /** "OBS De Regenboog, Leusderweg 120, 3817 KC Amersfoort" */
    static String waar(Informatiebijeenkomst bijeenkomst) {
        return bijeenkomst.getSchool().getNaam() + ", "
                + bijeenkomst.getSchool().getAdres();
    }
}
