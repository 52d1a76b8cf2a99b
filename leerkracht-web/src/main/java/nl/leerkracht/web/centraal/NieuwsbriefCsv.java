package nl.leerkracht.web.centraal;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import nl.leerkracht.service.publiek.AbonneeRow;
import nl.leerkracht.service.publiek.NieuwsbriefService;
import nl.leerkracht.web.platform.Csv;
import nl.leerkracht.web.platform.Downloads;

/**
 * {@code /centraal/nieuwsbrief.csv}: the confirmed newsletter subscribers for the central team,
 * each with the personal unsubscribe link that goes under the newsletter sent to them.
 */
@WebServlet("/centraal/nieuwsbrief.csv")
public class NieuwsbriefCsv extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient NieuwsbriefService nieuwsbrief;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<AbonneeRow> abonnees;
        try {
            abonnees = nieuwsbrief.bevestigden();
        } catch (EJBAccessException | AccessLocalException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Csv csv = new Csv("e-mailadres", "naam", "bevestigd op", "afmeldlink");
        for (AbonneeRow a : abonnees) {
            csv.rij(
                    Csv.tekst(a.getEmail()),
                    Csv.tekst(a.getNaam() == null ? "" : a.getNaam()),
                    Csv.waarde(a.getBevestigdOp().toString()),
                    Csv.waarde(a.getAfmeldlink()));
        }
        Downloads.send(
                response, "text/csv; charset=UTF-8", "nieuwsbrief-abonnees-" + LocalDate.now() + ".csv", csv.bytes());
    }
}
