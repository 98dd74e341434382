package vn.dangbo.registry;

import vn.dangbo.testsupport.architecture.ServiceArchitecture;
import vn.dangbo.testsupport.architecture.ServiceArchitectureTest;

/** The layering of every dangbo service; the registry creates its compacted snapshot topics itself. */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super(ServiceArchitecture.of("vn.dangbo.registry")
                .kafkaAlsoIn("snapshot.SnapshotTopics"));
    }
}
