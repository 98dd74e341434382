package vn.dangbo.congress;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;

/** The layering every dangbo service follows: thin resources, rules and entities free of transport types. */
@AnalyzeClasses(packages = "vn.dangbo.congress", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FEATURE_PACKAGES = {
        "vn.dangbo.congress.roll..", "vn.dangbo.congress.election..", "vn.dangbo.congress.congress.."};

    @ArchTest
    static final ArchRule resourcesDoNotReachRepositories = noClasses()
            .that().haveSimpleNameEndingWith("Resource").and().resideInAnyPackage(FEATURE_PACKAGES)
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .because("a resource delegates to a service, which owns the transaction and the rules");

    @ArchTest
    static final ArchRule rulesStayFreeOfTransport = noClasses()
            .that().haveSimpleNameEndingWith("Rules").and().resideInAnyPackage(FEATURE_PACKAGES)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.apache.kafka..")
            .because("rules are plain functions, tested without HTTP or Kafka");

    @ArchTest
    static final ArchRule entitiesStayFreeOfTransport = noClasses()
            .that().areAnnotatedWith(Entity.class).and().resideInAnyPackage(FEATURE_PACKAGES)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.apache.kafka..")
            .because("entities are persistence state, never HTTP or Kafka types");

    @ArchTest
    static final ArchRule rulesStayFreeOfTheContainer = noClasses()
            .that().haveSimpleNameEndingWith("Rules").and().resideInAnyPackage(FEATURE_PACKAGES)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.enterprise..", "jakarta.persistence..",
                    "io.quarkus..", "jakarta.transaction..")
            .because("rules are unit-tested without Quarkus");
}
