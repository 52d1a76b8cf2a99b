package nl.leerkracht.web.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.leerkracht.domain.coaching.BijeenkomstType;
import nl.leerkracht.service.coaching.BijeenkomstRow;
import org.junit.jupiter.api.Test;

class AgendaCalendarTest {

    private static final Instant GEMAAKT = Instant.parse("2027-01-10T09:30:00Z");
    private static final String TITEL =
            "Werksessie één: lesbezoek, stem van de leerling; en \"lesontwerp\" — met Zoë ’t Hooft en Anaïs Çelik";

    private static final BijeenkomstRow WINTER = new BijeenkomstRow(
            7,
            "Cluster Amersfoort-Eemland",
            BijeenkomstType.TRAINING,
            TITEL,
            LocalDate.of(2027, 3, 26),
            LocalTime.of(15, 0),
            LocalTime.of(17, 30),
            "CBS Het Kompas, Amersfoort");
    private static final BijeenkomstRow ZOMER = new BijeenkomstRow(
            8,
            "Cluster Rijnmond",
            BijeenkomstType.TRAINING,
            "Terugblik",
            LocalDate.of(2027, 3, 29),
            LocalTime.of(15, 0),
            LocalTime.of(16, 0),
            "Rotterdam");

    @Test
    void meetingsAreInDutchLocalTimeWithTheirTimeZoneOnBothSidesOfTheClockChange() {
        String ics = AgendaCalendar.of(List.of(WINTER, ZOMER), GEMAAKT);
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics);
        String zone = ics.substring(ics.indexOf("BEGIN:VTIMEZONE"), ics.indexOf("END:VTIMEZONE"));
        assertTrue(zone.contains("\r\nTZID:Europe/Amsterdam\r\n"), ics);
        assertFalse(ics.contains("Brussels"), "the zone the events name is the one defined: " + ics);
        assertTrue(ics.contains("DTSTART;TZID=Europe/Amsterdam:20270326T150000\r\n"), ics);
        assertTrue(ics.contains("DTEND;TZID=Europe/Amsterdam:20270329T160000\r\n"), ics);
        assertTrue(ics.contains("DTSTAMP:20270110T093000Z\r\n"), ics);
        assertTrue(ics.contains("UID:bijeenkomst-7@stichting-leerkracht.nl\r\n"), ics);

        Calendar gelezen = lees(ics);
        List<VEvent> events = gelezen.getComponents("VEVENT");
        assertEquals(2, events.size());
        ZonedDateTime start = events.get(1).<ZonedDateTime>getDateTimeStart().getDate();
        assertEquals(Instant.parse("2027-03-29T13:00:00Z"), start.toInstant(), "summer time: UTC+2");
        ZonedDateTime winter = events.get(0).<ZonedDateTime>getDateTimeStart().getDate();
        assertEquals(Instant.parse("2027-03-26T14:00:00Z"), winter.toInstant(), "winter time: UTC+1");
    }

    @Test
    void textIsEscapedAndLongLinesAreFoldedWithoutSplittingACharacter() {
        String ics = AgendaCalendar.of(List.of(WINTER), GEMAAKT);
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "a line of at most 75 octets: " + line);
            assertFalse(line.contains("\uFFFD"), line);
        }
        assertTrue(ics.replace("\r\n ", "").contains("LOCATION:CBS Het Kompas\\, Amersfoort\r\n"), ics);
        VEvent event = lees(ics).<VEvent>getComponents("VEVENT").get(0);
        assertEquals(
                TITEL + " (Cluster Amersfoort-Eemland)",
                event.getProperty(Property.SUMMARY).orElseThrow().getValue());
        assertEquals(
                "CBS Het Kompas, Amersfoort",
                event.getProperty(Property.LOCATION).orElseThrow().getValue());
    }

    @Test
    void anEmptyAgendaIsAValidCalendarWithoutEvents() {
        String ics = AgendaCalendar.of(List.of(), GEMAAKT);
        assertTrue(ics.contains("X-WR-CALNAME:leerKRACHT Clusteragenda\r\n"), ics);
        assertTrue(lees(ics).getComponents("VEVENT").isEmpty());
    }

    private static Calendar lees(String ics) {
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (Exception e) {
            throw new AssertionError("not readable as iCalendar: " + ics, e);
        }
    }
}
