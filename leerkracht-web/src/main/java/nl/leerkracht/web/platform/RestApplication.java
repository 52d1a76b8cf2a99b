package nl.leerkracht.web.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API below {@code /api}, described at {@code /openapi}. Callers authenticate with HTTP Basic
 * (the same accounts and lock as the login page); only the fee quote and the verification of a certificate are public.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "leerKRACHT platform API",
                        version = "1",
                        description =
                                "Fee quotes, enrolments and schools of stichting leerKRACHT. Answers and messages in Dutch.",
                        contact = @Contact(name = "Stichting leerKRACHT", email = "info@stichting-leerkracht.nl")))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {

    /** Jersey's WADL would describe the API a second time, to anyone: {@code /openapi} is the one description. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
