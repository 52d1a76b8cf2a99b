package nl.leerkracht.web.traject;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import nl.leerkracht.service.account.AccountService;
import nl.leerkracht.service.inschrijving.DirectieteamService;
import nl.leerkracht.service.traject.TrajectService;
import nl.leerkracht.web.platform.Downloads;

/** {@code /traject/overzicht.pdf}: the bestuurder's overview of the board's trajectories and directieteam, as a PDF. */
@WebServlet("/traject/overzicht.pdf")
public class TrajectOverzichtDownload extends HttpServlet {

    @Inject
    private Clock clock;

    private static final long serialVersionUID = 1L;

    @EJB
    private TrajectService trajecten;

    @EJB
    private DirectieteamService directieteams;

    @EJB
    private AccountService accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Downloads.guard(response);
        if (!request.isUserInRole("BESTUURDER")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        try {
            String bestuur = accounts.getProfiel().getBestuurNaam();
            byte[] pdf = TrajectOverzichtPdf.render(
                    bestuur,
                    trajecten.trajecten(),
                    directieteams.lijst(),
                    trajecten.directieteams(),
                    LocalDate.now(clock));
            Downloads.send(response, "application/pdf", "trajecten-" + LocalDate.now(clock) + ".pdf", pdf);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
