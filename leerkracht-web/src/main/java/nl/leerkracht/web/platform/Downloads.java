package nl.leerkracht.web.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;

/**
 * How the platform hands out a file: always as a download with a name it made safe itself, never
 * rendered inline, not cached, and with the browser told not to guess another content type.
 */
public final class Downloads {

    private Downloads() {}

    /** The headers every download servlet sets before it answers, also when it answers with an error. */
    public static void guard(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    }

    /**
     * Sends {@code inhoud} as an attachment.
     *
     * @param bestandsnaam a name without quotes, slashes or control characters (the caller made it safe)
     */
    public static void send(HttpServletResponse response, String contentType, String bestandsnaam, byte[] inhoud)
            throws IOException {
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + bestandsnaam + "\"");
        response.setContentLength(inhoud.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(inhoud);
        }
    }
}
