package nl.leerkracht.web.publiek;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import nl.leerkracht.service.school.KaartRow;
import nl.leerkracht.service.school.KaartService;
import nl.leerkracht.web.platform.PublicEndpoint;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/scholen/kaart} (public): the participating schools as GeoJSON, the data of the public
 * map. It names schools and places, never people. A client that sends the ETag it has gets 304.
 */
@Path("scholen/kaart")
@RequestScoped
@Tag(name = "Kaart", description = "The public map of participating schools (domain.md §7)")
public class KaartResource {

    static final String GEO_JSON = "application/geo+json";

    /** Long enough to spare a visitor's repeated views, short enough that a hidden school goes soon. */
    private static final int MAX_AGE_SECONDS = 300;

    @EJB
    private KaartService kaart;

    @GET
    @PublicEndpoint
    @Produces({GEO_JSON, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "scholenKaart",
            summary = "The schools with a running or completed trajectory that are not hidden from the map, as a"
                    + " GeoJSON FeatureCollection of points with naam, plaats, postcode and sector")
    @APIResponse(responseCode = "200", description = "The FeatureCollection, with an ETag")
    @APIResponse(responseCode = "304", description = "The client's copy (If-None-Match) is still current")
    public Response scholen(@Context Request request) {
        byte[] body = geoJson(kaart.deelnemers());
        EntityTag etag = new EntityTag(sha256(body));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        cache.setPrivate(false);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).tag(etag).build();
        }
        return Response.ok(body).tag(etag).cacheControl(cache).build();
    }

    static byte[] geoJson(List<KaartRow> scholen) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + scholen.size() * 160);
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject().write("type", "FeatureCollection").writeStartArray("features");
            for (KaartRow school : scholen) {
                json.writeStartObject()
                        .write("type", "Feature")
                        .write("id", school.getId())
                        .writeStartObject("geometry")
                        .write("type", "Point")
                        .writeStartArray("coordinates")
                        .write(school.getLongitude())
                        .write(school.getLatitude())
                        .writeEnd()
                        .writeEnd()
                        .writeStartObject("properties")
                        .write("naam", school.getNaam());
                if (school.getPlaats() == null) {
                    json.writeNull("plaats");
                } else {
                    json.write("plaats", school.getPlaats());
                }
                if (school.getPostcode() == null) {
                    json.writeNull("postcode");
                } else {
                    json.write("postcode", school.getPostcode());
                }
                json.write("sector", school.getSector().name()).writeEnd().writeEnd();
            }
            json.writeEnd().writeEnd();
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
