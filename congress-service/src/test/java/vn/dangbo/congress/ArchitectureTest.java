package vn.dangbo.congress;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

/** The layering every dangbo service follows: thin resources; rules and entities free of transport types. */
class ArchitectureTest {

    /** The feature packages of this service; each must exist, so no rule below passes on nothing. */
    private static final String[] FEATURE_PACKAGES = {
        "vn.dangbo.congress.roll..", "vn.dangbo.congress.election..", "vn.dangbo.congress.congress.."};
    private static final String[] TRANSPORT_PACKAGES = {
        "jakarta.ws.rs..", "org.apache.kafka..", "io.smallrye.reactive.messaging.."};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.dangbo.congress");

    @Test
    void theNamedPackagesExist() {
        for (String featurePackage : FEATURE_PACKAGES) {
            assertFalse(classes.that(resideInAPackage(featurePackage)).isEmpty(), featurePackage + " has no classes");
        }
    }

    @Test
    void resourcesDoNotReachIntoRepositories() {
        noClasses().that().haveSimpleNameEndingWith("Resource").and().resideInAnyPackage(FEATURE_PACKAGES)
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .because("a resource delegates to a service, which owns the transaction and the rules")
                .check(classes);
    }

    @Test
    void rulesKnowNothingOfHttpOrKafka() {
        noClasses().that().haveSimpleNameEndingWith("Rules").and().resideInAnyPackage(FEATURE_PACKAGES)
                .should().dependOnClassesThat().resideInAnyPackage(TRANSPORT_PACKAGES)
                .because("rules are plain functions, unit-tested without HTTP or Kafka")
                .check(classes);
    }

    @Test
    void rulesKnowNothingOfTheContainerOrTheDatabase() {
        noClasses().that().haveSimpleNameEndingWith("Rules").and().resideInAnyPackage(FEATURE_PACKAGES)
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.enterprise..", "jakarta.persistence..",
                        "jakarta.transaction..", "io.quarkus..", "org.hibernate..")
                .because("rules are unit-tested without Quarkus")
                .check(classes);
    }

    @Test
    void entitiesAndServicesKnowNothingOfHttpOrKafka() {
        noClasses().that().areAnnotatedWith(Entity.class).and().resideInAnyPackage(FEATURE_PACKAGES)
                .should().dependOnClassesThat().resideInAnyPackage(TRANSPORT_PACKAGES)
                .because("entities are persistence state, never HTTP or Kafka types")
                .check(classes);
        noClasses().that().haveSimpleNameEndingWith("Service").and().resideInAnyPackage(FEATURE_PACKAGES)
                .should().dependOnClassesThat().resideInAnyPackage(TRANSPORT_PACKAGES)
                .because("services hold the use cases; resources and consumers adapt HTTP and Kafka to them")
                .check(classes);
    }
}
