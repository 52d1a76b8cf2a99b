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
import java.util.List;
import nl.leerkracht.service.coaching.AgendaService;
import nl.leerkracht.service.coaching.BijeenkomstRow;
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

    @EJB
    private AgendaService agenda;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Downloads.guard(response);
        List<BijeenkomstRow> bijeenkomsten;
        try {
            bijeenkomsten = agenda.agendaVoorSleutel(request.getParameter("sleutel"));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] bytes = AgendaCalendar.of(bijeenkomsten, clock.instant()).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Content-Disposition", "inline; filename=\"leerkracht-agenda.ics\"");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
