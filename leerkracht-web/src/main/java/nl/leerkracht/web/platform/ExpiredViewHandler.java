package nl.leerkracht.web.platform;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A form whose state cannot be restored (the session ended while the page was open, or the
 * posted view state is stale or forged) sends the browser to the "session verlopen" page, also
 * for an ajax request, and logs one line. Forwarding the failed post to that page instead would
 * make Faces try to restore a form there too, and end on the 500 page.
 */
public class ExpiredViewHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(ExpiredViewHandler.class.getName());

    public ExpiredViewHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Throwable error = events.next().getContext().getException();
            ViewExpiredException expired = expired(error);
            if (expired != null && context != null && !isErrorPage(context)) {
                events.remove();
                ExternalContext external = context.getExternalContext();
                if (!context.getResponseComplete() && !external.isResponseCommitted()) {
                    LOG.info(() -> "Form of " + expired.getViewId() + " could not be restored; sent to the expired page");
                    try {
                        external.redirect(external.getRequestContextPath() + "/error/expired.xhtml");
                    } catch (IOException e) {
                        throw new FacesException(e);
                    }
                    context.responseComplete();
                }
            }
        }
        getWrapped().handle();
    }

    /** The error page itself failing: left to the container, which shows its own answer. */
    private static boolean isErrorPage(FacesContext context) {
        return context.getExternalContext().getRequest() instanceof jakarta.servlet.http.HttpServletRequest request
                && request.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR;
    }

    private static ViewExpiredException expired(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException expired) {
                return expired;
            }
        }
        return null;
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ExpiredViewHandler(getWrapped().getExceptionHandler());
        }
    }
}
