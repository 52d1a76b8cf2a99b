package nl.leerkracht.web.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The EJB container logs every call it refuses (a role without access) or that fails as a WARNING
 * with some 60 lines of stack trace, beside what the platform logs of it itself: a refused page or
 * API call as one INFO line with who and where ({@link ErrorAnswerServlet}, {@link ApiErrorMapper}),
 * a server error once with its reference ({@link ServerErrors}), a failed job by the job. Its
 * warnings are turned off here; its SEVERE messages stay. (Payara's own {@code set-log-levels} in
 * the pre-boot commands would also replace Payara's log format with the JDK's.)
 */
@WebListener
public class ContainerLogLevels implements ServletContextListener {

    /** Held, so the level is not lost when the JDK lets go of a logger nobody refers to. */
    private static final Logger EJB_CONTAINER = Logger.getLogger("jakarta.enterprise.ejb.container");

    @Override
    public void contextInitialized(ServletContextEvent event) {
        EJB_CONTAINER.setLevel(Level.SEVERE);
    }
}
