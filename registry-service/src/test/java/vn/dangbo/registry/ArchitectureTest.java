package vn.dangbo.registry;

import vn.dangbo.testsupport.architecture.ServiceArchitecture;
import vn.dangbo.testsupport.architecture.ServiceArchitectureTest;

/**
 * The layering of every dangbo service. Besides the *Rules classes, the member's lifecycle, counting, birth date and
 * record fields are plain Java (unit-tested without Quarkus); the registry creates its compacted snapshot topics
 * itself.
 */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super(ServiceArchitecture.of("vn.dangbo.registry")
                .plainJavaClasses("member.MemberLifecycle", "member.MemberCounting", "member.BirthDate",
                        "member.RecordField")
                .kafkaAlsoIn("snapshot.SnapshotTopics"));
    }
}
