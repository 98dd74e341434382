package vn.dangbo.emulation.work;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.movement.MovementRepository;
import vn.dangbo.emulation.work.WorkRecords.ProgressRequest;
import vn.dangbo.emulation.work.WorkRecords.ProgressResponse;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.text.VietnameseText;
import vn.dangbo.kit.web.Problem;
import vn.dangbo.kit.web.ProblemException;

/** A progress report on a work (báo cáo tiến độ): its percent, flag and status follow. */
@ApplicationScoped
public class WorkProgressReporting {

    private final MovementRepository movements;
    private final WorkRepository works;
    private final WorkViews views;
    private final OrganisationDirectory directory;
    private final AccessGuard access;
    private final ChangeRecorder changes;

    public WorkProgressReporting(MovementRepository movements, WorkRepository works, WorkViews views,
            OrganisationDirectory directory, AccessGuard access, ChangeRecorder changes) {
        this.movements = movements;
        this.works = works;
        this.views = views;
        this.directory = directory;
        this.access = access;
        this.changes = changes;
    }

    @Transactional
    public ProgressResponse report(UUID movementId, UUID workId, ProgressRequest request) {
        Movement movement = movements.require(movementId);
        Work work = works.lock(movementId, workId);
        access.requireWriteAccess(work.organisationId);
        WorkSettings settings = views.settings(movement);
        List<WorkRules.FieldProblem> problems = WorkRules.reportProblems(request.reportedOn(), request.percent(),
                movement.startsOn, movement.endsOn, work.percent, work.lastReportedOn);
        if (!problems.isEmpty()) {
            throw new ProblemException(422, "rule-violated", "Vi phạm quy định", String.join("; ",
                    problems.stream().map(WorkRules.FieldProblem::message).toList()),
                    problems.stream().map(p -> new Problem.FieldError(p.field(), p.message())).toList());
        }
        WorkProgress report = new WorkProgress();
        report.id = UUID.randomUUID();
        report.workId = work.id;
        report.reportedOn = request.reportedOn();
        report.percent = request.percent();
        report.text = VietnameseText.nfcStripped(request.text());
        report.reportedBy = access.actor();
        works.persist(report);
        advance(work, report.reportedOn, report.percent, movement.startsOn, settings.progressMarginPercent());
        String orgName = directory.find(work.organisationId).map(o -> o.name).orElse("");
        WorkEvents.MovementRef movementRef = new WorkEvents.MovementRef(movement.id, movement.name);
        WorkEvents.OrganisationRef orgRef = new WorkEvents.OrganisationRef(work.organisationId, orgName);
        WorkEvents.Report reported = new WorkEvents.Report(report.id, report.reportedOn, report.percent);
        changes.record(Change.of(work.id).event(WorkEvents.TOPIC, WorkEvents.PROGRESSED,
                () -> new WorkEvents.Progressed(movementRef, orgRef, WorkEvents.state(work, settings), reported)));
        if (work.status == WorkProgressRules.Status.COMPLETED) {
            changes.record(Change.of(work.id).event(WorkEvents.TOPIC, WorkEvents.COMPLETED,
                    () -> new WorkEvents.Completed(movementRef, orgRef, WorkEvents.state(work, settings),
                            report.reportedOn)));
        }
        return new ProgressResponse(report.id, work.id, report.reportedOn, report.percent, report.text,
                report.reportedBy, List.of(), WorkViews.response(work, settings, orgName));
    }

    /** The work after a report the rules accepted: its percent, last report, status and flag. */
    static void advance(Work work, LocalDate reportedOn, int percent, LocalDate periodStart, int margin) {
        work.percent = percent;
        work.lastReportedOn = reportedOn;
        work.status = WorkProgressRules.status(percent, true);
        work.flag = WorkProgressRules.flag(percent, WorkProgressRules.start(work.registeredOn, periodStart),
                work.targetDate, reportedOn, margin);
    }
}
