package nl.leerkracht.architectuur;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers as the house style sets them, checked on every build: web uses services, services
 * use the domain, never the other way round; the transactions stay in the services.
 */
class LagenTest {

    private static JavaClasses klassen;

    @BeforeAll
    static void importeer() {
        klassen = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.leerkracht");
    }

    @Test
    void webUsesServicesAndServicesUseTheDomainNeverTheOtherWayRound() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("web")
                .definedBy("nl.leerkracht.web..")
                .layer("services")
                .definedBy("nl.leerkracht.service..")
                .layer("domain")
                .definedBy("nl.leerkracht.domain..")
                .whereLayer("web")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("services")
                .mayOnlyBeAccessedByLayers("web")
                .whereLayer("domain")
                .mayOnlyBeAccessedByLayers("services", "web")
                .check(klassen);
    }

    @Test
    void theWebHasNoEntityManagerAndNoTransactions() {
        noClasses()
                .that()
                .resideInAPackage("nl.leerkracht.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.persistence..", "jakarta.transaction..")
                .because("the web reads and writes through the @Stateless services, which hold the transactions")
                .check(klassen);
    }

    @Test
    void servicesKnowNoScreensAndNoHttp() {
        noClasses()
                .that()
                .resideInAPackage("nl.leerkracht.service..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.faces..", "org.primefaces..", "jakarta.ws.rs..", "jakarta.servlet..")
                .because("a service serves every screen and the API alike")
                .check(klassen);
    }

    @Test
    void theDomainIsPlainJavaWithJpaMappings() {
        noClasses()
                .that()
                .resideInAPackage("nl.leerkracht.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta.ejb..",
                        "jakarta.inject..",
                        "jakarta.enterprise..",
                        "jakarta.faces..",
                        "jakarta.ws.rs..",
                        "jakarta.servlet..",
                        "jakarta.security..",
                        "org.primefaces..")
                .because("the domain is tested without a container")
                .check(klassen);
    }
}
