package vn.dangbo.emulation;

import vn.dangbo.testsupport.architecture.ServiceArchitecture;
import vn.dangbo.testsupport.architecture.ServiceArchitectureTest;

/** The layering of every dangbo service; the movement's eligibility is a plain function. */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super(ServiceArchitecture.of("vn.dangbo.emulation")
                .plainJavaClasses("movement.MovementEligibility"));
    }
}
