package nl.leerkracht.web.platform;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * What Faces does with an exception before the container sees it.
 * <ul>
 * <li>A form whose state cannot be restored (the session ended while the page was open, or the
 * posted view state is stale or forged) sends the browser to the "pagina verlopen" page, also for
 * an ajax request, and logs one line. Forwarding the failed post to that page instead would make
 * Faces try to restore a form there too, and end on the 500 page.</li>
 * <li>Any other exception in an ajax request would be answered by Faces inside the ajax response,
 * where the user sees nothing: it is logged with a reference ({@link ServerErrors}) and the browser
 * is sent to the 500 page, which shows that reference. Outside ajax the exception goes on to the
 * container, whose error page ({@link ErrorAnswerServlet}) does the same.</li>
 * </ul>
 */
public class FacesErrorHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(FacesErrorHandler.class.getName());

    public FacesErrorHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events =
                        getUnhandledExceptionQueuedEvents().iterator();
                events.hasNext(); ) {
            Throwable error = events.next().getContext().getException();
            ViewExpiredException expired = Causes.find(error, ViewExpiredException.class);
            if (context == null
                    || expired == null && !context.getPartialViewContext().isAjaxRequest()
                    || context.getResponseComplete()
                    || context.getExternalContext().isResponseCommitted()) {
                // Left to Faces and the container; so is what happens once an answer is on its way.
                continue;
            }
            events.remove();
            String page;
            if (expired != null) {
                LOG.info(() -> "Form of " + expired.getViewId() + " could not be restored; sent to the expired page");
                page = "/error/expired.xhtml";
            } else {
                ExternalContext external = context.getExternalContext();
                String reference = ServerErrors.log(
                        error,
                        "ajax " + external.getRequestServletPath()
                                + (context.getViewRoot() == null
                                        ? ""
                                        : " (" + context.getViewRoot().getViewId() + ")"));
                page = "/error/500.xhtml?referentie=" + reference;
            }
            sendTo(context, page);
        }
        getWrapped().handle();
    }

    /** Sends the browser to a page, when nothing of this answer has been sent yet. */
    private static void sendTo(FacesContext context, String page) {
        ExternalContext external = context.getExternalContext();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        try {
            // Whatever an ajax answer had written so far is dropped: only the redirect goes out. The
            // headers stay (the security headers, a new session's cookie).
            response.resetBuffer();
            String address = external.getRequestContextPath() + page;
            if (context.getPartialViewContext().isAjaxRequest()) {
                ErrorAnswerServlet.redirectAjax(response, address);
            } else {
                external.redirect(address);
            }
        } catch (IOException e) {
            throw new FacesException(e);
        }
        context.responseComplete();
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new FacesErrorHandler(getWrapped().getExceptionHandler());
        }
    }
}
