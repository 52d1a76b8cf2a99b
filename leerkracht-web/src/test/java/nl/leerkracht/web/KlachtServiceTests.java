package nl.leerkracht.web;

import static nl.leerkracht.web.InContainer.als;
import static nl.leerkracht.web.InContainer.anoniem;
import static nl.leerkracht.web.InContainer.bean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leerkracht.domain.klacht.KlachtOnderwerp;
import nl.leerkracht.domain.klacht.Klachttermijn;
import nl.leerkracht.service.klacht.Indiening;
import nl.leerkracht.service.klacht.KlachtBehandeling;
import nl.leerkracht.service.klacht.KlachtForm;
import nl.leerkracht.service.klacht.KlachtRow;
import nl.leerkracht.service.klacht.KlachtService;
import nl.leerkracht.service.klacht.KlachtTermijnen;
import nl.leerkracht.service.klacht.KlachtVolgen;
import nl.leerkracht.service.platform.BusinessException;
import org.junit.jupiter.api.Test;

/** The complaint clocks (domain.md §7): the deadlines a complaint gets, another agreed term, the warning before it. */
interface KlachtServiceTests {

    @Test
    default void aComplaintGetsItsDeadlinesAtReceiptAndTheHandlerIsWarnedOnceBeforeAnAgreedTerm() throws Exception {
        anoniem();
        KlachtForm form = new KlachtForm();
        form.setNaam("Kees Klager");
        form.setEmail("kees.klager@example.nl");
        form.setOnderwerp(KlachtOnderwerp.PROGRAMMA);
        form.setOmschrijving("De trainingsdag werd twee keer verzet zonder dat de school het hoorde.");
        Indiening indiening = bean(KlachtService.class).indienen(form, List.of());

        // The complainant's own view: acknowledged within 48 hours of working days, solved within four weeks.
        KlachtVolgen gevolgd = bean(KlachtService.class).volg(indiening.getReferentie(), code(indiening.getVolglink()));
        Instant ontvangen = gevolgd.getOntvangenOp().toInstant();
        long werkminuten =
                werkminuten(ontvangen, gevolgd.getOntvangstUiterlijk().toInstant());
        assertTrue(
                Math.abs(werkminuten - 48 * 60) <= 1,
                "acknowledgement due after 48 hours of weekdays, counted " + werkminuten + " minutes");
        ongeveer(
                ontvangen.plus(Duration.ofDays(28)),
                gevolgd.getOplossingUiterlijk().toInstant());

        als("directeur");
        KlachtBehandeling behandeling = bean(KlachtBehandeling.class);
        long id = behandeling.register().stream()
                .filter(k -> k.getReferentie().equals(indiening.getReferentie()))
                .mapToLong(KlachtRow::getId)
                .findFirst()
                .orElseThrow();
        LocalDate vandaag = LocalDate.now(bean(Clock.class).withZone(Klachttermijn.ZONE));
        BusinessException vandaagAl = assertThrows(
                BusinessException.class, () -> behandeling.spreekTermijnAf(id, vandaag, "Met de klager besproken"));
        assertEquals("klacht.fout.termijn", vandaagAl.getMessageKey());

        // A term agreed for tomorrow falls within the three days before it: the handler is warned, once.
        LocalDate morgen = vandaag.plusDays(1);
        behandeling.spreekTermijnAf(id, morgen, "Met de klager besproken: de school wil eerst zelf praten");
        assertEquals(
                Klachttermijn.eindeVan(morgen),
                behandeling.get(id).getOplossingUiterlijk().toInstant());
        bean(KlachtTermijnen.class).bewaak(); // the scheduled job may have been first: either way, once
        String gewaarschuwd = TestDatabase.string("SELECT oplossing_gewaarschuwd_op FROM klacht WHERE id = ?", id);
        assertNotNull(gewaarschuwd, "the handler was warned");
        String mails = TestDatabase.string("SELECT COUNT(*) FROM mail_bericht WHERE klacht_id = ?", id);
        bean(KlachtTermijnen.class).bewaak();
        assertEquals(mails, TestDatabase.string("SELECT COUNT(*) FROM mail_bericht WHERE klacht_id = ?", id));
        assertEquals(
                gewaarschuwd, TestDatabase.string("SELECT oplossing_gewaarschuwd_op FROM klacht WHERE id = ?", id));
        assertNull(
                TestDatabase.string("SELECT oplossing_geescaleerd_op FROM klacht WHERE id = ?", id),
                "not escalated before the term has passed");
    }

    /**
     * The minutes from {@code van} to {@code tot} that start on a weekday, Dutch time: counted one by
     * one, not computed the way the platform does (within a minute when the clock starts in a weekend).
     */
    private static long werkminuten(Instant van, Instant tot) {
        long minuten = 0;
        for (Instant t = van; t.plusSeconds(59).isBefore(tot); t = t.plusSeconds(60)) {
            DayOfWeek dag = t.atZone(Klachttermijn.ZONE).getDayOfWeek();
            if (dag != DayOfWeek.SATURDAY && dag != DayOfWeek.SUNDAY) {
                minuten++;
            }
        }
        return minuten;
    }

    private static void ongeveer(Instant verwacht, Instant gelezen) {
        assertTrue(
                Duration.between(verwacht, gelezen).abs().compareTo(Duration.ofSeconds(1)) < 0,
                "expected " + verwacht + ", read " + gelezen);
    }

    private static String code(String volglink) {
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(volglink);
        assertTrue(code.find(), volglink);
        return URLDecoder.decode(code.group(1), StandardCharsets.UTF_8);
    }
}
