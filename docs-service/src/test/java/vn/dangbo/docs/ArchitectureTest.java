package vn.dangbo.docs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering every dangbo service follows: thin resources; rendering, rules, composers and entities free of
 * transport types; the rendering core and the composers plain Java.
 *
 * <p>Plain JUnit Jupiter tests calling {@code check}, not {@code @AnalyzeClasses}/{@code @ArchTest}: ArchUnit
 * 1.4.1's own engine is discovered on the JUnit 6 platform of Quarkus 3.34 but runs nothing (0 tests, a
 * rule that must fail passes).
 */
class ArchitectureTest {

    private static final String[] FEATURE_PACKAGES = {
        "vn.dangbo.docs.document..", "vn.dangbo.docs.notice..", "vn.dangbo.docs.numbering..", "vn.dangbo.docs.template.."};
    private static final String[] TRANSPORT = {"jakarta.ws.rs..", "org.apache.kafka.."};
    private static final String[] CONTAINER = {"jakarta.enterprise..", "jakarta.inject..", "jakarta.persistence..",
        "jakarta.transaction..", "io.quarkus..", "org.eclipse.microprofile.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.dangbo.docs");
    }

    @Test
    void resourcesDoNotReachRepositories() {
        noClasses().that().haveSimpleNameEndingWith("Resource").and().resideInAnyPackage(FEATURE_PACKAGES)
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .because("a resource delegates to a service, which owns the transaction and the rules")
                .check(classes);
    }

    @Test
    void renderingStaysPlainJava() {
        noClasses().that().resideInAPackage("vn.dangbo.docs.rendering..")
                .should().dependOnClassesThat().resideInAnyPackage(TRANSPORT)
                .orShould().dependOnClassesThat().resideInAnyPackage(CONTAINER)
                .orShould().dependOnClassesThat().resideInAnyPackage(FEATURE_PACKAGES)
                .because("the rendering core is plain Java, tested without Quarkus, and knows no feature")
                .check(classes);
    }

    @Test
    void rulesAndComposersStayFreeOfTransport() {
        noClasses().that().haveSimpleNameEndingWith("Rules").or().haveSimpleNameEndingWith("Composer")
                .should().dependOnClassesThat().resideInAnyPackage(TRANSPORT)
                .because("rules and composers are plain functions, tested without HTTP or Kafka")
                .check(classes);
    }

    @Test
    void rulesAndComposersStayFreeOfTheContainer() {
        noClasses().that().haveSimpleNameEndingWith("Rules").or().haveSimpleNameEndingWith("Composer")
                .should().dependOnClassesThat().resideInAnyPackage(CONTAINER)
                .because("rules and composers are unit-tested without Quarkus")
                .check(classes);
    }

    @Test
    void templatesStayPlainJava() {
        noClasses().that().resideInAPackage("vn.dangbo.docs.template..").and().haveSimpleNameNotEndingWith("Settings")
                .should().dependOnClassesThat().resideInAnyPackage(TRANSPORT)
                .orShould().dependOnClassesThat().resideInAnyPackage("jakarta.enterprise..", "jakarta.inject..",
                        "jakarta.persistence..", "jakarta.transaction..", "org.eclipse.microprofile..")
                .orShould().dependOnClassesThat().resideInAnyPackage("vn.dangbo.docs.document..", "vn.dangbo.docs.notice..")
                .because("templates are filled and parsed by plain Java (a standalone Qute engine), tested without Quarkus")
                .check(classes);
    }

    @Test
    void entitiesStayFreeOfTransport() {
        noClasses().that().areAnnotatedWith(Entity.class)
                .should().dependOnClassesThat().resideInAnyPackage(TRANSPORT)
                .because("entities are persistence state, never HTTP or Kafka types")
                .check(classes);
    }

    @Test
    void theRulesCatchAViolation() {
        // guards against the rules silently checking nothing (an empty import passes every noClasses rule)
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () ->
                noClasses().that().haveSimpleNameEndingWith("Resource")
                        .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..")
                        .check(classes));
    }
}
