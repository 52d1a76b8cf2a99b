package nl.leerkracht.architectuur;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The naming convention of the house style: domain nouns stay Dutch, a technical role has one English
 * suffix ({@code *Form} for input, {@code *Row} for a row of a list, {@code *View} for the read model
 * of a page or tab), and a name means one thing.
 */
class NamenTest {

    private static JavaClasses klassen;

    @BeforeAll
    static void importeer() {
        klassen = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.leerkracht");
    }

    @Test
    void technicalRolesHaveTheirEnglishSuffixNotTheOldDutchOnes() {
        noClasses()
                .that()
                .resideInAPackage("nl.leerkracht.service..")
                .should()
                .haveSimpleNameEndingWith("Invoer")
                .orShould()
                .haveSimpleNameEndingWith("Regel")
                .orShould()
                .haveSimpleNameEndingWith("Weergave")
                .orShould()
                .haveSimpleNameEndingWith("Detail")
                .orShould()
                .haveSimpleNameEndingWith("Overzicht")
                .because(
                        "input is a *Form, a row of a list a *Row, the read model of a page a *View (the house style, ../shared/style.md)")
                .check(klassen);
    }

    @Test
    void noTwoClassesShareASimpleName() {
        Map<String, List<String>> gedeeld = klassen.stream()
                .filter(k -> !k.isAnonymousClass() && !k.getSimpleName().isEmpty())
                .filter(k -> !k.getSimpleName().equals("package-info"))
                .collect(Collectors.groupingBy(
                        JavaClass::getSimpleName,
                        TreeMap::new,
                        Collectors.mapping(JavaClass::getName, Collectors.toList())));
        gedeeld.values().removeIf(namen -> namen.size() < 2);
        assertEquals(Map.of(), gedeeld, "a simple name names one class, nested ones included");
    }
}
