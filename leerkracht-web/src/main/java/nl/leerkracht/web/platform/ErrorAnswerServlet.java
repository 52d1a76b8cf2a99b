package nl.leerkracht.web.platform;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The answer to every error (web.xml): an exception, a 403 or 404, and also a 400 for a request
 * the server could not read, a 405 or 501 for a method an address does not know, a 413, ...
 * <ul>
 * <li>Programs (the API, Payara's metrics and API description) get the same Dutch JSON as every
 * other API refusal, so an HTTP Basic caller never gets a page that needs a session.</li>
 * <li>A browser gets the platform's own page ({@code error/403.xhtml}, {@code 404},
 * {@code 500}, else {@code fout.xhtml}), never the server's English one; an ajax request is sent
 * there.</li>
 * <li>A server error (an exception, a 500) gets a reference, shown to the user and logged once with
 * the stack trace ({@link ServerErrors}); a client's mistake is one line in the log, without one.</li>
 * </ul>
 */
@WebServlet("/error/antwoord")
public class ErrorAnswerServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorAnswerServlet.class.getName());
    /** The request attribute with a server error's reference, for the 500 page. */
    public static final String REFERENCE = ErrorAnswerServlet.class.getName() + ".reference";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer given)) {
            // Asked for directly: there is nothing to answer.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (Causes.find(error, ViewExpiredException.class) != null && !response.isCommitted()) {
            LOG.info(() -> "A form could not be restored; sent to the expired page");
            response.resetBuffer();
            response.sendRedirect(request.getContextPath() + "/error/expired.xhtml");
            return;
        }
        int status = error != null && given < 500 ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : given;
        String path = path(request);
        String reference = null;
        if (error != null || status >= 500 && status != HttpServletResponse.SC_NOT_IMPLEMENTED) {
            reference = ServerErrors.log(error, request.getMethod() + " " + path);
            request.setAttribute(REFERENCE, reference);
        } else if (status == HttpServletResponse.SC_FORBIDDEN) {
            ServerErrors.refused(request.getRemoteUser(), request.getMethod() + " " + path);
        } else if (status != 400 || !CspNonceCheck.refused(request)) {
            // A client's mistake (a 501 for an unknown method too): one line, no reference.
            Level level = status == HttpServletResponse.SC_NOT_FOUND ? Level.FINE : Level.INFO;
            LOG.log(level, () -> "Answered " + status + " to " + request.getMethod() + " " + path);
        }
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        if (Programs.isProgram(path)) {
            ApiErrorMapper.write(response, status, ApiErrorMapper.defaultCode(status), reference);
            return;
        }
        String page =
                status == 403 || status == 404 || status == 500 ? "/error/" + status + ".xhtml" : "/error/fout.xhtml";
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An ajax request cannot show a page: the browser is sent to it.
            redirectAjax(
                    response, request.getContextPath() + page + (reference == null ? "" : "?referentie=" + reference));
            return;
        }
        request.getRequestDispatcher(page).forward(new GetRequest(request), response);
    }

    /**
     * Answers an ajax request by sending the browser to an address of the app (written here, not by
     * Faces, whose ajax writer may be halfway through an answer).
     */
    static void redirectAjax(HttpServletResponse response, String address) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/xml;charset=UTF-8");
        response.getWriter()
                .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + address.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                        + "\"/></partial-response>");
        response.flushBuffer();
    }

    /**
     * The address that failed, below the app, as the container mapped it: {@code //api/x} and
     * {@code /api;x/y} are the API too.
     */
    private static String path(HttpServletRequest request) {
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        String context = request.getContextPath();
        String path = uri.startsWith(context) ? uri.substring(context.length()) : uri;
        return path.replaceAll(";[^/]*", "").replaceAll("/{2,}", "/");
    }

    /**
     * The error page is rendered as a fresh GET page: a failed POST forwarded to it as a POST
     * would make Faces look for a form to restore there.
     */
    private static final class GetRequest extends HttpServletRequestWrapper {
        GetRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        /**
         * Faces sets the encoding of every request it renders; the failed request's parameters were
         * read already, and the container would warn of that for every error page. It has no
         * parameters here to decode.
         */
        @Override
        public void setCharacterEncoding(String encoding) {
            // nothing to decode
        }
    }
}
