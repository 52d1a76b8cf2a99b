package nl.leerkracht.web.platform;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.leerkracht.service.platform.AccessDeniedException;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.ConflictException;
import nl.leerkracht.service.platform.NotFoundException;

/**
 * Answers a refused REST call with the status that fits and the rule's message in Dutch:
 * 401 without (valid) credentials, 403 outside the caller's role or scope, 404 for what does not
 * exist, 409 for a second enrolment, 400 for any other refused input.
 */
@Provider
public class Weigering implements ExceptionMapper<RuntimeException> {

    private static final Locale NL = Locale.forLanguageTag("nl");
    private static final Logger LOG = Logger.getLogger(Weigering.class.getName());

    @Context
    private SecurityContext security;

    @Override
    public Response toResponse(RuntimeException error) {
        if (error instanceof jakarta.ws.rs.WebApplicationException web) {
            return web.getResponse();
        }
        if (error instanceof EJBAccessException || error instanceof AccessLocalException) {
            boolean anoniem = security == null || security.getUserPrincipal() == null;
            Response.ResponseBuilder response = Response.status(anoniem ? 401 : 403);
            if (anoniem) {
                response.header("WWW-Authenticate", "Basic realm=\"leerKRACHT\", charset=\"UTF-8\"");
            }
            return response.type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new Fout(anoniem ? "inloggen" : "error.accessDenied",
                            Messages.text(NL, anoniem ? "api.inloggen" : "error.accessDenied"))).build();
        }
        if (error instanceof BusinessException refusal) {
            int status = refusal instanceof AccessDeniedException ? 403
                    : refusal instanceof NotFoundException ? 404
                    : refusal instanceof ConflictException ? 409 : 400;
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new Fout(refusal.getMessageKey(), Messages.text(NL, refusal.getMessageKey(), refusal.getArgs())))
                    .build();
        }
        LOG.log(Level.SEVERE, "REST call failed", error);
        return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Fout("error.500", Messages.text(NL, "error.500.text"))).build();
    }

    /** The body of a refusal. */
    public static class Fout {
        private final String code;
        private final String melding;

        public Fout(String code, String melding) {
            this.code = code;
            this.melding = melding;
        }

        public String getCode() {
            return code;
        }

        public String getMelding() {
            return melding;
        }
    }
}
