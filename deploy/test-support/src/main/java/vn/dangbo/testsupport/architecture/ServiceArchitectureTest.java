package vn.dangbo.testsupport.architecture;

import org.junit.jupiter.api.Test;

/**
 * The architecture test of a service: extend it and name the service's own packages and classes.
 *
 * <pre>{@code
 * class ArchitectureTest extends ServiceArchitectureTest {
 *     ArchitectureTest() {
 *         super(ServiceArchitecture.of("vn.dangbo.congress"));
 *     }
 * }
 * }</pre>
 */
public abstract class ServiceArchitectureTest {

    private final ServiceArchitecture architecture;

    protected ServiceArchitectureTest(ServiceArchitecture architecture) {
        this.architecture = architecture;
    }

    @Test
    public void namedPackagesAndClassesExist() {
        architecture.namedPackagesAndClassesExist();
    }

    @Test
    public void resourcesLeaveStorageToServices() {
        architecture.resourcesLeaveStorageToServices();
    }

    @Test
    public void plainJavaKnowsNoFramework() {
        architecture.plainJavaKnowsNoFramework();
    }

    @Test
    public void httpStaysInResourcesAndExceptionMappers() {
        architecture.httpStaysInResourcesAndExceptionMappers();
    }

    @Test
    public void kafkaStaysInConsumers() {
        architecture.kafkaStaysInConsumers();
    }

    @Test
    public void featureSlicesAreFreeOfCycles() {
        architecture.featureSlicesAreFreeOfCycles();
    }
}
