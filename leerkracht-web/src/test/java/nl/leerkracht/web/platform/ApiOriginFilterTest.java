package nl.leerkracht.web.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiOriginFilterTest {

    private static final String PUBLIC = "https://platform.stichting-leerkracht.nl";
    /** No public address set yet: the default. */
    private static final String LOCAL = "http://localhost:8080";

    @Test
    void aClientProgramWithoutOriginIsLetThrough() {
        assertTrue(ApiOriginFilter.isSameSite(null, null, "app:8080", PUBLIC));
    }

    @Test
    void thePublicAddressAndTheHostAskedForAreThisSite() {
        assertTrue(ApiOriginFilter.isSameSite(PUBLIC, "same-origin", "app:8080", PUBLIC));
        assertTrue(ApiOriginFilter.isSameSite("http://localhost:8081", null, "localhost:8081", LOCAL));
    }

    @Test
    void behindTheTlsProxyOnlyThePublicAddressCountsNotThePlainHttpSiteOnTheSameHost() {
        assertFalse(ApiOriginFilter.isSameSite(
                "http://platform.stichting-leerkracht.nl", null, "platform.stichting-leerkracht.nl", PUBLIC));
        assertTrue(ApiOriginFilter.isSameSite(
                "http://platform.stichting-leerkracht.nl",
                null,
                "platform.stichting-leerkracht.nl",
                "http://platform.stichting-leerkracht.nl"));
    }

    @Test
    void anotherSiteIsRefusedAlsoOnAnotherPortOrSubdomain() {
        assertFalse(ApiOriginFilter.isSameSite("https://prijsvraag.example", "cross-site", "app:8080", PUBLIC));
        assertFalse(ApiOriginFilter.isSameSite("https://prijsvraag.example", null, "app:8080", PUBLIC));
        assertFalse(ApiOriginFilter.isSameSite("http://localhost:9999", null, "localhost:8080", LOCAL));
        assertFalse(
                ApiOriginFilter.isSameSite(null, "same-site", "app:8080", PUBLIC),
                "a sibling subdomain is another application");
    }

    @Test
    void aSandboxedFrameOrALocalFileIsRefused() {
        assertFalse(ApiOriginFilter.isSameSite("null", null, "localhost:8080", LOCAL));
        assertFalse(ApiOriginFilter.isSameSite("not an origin", null, "localhost:8080", LOCAL));
    }

    @Test
    void onlyJsonIsJson() {
        assertTrue(ApiOriginFilter.isJson("application/json"));
        assertTrue(ApiOriginFilter.isJson("Application/JSON; charset=UTF-8"));
        assertTrue(ApiOriginFilter.isJson("application/merge-patch+json"));
        assertFalse(ApiOriginFilter.isJson(null));
        assertFalse(ApiOriginFilter.isJson("text/plain"));
        assertFalse(ApiOriginFilter.isJson("application/x-www-form-urlencoded"));
        assertFalse(ApiOriginFilter.isJson("multipart/form-data; boundary=x"));
        assertFalse(ApiOriginFilter.isJson("text/json"));
        assertFalse(ApiOriginFilter.isJson("application/json/x+json"));
        assertFalse(ApiOriginFilter.isJson(";;;"));
    }
}
