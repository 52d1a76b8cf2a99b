package nl.leerkracht.web.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * The addresses that client programs read rather than people: the REST API, and Payara's metrics
 * and API description. They log in with HTTP Basic and get JSON, never a page or the login page.
 * One definition, for the login mechanism and the error answers.
 */
public final class Programs {

    /** The REST API's root (the JAX-RS application path). */
    public static final String API = "/api";
    /** Payara's metrics and API description, served inside the app because it sits at {@code /}. */
    private static final List<String> MONITORING = List.of("/metrics", "/openapi");

    private Programs() {}

    /**
     * Whether the request goes to the API. The servlet path is the one the container mapped, after
     * it cleaned up the address: {@code //api/...} and {@code /api;x/...} are the API too.
     */
    public static boolean isApi(HttpServletRequest request) {
        return API.equals(request.getServletPath())
                || request.getRequestURI().startsWith(request.getContextPath() + API + "/");
    }

    /** Whether the request goes to Payara's metrics or API description, by the servlet path the container mapped. */
    public static boolean isMonitoring(HttpServletRequest request) {
        return MONITORING.contains(request.getServletPath());
    }

    /**
     * Whether an address below the app, with path parameters and double slashes already taken out,
     * is one that programs read.
     */
    public static boolean isProgram(String path) {
        return isBelow(path, API) || MONITORING.stream().anyMatch(root -> isBelow(path, root));
    }

    private static boolean isBelow(String path, String root) {
        return path.equals(root) || path.startsWith(root + "/");
    }
}
