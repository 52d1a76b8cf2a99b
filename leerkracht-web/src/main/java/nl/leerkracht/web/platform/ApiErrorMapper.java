package nl.leerkracht.web.platform;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.util.Locale;
import java.util.logging.Logger;
import nl.leerkracht.service.platform.AccessDeniedException;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.ConflictException;
import nl.leerkracht.service.platform.NotFoundException;

/**
 * Answers a refused REST call with the status that fits and the rule's message in Dutch:
 * 401 without (valid) credentials, 403 outside the caller's role or scope, 404 for what does not
 * exist, 409 for a second enrolment, 400 for any other refused input, and always a JSON body
 * {@code {code, melding}}: never a server's own error page.
 */
@Provider
public class ApiErrorMapper implements ExceptionMapper<RuntimeException> {

    private static final Locale NL = Locale.forLanguageTag("nl");
    private static final Logger LOG = Logger.getLogger(ApiErrorMapper.class.getName());
    private static final String CHALLENGE = "Basic realm=\"leerKRACHT\", charset=\"UTF-8\"";

    @Context
    private SecurityContext security;

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(RuntimeException error) {
        if (error instanceof jakarta.ws.rs.WebApplicationException web) {
            Response response = web.getResponse();
            // JAX-RS' own refusals (no such path, wrong method or content type, a bad parameter)
            // come without a body: the client gets the same JSON as for every other refusal.
            if (response.hasEntity()) {
                return response;
            }
            if (response.getStatus() == 401) {
                return loginRequired();
            }
            String code = defaultCode(response.getStatus());
            return Response.fromResponse(response)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new Refusal(code, Messages.text(NL, code)))
                    .build();
        }
        if (error instanceof EJBAccessException || error instanceof AccessLocalException) {
            boolean anoniem = security == null || security.getUserPrincipal() == null;
            if (!anoniem) {
                logRefused();
            }
            return anoniem ? loginRequired() : refusal(403, "error.accessDenied");
        }
        if (error instanceof BusinessException refusal) {
            if (refusal instanceof AccessDeniedException) {
                logRefused();
            }
            int status = refusal instanceof AccessDeniedException
                    ? 403
                    : refusal instanceof NotFoundException ? 404 : refusal instanceof ConflictException ? 409 : 400;
            return Response.status(status)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new Refusal(
                            refusal.getMessageKey(), Messages.text(NL, refusal.getMessageKey(), refusal.getArgs())))
                    .build();
        }
        if (isGeenJson(error)) {
            // The client's mistake, not ours: one line in the log, no stack trace.
            LOG.info(() -> "REST call with a body that is no valid JSON for it: " + error.getMessage());
            return refusal(400, "api.fout.geenJson");
        }
        String reference = ServerErrors.log(
                error, "REST call " + (request == null ? "" : request.getMethod() + " " + request.getRequestURI()));
        return Response.serverError()
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Refusal("error.500.text", Messages.text(NL, "error.500.text"), reference))
                .build();
    }

    private void logRefused() {
        ServerErrors.refused(
                security == null || security.getUserPrincipal() == null
                        ? null
                        : security.getUserPrincipal().getName(),
                "REST call " + (request == null ? "" : request.getMethod() + " " + request.getRequestURI()));
    }

    /** A refusal as JSON: the status, the message key as code and its Dutch text. */
    public static Response refusal(int status, String code) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Refusal(code, Messages.text(NL, code)))
                .build();
    }

    /** 401 for a call that needs a login, with the challenge a client program answers with HTTP Basic. */
    static Response loginRequired() {
        return Response.fromResponse(refusal(401, "api.inloggen"))
                .header("WWW-Authenticate", CHALLENGE)
                .build();
    }

    /**
     * The same 401 written straight to the servlet response, for the login mechanism, which runs
     * before JAX-RS: without it, the server would answer a wrong password with its own HTML page.
     */
    public static void writeLoginRequired(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        write(response, 401, "api.inloggen", null);
    }

    /** 429 for an HTTP Basic caller with too many failed logins, with the seconds to wait. */
    public static void writeTooManyFailedLogins(HttpServletResponse response, long retryAfterSeconds)
            throws IOException {
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        write(response, 429, "api.fout.inloggenLimiet", null);
    }

    /**
     * A refusal written straight to a servlet response as JSON, with a server error's reference
     * when there is one, and committed, so the container adds no page of its own.
     */
    static void write(HttpServletResponse response, int status, String code, String reference) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON + ";charset=UTF-8");
        JsonObjectBuilder body = Json.createObjectBuilder().add("code", code).add("melding", Messages.text(NL, code));
        if (reference != null) {
            body.add("referentie", reference);
        }
        response.getWriter().write(body.build().toString());
        response.flushBuffer();
    }

    /** The message key for a status that came without one. */
    static String defaultCode(int status) {
        return switch (status) {
            case 400 -> "api.fout.verzoek";
            case 401 -> "api.inloggen";
            case 403 -> "error.accessDenied";
            case 404 -> "error.notFound";
            case 405 -> "api.fout.methode";
            case 406 -> "api.fout.antwoord";
            case 413 -> "api.fout.teGroot";
            case 415 -> "api.fout.json";
            case 429 -> "api.fout.limiet";
            default -> status >= 500 ? "error.500.text" : "api.fout.verzoek";
        };
    }

    /** A body that JSON-B could not read as the call's type: not JSON, an array for an object, text for a number. */
    private static boolean isGeenJson(Throwable error) {
        return Causes.find(error, JsonbException.class) != null || Causes.find(error, JsonException.class) != null;
    }

    /** The body of a refusal; a server error's has its reference too. */
    public static class Refusal {
        private final String code;
        private final String melding;
        private final String referentie;

        public Refusal(String code, String melding) {
            this(code, melding, null);
        }

        Refusal(String code, String melding, String referentie) {
            this.code = code;
            this.melding = melding;
            this.referentie = referentie;
        }

        /** Only for a server error: the reference under which it was logged. */
        public String getReferentie() {
            return referentie;
        }

        public String getCode() {
            return code;
        }

        public String getMelding() {
            return melding;
        }
    }
}
