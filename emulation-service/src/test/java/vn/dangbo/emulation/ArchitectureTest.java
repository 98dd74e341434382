package vn.dangbo.emulation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import vn.dangbo.emulation.movement.MovementEligibility;
import vn.dangbo.emulation.movement.VietnameseOrder;

@AnalyzeClasses(packages = "vn.dangbo.emulation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The feature packages the rules below talk about; a rule about a package that is gone proves nothing. */
    private static final List<String> PACKAGES = List.of("vn.dangbo.emulation.movement",
            "vn.dangbo.emulation.organisation");

    @ArchTest
    static void theNamedPackagesExist(JavaClasses classes) {
        for (String name : PACKAGES) {
            assertTrue(classes.containPackage(name) && !classes.getPackage(name).getClasses().isEmpty(),
                    "no classes in package " + name);
        }
    }

    @ArchTest
    static final ArchRule resourcesGoThroughServices = noClasses()
            .that().haveSimpleNameEndingWith("Resource")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .because("a resource speaks HTTP and calls a service; queries stay behind the service");

    @ArchTest
    static final ArchRule rulesAreFreeOfFrameworks = noClasses()
            .that().belongToAnyOf(MovementEligibility.class, VietnameseOrder.class)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.apache.kafka..",
                    "io.quarkus..", "io.smallrye..", "jakarta.enterprise..", "jakarta.persistence..",
                    "org.hibernate..", "vn.dangbo.kit..")
            .because("the movement rules are plain functions a unit test can call");

    @ArchTest
    static final ArchRule onlyTheConsumerTouchesKafka = noClasses()
            .that().resideInAPackage("vn.dangbo.emulation.movement..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..",
                    "org.eclipse.microprofile.reactive.messaging..")
            .because("the movement reads the organisation tree from known_organisation, never from Kafka");

    @ArchTest
    static final ArchRule resourcesLiveInFeaturePackages = classes()
            .that().haveSimpleNameEndingWith("Resource")
            .should().resideInAnyPackage(PACKAGES.toArray(String[]::new));
}
