package vn.dangbo.testsupport.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Each rule catches a violation planted in a small fixture service (under {@code fixture}), and a well-formed
 * fixture service passes them all: so a rule can neither pass on anything nor fail on everything.
 */
class ServiceArchitectureRulesTest {

    private static final String FIXTURES = "vn.dangbo.testsupport.architecture.fixture.";

    /** Resources, services, a repository, rules, a consumer, a mapper, a plain core with its wiring, topic set-up. */
    private static ServiceArchitecture clean() {
        return ServiceArchitecture.ofTestClasses(FIXTURES + "clean")
                .plainJavaPackages("core")
                .wiring("core.CoreSettings")
                .plainJavaClasses("thing.ThingOrder")
                .kafkaAlsoIn("topics.TopicSetUp");
    }

    @Test
    void aWellFormedServicePassesEveryRule() {
        ServiceArchitecture clean = clean();
        clean.namedPackagesAndClassesExist();
        clean.resourcesLeaveStorageToServices();
        clean.plainJavaKnowsNoFramework();
        clean.httpStaysInResourcesAndExceptionMappers();
        clean.kafkaStaysInConsumers();
        clean.featureSlicesAreFreeOfCycles();
    }

    @Test
    void aResourceReachingARepositoryOrTheEntityManagerIsCaught() {
        assertViolation(ServiceArchitecture.ofTestClasses(FIXTURES + "storage")::resourcesLeaveStorageToServices,
                "storage.thing.ThingResource", "ThingRepository.names()", "jakarta.persistence.EntityManager");
    }

    @Test
    void aRuleClassImportingJaxRsAndANamedPlainClassUsingTheEntityManagerAreCaught() {
        ServiceArchitecture plain = ServiceArchitecture.ofTestClasses(FIXTURES + "plainframework")
                .plainJavaClasses("thing.ThingOrder");
        assertViolation(plain::plainJavaKnowsNoFramework,
                "ThingRules.check(java.lang.String)", "jakarta.ws.rs.core.Response",
                "ThingOrder.sorted(jakarta.persistence.EntityManager)");
        // what a service allows for its plain Java (e.g. a standalone template engine) is allowed, nothing more
        assertViolation(plain.plainJavaMayUse("jakarta.ws.rs..")::plainJavaKnowsNoFramework, "ThingOrder");
        plain.plainJavaMayUse("jakarta.ws.rs..", "jakarta.persistence..").plainJavaKnowsNoFramework();
    }

    @Test
    void aPlainCoreKnowingAFeatureIsCaught() {
        assertViolation(ServiceArchitecture.ofTestClasses(FIXTURES + "plaincore").plainJavaPackages("core")
                ::plainJavaKnowsNoFramework, "plaincore.core.Formatter", "plaincore.thing.ThingService");
    }

    @Test
    void httpOutsideResourcesIsCaught() {
        assertViolation(ServiceArchitecture.ofTestClasses(FIXTURES + "http")::httpStaysInResourcesAndExceptionMappers,
                "http.thing.ThingService", "jakarta.ws.rs.NotFoundException");
    }

    @Test
    void kafkaOutsideConsumersIsCaught() {
        assertViolation(ServiceArchitecture.ofTestClasses(FIXTURES + "kafka")::kafkaStaysInConsumers,
                "kafka.thing.ThingService", "org.apache.kafka.clients.producer.ProducerRecord");
    }

    @Test
    void twoFeaturePackagesInACycleAreCaught() {
        assertViolation(ServiceArchitecture.ofTestClasses(FIXTURES + "cycle")::featureSlicesAreFreeOfCycles,
                "Cycle detected: Slice a", "Slice b");
    }

    @Test
    void aNameThatDoesNotExistIsCaught() {
        assertViolation(clean().plainJavaPackages("gone").plainJavaClasses("thing.GoneOrder")
                        .kafkaAlsoIn("topics.GoneTopics").wiring("thing.ThingService")::namedPackagesAndClassesExist,
                "plain-Java package " + FIXTURES + "clean.gone", "class " + FIXTURES + "clean.thing.GoneOrder",
                "class " + FIXTURES + "clean.topics.GoneTopics",
                "wiring class " + FIXTURES + "clean.thing.ThingService outside the plain-Java packages");
        assertViolation(ServiceArchitecture.ofTestClasses(FIXTURES + "nothing")::namedPackagesAndClassesExist,
                "package " + FIXTURES + "nothing (no main classes)");
    }

    @Test
    void aRuleWhoseClassesAreAllGoneFailsRatherThanPassing() {
        // no *Rules class, no plain class or package named: the rule checks nothing, so it fails
        assertViolation(ServiceArchitecture.ofTestClasses(FIXTURES + "http")::plainJavaKnowsNoFramework,
                "failed to check any classes");
    }

    private static void assertViolation(Executable check, String... expected) {
        AssertionError error = assertThrows(AssertionError.class, check);
        for (String text : expected) {
            assertTrue(error.getMessage().contains(text), "expected «" + text + "» in: " + error.getMessage());
        }
    }
}
