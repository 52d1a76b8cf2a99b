package nl.leerkracht.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The reference of a server error, when an ajax request was sent to the 500 page with it in the
 * address: only a well-formed one is shown, so a link cannot put other text on the page.
 */
@Named("errorReference")
@RequestScoped
public class ErrorReference {

    @Inject
    private HttpServletRequest request;

    public String getFromAddress() {
        String given = request.getParameter("referentie");
        return ServerErrors.isReference(given) ? given : null;
    }
}
