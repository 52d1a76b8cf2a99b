package nl.leerkracht.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The EAR is a real deliverable: deployed on Payara Server (full profile), its login page answers,
 * its database is migrated and the protected pages still ask for a login.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EarSmokeIT {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("leerkracht.ear")));
    }

    @Test
    void loginPageAnswersInDutch() throws Exception {
        HttpResponse<String> login = get("login.xhtml");
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("id=\"loginForm\""), login.body());
        assertTrue(login.body().contains("Gebruikersnaam"), login.body());
    }

    @Test
    void databaseIsReadyAndMigrated() throws Exception {
        HttpResponse<String> ready = http.send(
                HttpRequest.newBuilder(URI.create(base.toString()).resolve("/health/ready"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"UP\""), ready.body());
    }

    @Test
    void protectedPagesStillAskForALogin() throws Exception {
        HttpResponse<String> dashboard = get("centraal/index.xhtml");
        assertEquals(302, dashboard.statusCode());
        assertTrue(dashboard.headers().firstValue("Location").orElse("").contains("login.xhtml"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        return http.send(
                HttpRequest.newBuilder(URI.create(root + path))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
