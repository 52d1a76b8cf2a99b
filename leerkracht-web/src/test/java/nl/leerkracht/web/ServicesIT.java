package nl.leerkracht.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rules as the services apply them, below the pages: who sees which school, an enrolment from
 * request to trajectory, and the complaint clocks. The tests run inside Payara Micro, in the built
 * WAR with these test classes added, against the configured database; they call the EJBs as the
 * demo users, through the platform's own login ({@link InContainer}). One deployment for all of
 * them. Like the scenarios, each test makes or names its own data and passes in any order, alone,
 * and again on the same database.
 */
@ExtendWith(ArquillianExtension.class)
class ServicesIT implements ScopeServiceTests, InschrijvingServiceTests, KlachtServiceTests {

    @Deployment
    static WebArchive deployment() {
        try {
            Path war = Files.createTempDirectory("deployment").resolve("services.war");
            Files.copy(Path.of(System.getProperty("leerkracht.war")), war);
            war.toFile().deleteOnExit();
            return ShrinkWrap.createFromZipFile(WebArchive.class, war.toFile())
                    .addClasses(
                            ServicesIT.class,
                            InContainer.class,
                            ScopeServiceTests.class,
                            InschrijvingServiceTests.class,
                            KlachtServiceTests.class,
                            TestDatabase.class,
                            Testdata.class,
                            Testdata.School.class,
                            Testdata.Bestuur.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
