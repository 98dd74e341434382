package vn.dangbo.emulation;

import vn.dangbo.testsupport.architecture.ServiceArchitecture;
import vn.dangbo.testsupport.architecture.ServiceArchitectureTest;

/**
 * The layering of every dangbo service; emulation's plain Java is its rules (*Rules, the movement's eligibility, the
 * states of a nomination) and the plan's values (the plan file, the settings read from it, the check a section
 * provides); the plan catalogue is the bean that loads the files once.
 */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super(ServiceArchitecture.of("vn.dangbo.emulation")
                .plainJavaClasses("movement.MovementEligibility", "deadline.DeadlineKind",
                        "nomination.NominationState")
                .plainJavaPackages("plan")
                .wiring("plan.MovementPlans")
                // works
                .plainJavaClasses("work.WorkRules", "work.WorkProgressRules", "work.WorkSettings")
                // nominations
                .plainJavaClasses("nomination.NomineeOrder")
                // awards
                .plainJavaClasses("award.AwardSettings", "award.AwardRules")
                // communications
                .plainJavaClasses("communication.CommunicationText",
                        "communication.CommunicationEvents",
                        "communication.press.PressCoverageRules", "communication.press.PressSettings",
                        "communication.webpage.WebPageRules", "communication.webpage.WebPageSettings",
                        "communication.tvreport.TvReportRules", "communication.tvreport.TvReportSettings",
                        "communication.journal.JournalRules", "communication.journal.JournalSettings",
                        "communication.traditionroom.TraditionRoomRules",
                        "communication.traditionroom.TraditionRoomSettings")
                // tasks
                .plainJavaClasses("task.TaskRules", "task.TaskSettings", "task.TaskStatus", "task.TaskEvents",
                        "task.TaskRecords", "task.TaskCalendar")
                // tournament (shared)
                .plainJavaClasses("tournament.TournamentRules")
                // gatherings
                .plainJavaClasses("gathering.GatheringSettings", "gathering.GatheringEvents")
                // invitations
                .plainJavaClasses("invitation.InviteeRules", "invitation.InviteeSettings", "invitation.GuestRows",
                        "invitation.InvitationTokens", "invitation.InvitationEvents", "invitation.InvitationRecords")
                // attendance
                .plainJavaClasses("attendance.ReplyRules", "attendance.CheckInRules", "attendance.InviteeGroups",
                        "attendance.AttendanceEvents", "attendance.AttendanceRecords")
                // teams
                .plainJavaClasses("tournament.TournamentSettings", "tournament.TournamentRulesCheck",
                        "tournament.TournamentRecords", "tournament.team.TeamRules", "tournament.team.TeamEvents",
                        "tournament.team.TeamRecords")
                // draw and schedule
                .plainJavaClasses("tournament.draw.DrawModel", "tournament.draw.DrawRules",
                        "tournament.draw.BracketRules", "tournament.draw.DrawEvents",
                        "tournament.schedule.ScheduleRules", "tournament.schedule.ScheduleFixtures",
                        "tournament.schedule.ScheduleSettings", "tournament.schedule.ScheduleChecks",
                        "tournament.schedule.ScheduleRecords")
                // scores and standings
                .plainJavaClasses("tournament.score.ScoreRules", "tournament.standing.StandingsRules",
                        "tournament.standing.AdvancementRules", "tournament.standing.RankingRules",
                        "tournament.standing.SetScore", "tournament.standing.MatchSets")
                );
    }
}
