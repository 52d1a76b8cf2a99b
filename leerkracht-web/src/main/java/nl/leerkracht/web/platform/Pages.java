package nl.leerkracht.web.platform;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import nl.leerkracht.service.platform.AccessDeniedException;
import nl.leerkracht.service.platform.NotFoundException;

/**
 * Loads what a page shows and answers with the proper HTTP error page when the service refuses:
 * 403 for data outside the user's scope, 404 for what does not exist.
 */
public final class Pages {

    private Pages() {}

    /** The loaded value, or null after an error page has been sent. */
    public static <T> T load(Supplier<T> loader) {
        try {
            return loader.get();
        } catch (AccessDeniedException | EJBAccessException | AccessLocalException e) {
            sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (NotFoundException e) {
            sendError(HttpServletResponse.SC_NOT_FOUND);
        }
        return null;
    }

    public static void sendError(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
