package nl.leerkracht.web.agenda;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.validate.ValidationException;
import nl.leerkracht.domain.shared.Tijdzone;
import nl.leerkracht.service.coaching.BijeenkomstRow;

/**
 * Meetings as an iCalendar document (RFC 5545), written by ical4j: times in Dutch local time with
 * the Europe/Amsterdam VTIMEZONE, so a calendar shows them right on either side of a clock change;
 * escaping and the folding of long lines are the library's.
 */
final class AgendaCalendar {

    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private AgendaCalendar() {}

    /**
     * The Europe/Amsterdam time zone under its own name. The tz database keeps Amsterdam's rules
     * as Brussels' since 2022 (they are the same), and ical4j names the definition so; the events
     * name Europe/Amsterdam, and a calendar looks their TZID up by name.
     */
    private static VTimeZone nederland() {
        VTimeZone zone =
                ZONES.getTimeZone(Tijdzone.NEDERLAND.getId()).getVTimeZone().copy();
        zone.replace(new TzId(Tijdzone.NEDERLAND.getId()));
        zone.removeAll(Property.TZURL, "X-LIC-LOCATION");
        return zone;
    }

    /** The document for these meetings, stamped with the moment it was made. */
    static String of(List<BijeenkomstRow> bijeenkomsten, Instant gemaakt) {
        Calendar calendar = new Calendar()
                .withProdId("-//stichting leerKRACHT//Clusteragenda//NL")
                .withDefaults()
                .getFluentTarget();
        calendar.add(new XProperty("X-WR-CALNAME", "leerKRACHT Clusteragenda"));
        calendar.add(new XProperty("X-WR-TIMEZONE", Tijdzone.NEDERLAND.getId()));
        calendar.add(nederland());
        for (BijeenkomstRow b : bijeenkomsten) {
            VEvent event = new VEvent(false);
            event.add(new Uid("bijeenkomst-" + b.getId() + "@stichting-leerkracht.nl"));
            event.add(new DtStamp(gemaakt));
            event.add(new DtStart<>(b.getDatum().atTime(b.getVan()).atZone(Tijdzone.NEDERLAND)));
            event.add(new DtEnd<>(b.getDatum().atTime(b.getTot()).atZone(Tijdzone.NEDERLAND)));
            event.add(new Summary(b.getTitel() + " (" + b.getCluster() + ")"));
            if (b.getPlaats() != null && !b.getPlaats().isBlank()) {
                event.add(new Location(b.getPlaats()));
            }
            calendar.add(event);
        }
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("the agenda is not valid iCalendar", e);
        }
        return text.toString();
    }
}
