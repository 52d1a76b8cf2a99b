package nl.leerkracht.web.scholen;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.leerkracht.service.school.SchoolRow;
import nl.leerkracht.service.school.SchoolService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/scholen}: the schools the caller may see. */
@Path("scholen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scholen", description = "The school register, within the caller's scope")
public class SchoolResource {

    @EJB
    private SchoolService scholen;

    @GET
    @SecurityRequirement(name = "basic")
    @Operation(
            operationId = "scholen",
            summary =
                    "The central team all schools, a bestuurder the board's, an Expertcoach the clusters', a school role its own")
    public List<SchoolRow> lijst() {
        return scholen.findSchoolsInScope();
    }
}
