package nl.leerkracht.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OpenApiDocumentFilterTest {

    @Test
    void theYamlLosesTheEndpointsBlockAndNothingElse() {
        String yaml = String.join(
                "\n",
                "openapi: 3.0.0",
                "paths:",
                "  /api/offerte:",
                "    get:",
                "      summary: endpoints: quote",
                "endpoints:",
                "  /:",
                "  - /api/offerte",
                "  - /api/scholen",
                "components:",
                "  schemas: {}");
        assertEquals(
                String.join(
                        "\n",
                        "openapi: 3.0.0",
                        "paths:",
                        "  /api/offerte:",
                        "    get:",
                        "      summary: endpoints: quote",
                        "components:",
                        "  schemas: {}"),
                OpenApiDocumentFilter.withoutFieldYaml(yaml));
    }

    @Test
    void yamlWithoutTheBlockStaysAsItWas() {
        String yaml = "openapi: 3.0.0\ninfo:\n  title: x\n";
        assertEquals(yaml, OpenApiDocumentFilter.withoutFieldYaml(yaml));
    }

    // The JSON form needs a JSON-P provider (Payara's): PlatformIT validates it on the running app.
}
