package nl.leerkracht.web.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * The answer to every error status (web.xml): a 403 or 404, and also a 400 for a request the
 * server could not read, a 405 or 501 for a method an address does not know, a 413, ... For
 * programs (the API, Payara's metrics and API description) it is the same Dutch JSON as every
 * other API refusal, so an HTTP Basic caller never gets a page that needs a session; elsewhere
 * the platform's own page ({@code error/403.xhtml}, {@code 404}, {@code 500}, else
 * {@code fout.xhtml}), never the server's English one. Logged as one line, without a stack trace.
 */
@WebServlet("/error/antwoord")
public class ErrorAnswerServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorAnswerServlet.class.getName());
    /** What programs read (the API, Payara's metrics and API description): they get JSON, not a page. */
    private static final java.util.List<String> PROGRAMS = java.util.List.of("/api", "/metrics", "/openapi");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer status)) {
            // Asked for directly: there is nothing to answer.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        LOG.info(() -> "Answered " + status + " to " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        response.setStatus(status);
        String path = uri.startsWith(request.getContextPath()) ? uri.substring(request.getContextPath().length()) : uri;
        if (PROGRAMS.stream().anyMatch(root -> path.equals(root) || path.startsWith(root + "/"))) {
            response.resetBuffer();
            Weigering.write(response, status, Weigering.standaardCode(status));
            return;
        }
        String page = status == 403 || status == 404 || status == 500 ? "/error/" + status + ".xhtml" : "/error/fout.xhtml";
        request.getRequestDispatcher(page).forward(new GetRequest(request), response);
    }

    /**
     * The error page is rendered as a fresh GET page: a failed POST forwarded to it as a POST
     * would make Faces look for a form to restore there.
     */
    private static final class GetRequest extends jakarta.servlet.http.HttpServletRequestWrapper {
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
        public java.util.Map<String, String[]> getParameterMap() {
            return java.util.Map.of();
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return java.util.Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
