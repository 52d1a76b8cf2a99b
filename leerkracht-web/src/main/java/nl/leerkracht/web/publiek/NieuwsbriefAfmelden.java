package nl.leerkracht.web.publiek;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.leerkracht.service.publiek.NieuwsbriefService;

/**
 * {@code /nieuwsbrief/afmelden?sleutel=…}, the address in a subscriber mail's
 * {@code List-Unsubscribe} header. A mail program unsubscribes with one POST (RFC 8058), without a
 * page, cookie or login; someone who opens the address in a browser gets the unsubscribe page.
 */
@WebServlet(NieuwsbriefService.AFMELDEN_IN_EEN_KLIK)
public class NieuwsbriefAfmelden extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient NieuwsbriefService service;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        service.afmelden(request.getParameter("sleutel"));
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("Afgemeld voor de nieuwsbrief van stichting leerKRACHT.\n");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String sleutel = request.getParameter("sleutel");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader(
                "Location",
                request.getContextPath()
                        + NieuwsbriefService.AFMELDEN
                        + (sleutel == null ? "" : "?sleutel=" + URLEncoder.encode(sleutel, StandardCharsets.UTF_8)));
    }
}
