package nl.leerkracht.web.agenda;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.leerkracht.domain.shared.Tijdzone;
import nl.leerkracht.service.coaching.AgendaService;
import nl.leerkracht.service.coaching.BijeenkomstRegel;
import nl.leerkracht.service.platform.NotFoundException;
import nl.leerkracht.web.platform.Downloads;

/**
 * {@code /agenda.ics?sleutel=…}: a user's meeting dates as an iCalendar feed (RFC 5545) for their
 * calendar program. No login: the secret link is the key, and a revoked or renewed link answers 404.
 */
@WebServlet("/agenda.ics")
public class AgendaFeed extends HttpServlet {

    @Inject
    private Clock clock;

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @EJB
    private AgendaService agenda;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Downloads.guard(response);
        List<BijeenkomstRegel> bijeenkomsten;
        try {
            bijeenkomsten = agenda.agendaVoorSleutel(request.getParameter("sleutel"));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StringBuilder ics = new StringBuilder();
        regel(ics, "BEGIN:VCALENDAR");
        regel(ics, "VERSION:2.0");
        regel(ics, "PRODID:-//stichting leerKRACHT//Clusteragenda//NL");
        regel(ics, "CALSCALE:GREGORIAN");
        regel(ics, "X-WR-CALNAME:leerKRACHT Clusteragenda");
        String nu = UTC.format(clock.instant());
        for (BijeenkomstRegel b : bijeenkomsten) {
            regel(ics, "BEGIN:VEVENT");
            regel(ics, "UID:bijeenkomst-" + b.getId() + "@stichting-leerkracht.nl");
            regel(ics, "DTSTAMP:" + nu);
            regel(ics, "DTSTART:" + UTC.format(b.getDatum().atTime(b.getVan()).atZone(Tijdzone.NEDERLAND)));
            regel(ics, "DTEND:" + UTC.format(b.getDatum().atTime(b.getTot()).atZone(Tijdzone.NEDERLAND)));
            regel(ics, "SUMMARY:" + tekst(b.getTitel() + " (" + b.getCluster() + ")"));
            regel(ics, "LOCATION:" + tekst(b.getPlaats()));
            regel(ics, "END:VEVENT");
        }
        regel(ics, "END:VCALENDAR");
        byte[] bytes = ics.toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Content-Disposition", "inline; filename=\"leerkracht-agenda.ics\"");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** Escapes a text value (RFC 5545 §3.3.11). */
    static String tekst(String waarde) {
        return waarde.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "").replace("\n", "\\n");
    }

    /** Adds a content line, folded at 75 octets with CRLF and a space (RFC 5545 §3.1). */
    static void regel(StringBuilder ics, String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        boolean eerste = true;
        while (start < bytes.length) {
            int max = eerste ? 75 : 74;
            int eind = Math.min(bytes.length, start + max);
            while (eind < bytes.length && (bytes[eind] & 0xC0) == 0x80) {
                eind--; // never split a UTF-8 character
            }
            if (!eerste) {
                ics.append(' ');
            }
            ics.append(new String(bytes, start, eind - start, StandardCharsets.UTF_8)).append("\r\n");
            start = eind;
            eerste = false;
        }
    }
}
