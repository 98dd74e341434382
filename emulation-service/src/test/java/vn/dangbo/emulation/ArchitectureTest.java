package vn.dangbo.emulation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import java.util.List;
import vn.dangbo.emulation.movement.MovementEligibility;

/**
 * The layering of the service. Every rule is an {@code @ArchTest} method, not an {@code ArchRule} field:
 * Maven Surefire 3.5.3 (the parent's version) silently skips field rules (SUREFIRE-2298, fixed in 3.5.4).
 * ArchUnit fails a rule whose "that()" matches no class, so a renamed package cannot make a rule pass empty.
 */
@AnalyzeClasses(packages = "vn.dangbo.emulation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String MOVEMENT = "vn.dangbo.emulation.movement";

    @ArchTest
    static void theFeaturePackagesNamedHereExist(JavaClasses classes) {
        for (String name : List.of(MOVEMENT)) {
            assertTrue(classes.containPackage(name), "no package " + name);
            assertFalse(classes.getPackage(name).getClasses().isEmpty(), "no classes in package " + name);
        }
    }

    @ArchTest
    static void resourcesGoThroughServicesNeverRepositories(JavaClasses classes) {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .because("a resource speaks HTTP and calls a service; queries stay behind the service")
                .check(classes);
    }

    @ArchTest
    static void theMovementRulesAreFreeOfFrameworks(JavaClasses classes) {
        noClasses().that().belongToAnyOf(MovementEligibility.class)
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.apache.kafka..",
                        "io.quarkus..", "io.smallrye..", "jakarta.enterprise..", "jakarta.inject..",
                        "jakarta.persistence..", "org.hibernate..", "vn.dangbo.kit.health..", "vn.dangbo.kit.messaging..",
                        "vn.dangbo.kit.persistence..", "vn.dangbo.kit.security..", "vn.dangbo.kit.web..")
                .because("the movement rules are plain functions a unit test can call")
                .check(classes);
    }

    @ArchTest
    static void theMovementNeverReadsKafka(JavaClasses classes) {
        noClasses().that().resideInAPackage(MOVEMENT + "..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..",
                        "org.eclipse.microprofile.reactive.messaging..", "io.smallrye.reactive.messaging..")
                .because("the movement reads the organisation tree from known_organisation, kept by the kit's consumer")
                .check(classes);
    }

    @ArchTest
    static void onlyResourcesSpeakHttp(JavaClasses classes) {
        noClasses().that().haveSimpleNameNotEndingWith("Resource")
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
                .check(classes);
    }

    @ArchTest
    static void resourcesLiveInTheFeaturePackages(JavaClasses classes) {
        classes().that().haveSimpleNameEndingWith("Resource")
                .should().resideInAnyPackage(MOVEMENT)
                .check(classes);
    }
}
