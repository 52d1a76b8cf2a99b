package nl.leerkracht.web.document;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.leerkracht.service.document.Bestand;
import nl.leerkracht.service.document.DocumentService;
import nl.leerkracht.service.platform.AccessDeniedException;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.NotFoundException;
import nl.leerkracht.web.platform.Downloads;

/**
 * {@code /documenten/bestand?id=…}: the newest version of a session document; {@code
 * /documenten/zip?bijeenkomst=…}: a meeting's documents as one ZIP. Always a download with a safe
 * name and the type found in the content, never shown inline; 403 outside the user's scope.
 */
@WebServlet({"/documenten/bestand", "/documenten/zip"})
public class DocumentBestand extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private DocumentService documenten;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Downloads.guard(response);
        try {
            Bestand bestand = request.getServletPath().endsWith("/zip")
                    ? documenten.zip(id(request.getParameter("bijeenkomst")))
                    : documenten.download(id(request.getParameter("id")));
            Downloads.send(response, bestand.getMimeType(), bestand.getNaam(), bestand.getInhoud());
        } catch (AccessDeniedException | EJBAccessException | AccessLocalException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (NotFoundException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static long id(String waarde) {
        return Long.parseLong(String.valueOf(waarde).trim());
    }
}
