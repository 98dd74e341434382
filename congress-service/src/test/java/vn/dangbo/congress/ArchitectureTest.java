package vn.dangbo.congress;

import vn.dangbo.testsupport.architecture.ServiceArchitecture;
import vn.dangbo.testsupport.architecture.ServiceArchitectureTest;

/**
 * The layering of every dangbo service; congress' plain Java is its *Rules classes and the rule sets with the
 * rules computed from them alone (the catalogue bean and the resource are the container and HTTP side); the
 * congress plan's cores (its versioned data files, document checklist, agenda) are plain packages but for the
 * catalogue beans that load their files once; the calendar's events made of the feed's rows are plain (the kit
 * writes them), its repository, service and resources not; the vote base (a record other packages read) and the values its
 * rules take are plain; so are the values the count's rules judge (its basis, a ballot's content, a group's tally,
 * their canonical JSON).
 */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super(ServiceArchitecture.of("vn.dangbo.congress")
                .plainJavaClasses("ruleset.RuleSet", "ruleset.RuleSetLoader", "ruleset.Sex", "ruleset.AgeCutOffs",
                        "ruleset.CandidateEligibility", "round.DateWindow", "round.RoundPlan", "round.RoundLevel",
                        "calendar.CalendarUids", "calendar.DeadlineEvents", "calendar.CalendarRow",
                        "calendar.CalendarFeed",
                        "attendance.VoteBase", "attendance.AttendeeRole", "attendance.Standing",
                        "counting.CountBasis", "counting.BallotContent", "counting.GroupTally", "counting.Canonical",
                        "counting.ContentRefusal", "counting.Mark", "counting.BallotSerials")
                .plainJavaPackages("plandata", "checklist", "agenda")
                .wiring("checklist.ChecklistCatalogue", "agenda.AgendaCatalogue"));
    }
}
