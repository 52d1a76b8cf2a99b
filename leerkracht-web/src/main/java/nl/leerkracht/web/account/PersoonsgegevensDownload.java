package nl.leerkracht.web.account;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import nl.leerkracht.service.account.InzageService;
import nl.leerkracht.web.platform.Downloads;

/** {@code /mijn/persoonsgegevens.json}: the logged-in person's own data (AVG inzage), as a download. */
@WebServlet("/mijn/persoonsgegevens.json")
public class PersoonsgegevensDownload extends HttpServlet {

    @Inject
    private Clock clock;

    private static final long serialVersionUID = 1L;

    @EJB
    private InzageService inzage;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Downloads.guard(response);
        if (request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] json = inzage.persoonsgegevens().getBytes(StandardCharsets.UTF_8);
        Downloads.send(
                response,
                "application/json; charset=UTF-8",
                "mijn-gegevens-leerkracht-" + LocalDate.now(clock) + ".json",
                json);
    }
}
