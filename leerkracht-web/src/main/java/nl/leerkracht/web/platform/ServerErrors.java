package nl.leerkracht.web.platform;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A server error, of a page, an ajax action or an API call, gets a reference: logged once with its
 * stack trace, and shown to the user (or put in the JSON), so that the central team can find it
 * when someone calls about it.
 */
public final class ServerErrors {

    private static final Logger LOG = Logger.getLogger(ServerErrors.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private ServerErrors() {}

    /** Logs the error with a new reference, which it returns: eight hexadecimal digits. */
    public static String log(Throwable error, String where) {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        String reference = HexFormat.of().withUpperCase().formatHex(bytes);
        LOG.log(Level.SEVERE, error, () -> "Server error " + reference + " at " + where);
        return reference;
    }

    /**
     * A refused access (403) is worth one line, no reference (OWASP ASVS 7.2.2): who, and where.
     *
     * @param user the logged-in user, or null
     */
    public static void refused(String user, String where) {
        LOG.info(() -> "Refused " + (user == null ? "someone not logged in" : user) + " at " + where);
    }

    /** Whether a text is such a reference, and nothing else. */
    public static boolean isReference(String text) {
        return text != null && text.matches("[0-9A-F]{8}");
    }
}
