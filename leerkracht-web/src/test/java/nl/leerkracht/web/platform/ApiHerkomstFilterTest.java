package nl.leerkracht.web.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiHerkomstFilterTest {

    private static final String PUBLIEK = "https://platform.stichting-leerkracht.nl";

    @Test
    void aClientProgramWithoutOriginIsLetThrough() {
        assertTrue(ApiHerkomstFilter.vanDezeSite(null, null, "app:8080", PUBLIEK));
    }

    @Test
    void thePublicAddressAndTheHostAskedForAreThisSite() {
        assertTrue(ApiHerkomstFilter.vanDezeSite(PUBLIEK, "same-origin", "app:8080", PUBLIEK));
        assertTrue(ApiHerkomstFilter.vanDezeSite("http://localhost:8080", null, "localhost:8080", PUBLIEK));
    }

    @Test
    void anotherSiteIsRefusedAlsoOnAnotherPortOrSubdomain() {
        assertFalse(ApiHerkomstFilter.vanDezeSite("https://prijsvraag.example", "cross-site", "app:8080", PUBLIEK));
        assertFalse(ApiHerkomstFilter.vanDezeSite("https://prijsvraag.example", null, "app:8080", PUBLIEK));
        assertFalse(ApiHerkomstFilter.vanDezeSite("http://localhost:9999", null, "localhost:8080", PUBLIEK));
        assertFalse(ApiHerkomstFilter.vanDezeSite(null, "same-site", "app:8080", PUBLIEK),
                "a sibling subdomain is another application");
    }

    @Test
    void aSandboxedFrameOrALocalFileIsRefused() {
        assertFalse(ApiHerkomstFilter.vanDezeSite("null", null, "localhost:8080", PUBLIEK));
        assertFalse(ApiHerkomstFilter.vanDezeSite("not an origin", null, "localhost:8080", PUBLIEK));
    }
}
