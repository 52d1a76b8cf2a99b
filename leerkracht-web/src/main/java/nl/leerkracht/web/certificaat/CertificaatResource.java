package nl.leerkracht.web.certificaat;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leerkracht.service.certificaat.VerificatieView;
import nl.leerkracht.web.platform.ApiErrorMapper;
import nl.leerkracht.web.platform.PublicEndpoint;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/certificaten/{code}} (public): the verification of a certificate's code, as the public page does it. */
@Path("certificaten")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certificaten", description = "Verification of certificates and proofs of participation (domain.md §5)")
public class CertificaatResource {

    @Inject
    private CertificaatControle controle;

    @GET
    @Path("{code}")
    @PublicEndpoint
    @Operation(
            operationId = "certificaatControleren",
            summary = "Whose certificate a verification code is, what for and when, and whether it was revoked")
    @APIResponse(responseCode = "200", description = "The certificate: name, kind, register hours, school year, dates")
    @APIResponse(responseCode = "404", description = "No certificate has this code")
    @APIResponse(
            responseCode = "429",
            description =
                    "More than 20 unknown codes in 10 minutes from one client; Retry-After gives the seconds until the next is answered")
    public VerificatieView controleer(
            @Parameter(
                            description =
                                    "The code on the certificate, e.g. K7QM-3XHT-9PWA-C4NE; case and dashes do not matter",
                            required = true)
                    @PathParam("code")
                    String code) {
        CertificaatControle.Antwoord uitkomst = controle.controleer(code);
        if (uitkomst.isTeVaak()) {
            long seconds = Math.max(1, (uitkomst.getWacht().toMillis() + 999) / 1000);
            throw new WebApplicationException(
                    Response.fromResponse(ApiErrorMapper.refusal(429, "certificaat.controleren.teVaak"))
                            .header("Retry-After", seconds)
                            .build());
        }
        return uitkomst.getCertificaat()
                .orElseThrow(() ->
                        new WebApplicationException(ApiErrorMapper.refusal(404, "certificaat.controleren.onbekend")));
    }
}
