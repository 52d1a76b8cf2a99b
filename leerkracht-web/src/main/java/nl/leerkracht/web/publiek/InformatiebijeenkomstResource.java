package nl.leerkracht.web.publiek;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import nl.leerkracht.domain.publiek.AanmeldingStatus;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.RateLimits.Limit;
import nl.leerkracht.service.publiek.AanmeldForm;
import nl.leerkracht.service.publiek.InformatiebijeenkomstRow;
import nl.leerkracht.service.publiek.InformatiebijeenkomstService;
import nl.leerkracht.web.platform.ApiErrorMapper;
import nl.leerkracht.web.platform.PublicEndpoint;
import nl.leerkracht.web.platform.RateLimiter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/informatiebijeenkomsten} (public): the coming information meetings, and registering
 * for one as the public page does, under the same rate limit per client.
 */
@Path("informatiebijeenkomsten")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Informatiebijeenkomsten", description = "Information meetings at participating schools (domain.md §4)")
public class InformatiebijeenkomstResource {

    @EJB
    private InformatiebijeenkomstService bijeenkomsten;

    @Inject
    private RateLimiter rateLimiter;

    @GET
    @PublicEndpoint
    @Operation(
            operationId = "informatiebijeenkomsten",
            summary = "The coming meetings that go ahead, soonest first, with the places left")
    public List<InformatiebijeenkomstRow> komende() {
        return bijeenkomsten.komende();
    }

    @POST
    @Path("{id}/aanmeldingen")
    @PublicEndpoint
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "informatiebijeenkomstAanmelden",
            summary = "Registers someone (naam, email, organisatie, rol): a place while there is one, else the"
                    + " waiting list; a confirmation with a personal cancel link is mailed")
    @APIResponse(responseCode = "201", description = "status AANGEMELD or WACHTLIJST")
    @APIResponse(
            responseCode = "400",
            description = "A field is refused, the address is registered already,"
                    + " or the meeting is cancelled or past; the message says which, in Dutch")
    @APIResponse(responseCode = "404", description = "No such meeting")
    @APIResponse(responseCode = "429", description = "Too many registrations from this client; see Retry-After")
    public Response meldAan(@PathParam("id") long id, AanmeldForm form) {
        if (!rateLimiter.allows(Limit.MEETING_REGISTRATION)) {
            long seconds =
                    Math.max(1, (rateLimiter.waitFor(Limit.MEETING_REGISTRATION).toMillis() + 999) / 1000);
            throw new WebApplicationException(Response.fromResponse(ApiErrorMapper.refusal(429, "limiet.fout"))
                    .header("Retry-After", seconds)
                    .build());
        }
        if (form == null) {
            throw new BusinessException("api.fout.leeg", "no body");
        }
        AanmeldingStatus status = bijeenkomsten.meldAan(id, form);
        return Response.status(Response.Status.CREATED)
                .entity(Map.of("status", status.name()))
                .build();
    }
}
