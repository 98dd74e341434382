package vn.dangbo.docs;

import vn.dangbo.testsupport.architecture.ServiceArchitecture;
import vn.dangbo.testsupport.architecture.ServiceArchitectureTest;

/**
 * The layering of every dangbo service. The rendering core and the templates are plain Java, tested without
 * Quarkus: a standalone Qute engine fills the templates, and only TemplateSettings hands them to the container.
 */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super(ServiceArchitecture.of("vn.dangbo.docs")
                .plainJavaPackages("rendering", "template")
                .wiring("template.TemplateSettings")
                .plainJavaMayUse("io.quarkus.qute..")
                .plainJavaClasses("notice.CongressNoticeValues", "election.ElectionNames", "election.BallotPapers",
                        "election.ElectionPapers", "election.ResultBlocks", "award.AwardPapers",
                        "event.Letterhead", "event.GatheringPapers", "event.TournamentPapers"));
    }
}
