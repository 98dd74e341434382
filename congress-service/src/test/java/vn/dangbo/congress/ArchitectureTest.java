package vn.dangbo.congress;

import vn.dangbo.testsupport.architecture.ServiceArchitecture;
import vn.dangbo.testsupport.architecture.ServiceArchitectureTest;

/**
 * The layering of every dangbo service; congress' plain Java is its *Rules classes and the rule sets with the
 * rules computed from them alone (the catalogue bean and the resource are the container and HTTP side); the
 * congress plan's cores (its versioned data files, document checklist, agenda, calendar) are plain packages but for
 * the catalogue beans that load their files once.
 */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super(ServiceArchitecture.of("vn.dangbo.congress")
                .plainJavaClasses("ruleset.RuleSet", "ruleset.RuleSetLoader", "ruleset.Sex", "ruleset.AgeCutOffs",
                        "ruleset.CandidateEligibility", "round.DateWindow", "round.RoundPlan", "round.RoundLevel")
                .plainJavaPackages("plandata", "checklist", "agenda", "calendar")
                .wiring("checklist.ChecklistCatalogue", "agenda.AgendaCatalogue"));
    }
}
