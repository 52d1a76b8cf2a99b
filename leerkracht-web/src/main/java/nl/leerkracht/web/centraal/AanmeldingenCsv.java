package nl.leerkracht.web.centraal;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import nl.leerkracht.service.platform.NotFoundException;
import nl.leerkracht.service.publiek.AanmeldingRow;
import nl.leerkracht.service.publiek.InformatiebijeenkomstRow;
import nl.leerkracht.service.publiek.InformatiebijeenkomstService;
import nl.leerkracht.web.platform.Csv;
import nl.leerkracht.web.platform.Downloads;

/**
 * {@code /centraal/bijeenkomst-aanmeldingen.csv?id=…}: the registrations of an information meeting
 * for the central team and the host school, in order of registration, the waiting list and
 * cancellations included.
 */
@WebServlet("/centraal/bijeenkomst-aanmeldingen.csv")
public class AanmeldingenCsv extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient InformatiebijeenkomstService bijeenkomsten;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")).trim());
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        InformatiebijeenkomstRow bijeenkomst;
        List<AanmeldingRow> aanmeldingen;
        try {
            aanmeldingen = bijeenkomsten.aanmeldingen(id);
            bijeenkomst = bijeenkomsten.get(id);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException | AccessLocalException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Csv csv = new Csv("naam", "e-mailadres", "school of organisatie", "rol", "status", "aangemeld op");
        for (AanmeldingRow a : aanmeldingen) {
            csv.rij(
                    Csv.tekst(a.getNaam()),
                    Csv.tekst(a.getEmail()),
                    Csv.tekst(a.getOrganisatie()),
                    Csv.waarde(a.getRol().name().toLowerCase(Locale.ROOT)),
                    Csv.waarde(a.getStatus().name().toLowerCase(Locale.ROOT)),
                    Csv.waarde(a.getAangemeldOp().toString()));
        }
        Downloads.send(
                response,
                "text/csv; charset=UTF-8",
                "informatiebijeenkomst-" + bijeenkomst.getDatum() + "-aanmeldingen.csv",
                csv.bytes());
    }
}
