package nl.leerkracht.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.logging.Logger;

/**
 * The honeypot of a public form ({@code WEB-INF/includes/honeypot.xhtml}): a field people never
 * see or reach with the keyboard, so only a robot fills it in. A form sent with it filled in is
 * answered as if it went through and stores nothing; the rate limit catches robots that leave it
 * empty.
 */
@Named("honeypot")
@RequestScoped
public class Honeypot {

    private static final Logger LOG = Logger.getLogger(Honeypot.class.getName());

    private String website;

    /** Whether this request's form came from a robot; says so in the log for the form named. */
    public boolean gevuld(String formulier) {
        if (website == null || website.isBlank()) {
            return false;
        }
        LOG.info(() -> "The " + formulier + " form came with its hidden field filled in: ignored");
        return true;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
