package nl.leerkracht.web.platform;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Logger;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspException;

/**
 * A form posted without its page's CSP nonce, or with another one, is refused right after its view
 * is restored, before anything it asks is done: 400 and a warning in the log. PrimeFaces itself
 * compares the nonces only when it renders the answer, after the action ran, and not at all when
 * the action redirects (as a login does).
 */
public class CspNonceCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CspNonceCheck.class.getName());
    /** Set on a request this check refused, which it logged itself: the error page need not log it again. */
    private static final String REFUSED = CspNonceCheck.class.getName() + ".refused";

    /** Whether this check refused the request (and logged it). */
    static boolean refused(jakarta.servlet.http.HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(REFUSED));
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing to compare before the view is there.
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.getViewRoot() == null
                || context.getResponseComplete()
                || !context.isPostback() && !context.getPartialViewContext().isAjaxRequest()
                || !PrimeApplicationContext.getCurrentInstance(context)
                        .getConfig()
                        .isCsp()) {
            return;
        }
        try {
            // Reads the posted nonce and compares it with the one the view was rendered with.
            PrimeFacesContext.getCspState(context).getNonce();
        } catch (CspException mismatch) {
            ExternalContext external = context.getExternalContext();
            LOG.warning(() ->
                    "Form of " + context.getViewRoot().getViewId() + " posted without its page's CSP nonce: refused");
            external.getRequestMap().put(REFUSED, Boolean.TRUE);
            try {
                external.responseSendError(400, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }
    }
}
