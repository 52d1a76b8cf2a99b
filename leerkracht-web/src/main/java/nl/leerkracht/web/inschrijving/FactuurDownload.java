package nl.leerkracht.web.inschrijving;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import nl.leerkracht.service.inschrijving.FactuurRow;
import nl.leerkracht.service.inschrijving.FactuurService;
import nl.leerkracht.service.inschrijving.Startjaren;
import nl.leerkracht.service.platform.AccessDeniedException;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.NotFoundException;
import nl.leerkracht.web.platform.Csv;
import nl.leerkracht.web.platform.Downloads;

/**
 * {@code /inschrijving/factuur.pdf?id=…}: one invoice as PDF; {@code /inschrijving/facturen.csv?schooljaar=…}:
 * a school year's invoices for bookkeeping (semicolon-separated, decimal comma, UTF-8 with BOM, as
 * Dutch spreadsheet software opens it). Both within the user's scope, downloaded, never shown inline.
 */
@WebServlet({"/inschrijving/factuur.pdf", "/inschrijving/facturen.csv"})
public class FactuurDownload extends HttpServlet {

    @Inject
    private Clock clock;

    private static final long serialVersionUID = 1L;

    @EJB
    private FactuurService facturen;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Downloads.guard(response);
        try {
            if (request.getServletPath().endsWith(".pdf")) {
                pdf(request, response);
            } else {
                csv(request, response);
            }
        } catch (AccessDeniedException | EJBAccessException | AccessLocalException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    private void pdf(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")).trim());
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FactuurRow factuur = facturen.getFactuur(id);
        byte[] pdf = FactuurPdf.render(factuur);
        Downloads.send(response, "application/pdf", "factuur-" + factuur.getNummer() + ".pdf", pdf);
    }

    private void csv(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String schooljaar = request.getParameter("schooljaar");
        List<FactuurRow> regels;
        try {
            regels = facturen.zoek(
                    schooljaar == null || schooljaar.isBlank() ? null : Startjaren.parse(schooljaar, clock));
        } catch (BusinessException refusal) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Csv csv = new Csv(
                "factuurnummer",
                "soort",
                "factuurdatum",
                "schooljaar",
                "programmajaar",
                "brin",
                "debiteur",
                "eenheid",
                "bestuur",
                "leraren",
                "tarief per leraar",
                "bedrag",
                "crediteert");
        for (FactuurRow f : regels) {
            csv.rij(
                    Csv.waarde(f.getNummer()),
                    Csv.waarde(f.getSoort().name().toLowerCase(Locale.ROOT)),
                    Csv.waarde(f.getDatum().toString()),
                    Csv.waarde(f.getSchooljaar()),
                    Csv.getal(f.getProgrammajaar()),
                    Csv.waarde(f.getBrin()),
                    Csv.tekst(f.getDebiteur()),
                    Csv.tekst(f.getEenheid()),
                    Csv.tekst(f.getBestuur()),
                    Csv.getal(f.getFactureerbareLeraren()),
                    Csv.bedrag(f.getTariefPerLeraar()),
                    Csv.bedrag(f.getBedrag()),
                    Csv.waarde(f.getCrediteertNummer()));
        }
        Downloads.send(
                response,
                "text/csv; charset=UTF-8",
                "facturen-"
                        + (schooljaar == null || schooljaar.isBlank() ? "alle" : schooljaar.replaceAll("[^0-9-]", ""))
                        + ".csv",
                csv.bytes());
    }
}
