package nl.leerkracht.web.inschrijving;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import nl.leerkracht.domain.inschrijving.InschrijvingStatus;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.service.inschrijving.Aanvraag;
import nl.leerkracht.service.inschrijving.FactuurService;
import nl.leerkracht.service.inschrijving.InschrijvingOverzichtService;
import nl.leerkracht.service.inschrijving.InschrijvingRow;
import nl.leerkracht.service.inschrijving.InschrijvingService;
import nl.leerkracht.service.inschrijving.InschrijvingView;
import nl.leerkracht.service.inschrijving.OfferteService;
import nl.leerkracht.service.inschrijving.OfferteView;
import nl.leerkracht.service.inschrijving.Startjaren;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.RateLimits.Limit;
import nl.leerkracht.web.platform.PublicEndpoint;
import nl.leerkracht.web.platform.RateLimiter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/offerte} (public) and {@code /api/inschrijvingen} (HTTP Basic, within the caller's scope). */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inschrijvingen", description = "Fee quotes and enrolments (domain.md §4)")
public class InschrijvingResource {

    @Inject
    private Clock clock;

    @Inject
    private RateLimiter rateLimiter;

    @EJB
    private InschrijvingService inschrijvingen;

    @EJB
    private InschrijvingOverzichtService overzicht;

    @EJB
    private OfferteService offertes;

    @EJB
    private FactuurService facturen;

    @GET
    @Path("offerte")
    @PublicEndpoint
    @Operation(summary = "The fee quote for a sector, start year and number of teachers; no login needed")
    @APIResponse(responseCode = "200", description = "Per programme year: billable teachers, tariff and amount")
    @APIResponse(responseCode = "400", description = "Unknown sector or start year, or fewer than one teacher")
    @APIResponse(
            responseCode = "429",
            description =
                    "More than 600 quotes in 10 minutes from one client; Retry-After gives the seconds until the next is answered")
    public OfferteView offerte(
            @Parameter(description = "PO, VO, MBO or HBO") @QueryParam("sector") String sector,
            @Parameter(description = "Number of teachers, school leadership and onderwijsassistenten included")
                    @QueryParam("leraren")
                    Integer leraren,
            @Parameter(description = "The school year the trajectory starts, e.g. 2027-2028") @QueryParam("startjaar")
                    String startjaar) {
        if (!rateLimiter.allows(Limit.QUOTE)) {
            long seconds = Math.max(1, (rateLimiter.waitFor(Limit.QUOTE).toMillis() + 999) / 1000);
            throw new WebApplicationException(
                    Response.status(429).header("Retry-After", seconds).build());
        }
        Sector gekozen;
        try {
            gekozen = Sector.valueOf(String.valueOf(sector).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("api.fout.sector", "sector " + sector);
        }
        if (leraren == null) {
            throw new BusinessException("inschrijving.leraren.verplicht", "no number of teachers");
        }
        return offertes.offerte(gekozen, Startjaren.parse(startjaar, clock), leraren);
    }

    @GET
    @Path("inschrijvingen")
    @SecurityRequirement(name = "basic")
    @Operation(
            operationId = "inschrijvingen",
            summary =
                    "The enrolments the caller may see: the central team all, a bestuurder the board's, a schoolleider the school's")
    public List<InschrijvingRow> lijst(
            @QueryParam("status") InschrijvingStatus status,
            @QueryParam("startjaar") String startjaar,
            @QueryParam("eerste") @DefaultValue("0") int eerste,
            @QueryParam("aantal") @DefaultValue("100") int aantal) {
        InschrijvingOverzichtService.InschrijvingFilter filter = new InschrijvingOverzichtService.InschrijvingFilter();
        filter.setStatus(status);
        filter.setStartjaar(startjaar == null || startjaar.isBlank() ? null : Startjaren.parse(startjaar, clock));
        return overzicht.zoek(filter, eerste, aantal, "aangevraagdOp", false);
    }

    @GET
    @Path("inschrijvingen/{id}")
    @SecurityRequirement(name = "basic")
    @Operation(summary = "One enrolment with its quote, history and invoices")
    public InschrijvingView detail(@PathParam("id") long id) {
        return overzicht.getDetail(id);
    }

    @POST
    @Path("inschrijvingen/{id}/goedkeuring")
    @SecurityRequirement(name = "basic")
    @Operation(summary = "The central team approves a requested enrolment")
    public InschrijvingView keurGoed(@PathParam("id") long id) {
        inschrijvingen.keurGoed(id);
        return overzicht.getDetail(id);
    }

    @POST
    @Path("inschrijvingen/{id}/facturen")
    @SecurityRequirement(name = "basic")
    @Operation(summary = "The central team invoices one programme year of an approved enrolment")
    @APIResponse(responseCode = "201", description = "The invoice number")
    @APIResponse(responseCode = "400", description = "Already invoiced, or not approved")
    public Response factureer(
            @PathParam("id") long id, @QueryParam("programmajaar") @DefaultValue("1") int programmajaar) {
        String nummer = facturen.factureer(id, programmajaar);
        return Response.status(Response.Status.CREATED)
                .entity(java.util.Map.of("nummer", nummer))
                .build();
    }

    @POST
    @Path("inschrijvingen")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(
            summary =
                    "Requests an enrolment; a schoolleider for the own school, a bestuurder for a school of the board")
    @APIResponse(responseCode = "201", description = "Stored; Location names the new enrolment")
    @APIResponse(responseCode = "409", description = "The unit already has an enrolment for that start year")
    public Response aanvragen(Aanvraag aanvraag) {
        if (aanvraag == null) {
            throw new BusinessException("api.fout.leeg", "no body");
        }
        long id = inschrijvingen.submit(aanvraag);
        return Response.created(UriBuilder.fromPath("/api/inschrijvingen/{id}").build(id))
                .entity(java.util.Map.of("id", id))
                .build();
    }
}
