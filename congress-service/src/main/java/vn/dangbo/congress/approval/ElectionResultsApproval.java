package vn.dangbo.congress.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.dangbo.congress.election.Election;
import vn.dangbo.congress.election.ElectionEvents;
import vn.dangbo.congress.election.ElectionStatus;
import vn.dangbo.congress.result.ElectionParties;
import vn.dangbo.congress.result.ElectionResult;
import vn.dangbo.congress.result.ElectionResultRepository;
import vn.dangbo.congress.result.PlannedHolders;
import vn.dangbo.congress.result.ResultRules;
import vn.dangbo.congress.result.ResultViews;
import vn.dangbo.congress.round.DateWindow;
import vn.dangbo.congress.ruleset.RuleSet;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.ProblemException;

/**
 * The congress submits its election results to the higher committee (results.submitted.v1: the submission asking
 * for approval and the congress minutes' election part are written from it); the committee directly above the
 * congress' organisation approves them once (chuẩn y, results.approved.v1 with the positions the registry assigns).
 */
@ApplicationScoped
public class ElectionResultsApproval {

    private final CongressElectionResultsRepository submissions;
    private final ElectionResultRepository results;
    private final ElectionParties parties;
    private final ResultViews views;
    private final PlannedHolders plannedHolders;
    private final AccessGuard access;
    private final ChangeRecorder changes;

    public ElectionResultsApproval(CongressElectionResultsRepository submissions, ElectionResultRepository results,
            ElectionParties parties, ResultViews views, PlannedHolders plannedHolders, AccessGuard access,
            ChangeRecorder changes) {
        this.submissions = submissions;
        this.results = results;
        this.parties = parties;
        this.views = views;
        this.plannedHolders = plannedHolders;
        this.access = access;
        this.changes = changes;
    }

    @Transactional
    public ApprovalRecords.ElectionResultsResponse submit(UUID congressId) {
        ElectionParties.Parties congress = parties.of(congressId);
        access.requireWriteAccess(congress.congress().organisationId);
        if (submissions.findByIdOptional(congressId).isPresent()) {
            throw ProblemException.conflict("Kết quả bầu cử của đại hội này đã được trình cấp trên");
        }
        RuleSet rules = parties.ruleSet(congress.congress());
        List<Election> elections = results.elections(congressId);
        List<ApprovalRules.ElectionState> states = new ArrayList<>();
        for (Election election : elections) {
            ElectionResult result = results.findByIdOptional(election.id).orElse(null);
            boolean declared = election.status == ElectionStatus.RESULT_DECLARED && result != null;
            states.add(new ApprovalRules.ElectionState(election.office.title(), election.roundNo, declared,
                    declared && result.leavesSeatsOpen(), declared && result.decision != null,
                    declared && result.vacantSeats > 0 && ResultRules.anotherRoundProblem(election.office,
                            results.lastRound(congressId, election.office), rules.elections()).isPresent()));
        }
        ApprovalRules.submissionProblem(states, plannedHolders.anyAwaiting(congressId)).ifPresent(problem -> {
            throw ProblemException.conflict(problem);
        });
        CongressElectionResults submission = new CongressElectionResults();
        submission.congressId = congressId;
        submission.submittedAt = OffsetDateTime.now();
        submission.submittedBy = access.actor();
        submissions.persist(submission);
        List<ElectionEvents.ElectionResult> submitted = elections.stream()
                .map(e -> views.eventResult(e, results.findById(e.id))).toList();
        changes.record(Change.of(congressId)
                .event(ElectionEvents.TOPIC, ElectionEvents.RESULTS_SUBMITTED, () -> new ElectionEvents.ResultsSubmitted(
                        congress.ref(), congress.convener(), congress.higherBody(), submitted))
                .audit("congress_election_results", "submit", null, () -> view(congressId)));
        return view(congressId);
    }

    @Transactional
    public ApprovalRecords.ElectionResultsResponse approve(UUID congressId, ApprovalRecords.ApprovalRequest request,
            LocalDate today) {
        ElectionParties.Parties congress = parties.of(congressId);
        KnownOrganisation approvingBody = parties.approvingBody(congress);
        access.requireWriteAccess(approvingBody.id);
        // locked: the approval is recorded once, however many officers press at once
        CongressElectionResults submission = submissions.findByIdOptional(congressId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() ->
                ProblemException.conflict("Kết quả bầu cử của đại hội này chưa được trình cấp trên chuẩn y"));
        if (submission.approved()) {
            throw ProblemException.conflict("Kết quả bầu cử của đại hội này đã được chuẩn y theo quyết định số "
                    + submission.decisionNumber);
        }
        if (request.approvedOn().isAfter(today)) {
            throw ProblemException.ruleViolated("Ngày chuẩn y " + DateWindow.format(request.approvedOn())
                    + " chưa đến (hôm nay là " + DateWindow.format(today) + ")", "approvedOn");
        }
        if (request.approvedOn().isBefore(congress.congress().startDate)) {
            throw ProblemException.ruleViolated("Ngày chuẩn y " + DateWindow.format(request.approvedOn())
                    + " trước ngày khai mạc đại hội " + DateWindow.format(congress.congress().startDate), "approvedOn");
        }
        submission.decisionNumber = request.decisionNumber().strip();
        submission.approvedOn = request.approvedOn();
        submission.approvingBodyId = approvingBody.id;
        submission.approvingBodyName = request.approvingBody() == null || request.approvingBody().isBlank()
                ? approvingBody.name : request.approvingBody().strip();
        submission.approvedBy = access.actor();
        submission.approvedAt = OffsetDateTime.now();
        List<ElectionEvents.Position> positions = positions(congress).stream()
                .map(p -> new ElectionEvents.Position(p.memberId(), p.fullName(), p.organisationId(), p.role()))
                .toList();
        changes.record(Change.of(congressId)
                .event(ElectionEvents.TOPIC, ElectionEvents.RESULTS_APPROVED, () -> new ElectionEvents.ResultsApproved(
                        congress.ref(), congress.convener(),
                        new ElectionEvents.HigherBody(approvingBody.id, submission.approvingBodyName),
                        submission.decisionNumber, submission.approvedOn, positions))
                .audit("congress_election_results", "approve", null, () -> view(congressId)));
        return view(congressId);
    }

    @Transactional
    public ApprovalRecords.ElectionResultsResponse view(UUID congressId) {
        ElectionParties.Parties congress = parties.of(congressId);
        CongressElectionResults submission = submissions.findByIdOptional(congressId).orElse(null);
        List<vn.dangbo.congress.result.ResultRecords.ResultResponse> declared = new ArrayList<>();
        for (Election election : results.elections(congressId)) {
            results.findByIdOptional(election.id).ifPresent(r -> declared.add(views.response(election, r)));
        }
        List<ApprovalRecords.PositionView> positions = positions(congress).stream()
                .map(p -> new ApprovalRecords.PositionView(p.memberId(), p.fullName(), p.organisationId(), p.role()))
                .toList();
        if (submission == null) {
            return new ApprovalRecords.ElectionResultsResponse(congressId, "NOT_SUBMITTED", null, null, null, null,
                    null, null, declared, positions);
        }
        return new ApprovalRecords.ElectionResultsResponse(congressId, submission.approved() ? "APPROVED" : "SUBMITTED",
                submission.submittedAt, submission.submittedBy, submission.decisionNumber, submission.approvedOn,
                submission.approvingBodyId == null ? null
                        : new ApprovalRecords.ApprovingBody(submission.approvingBodyId, submission.approvingBodyName),
                submission.approvedBy, declared, positions);
    }

    /** The positions the declared results give in the congress' own organisation (a cell's: the cell's). */
    private List<ApprovalRules.Position> positions(ElectionParties.Parties congress) {
        List<ApprovalRules.Elected> elected = new ArrayList<>();
        for (Election election : results.elections(congress.congress().id)) {
            if (election.status != ElectionStatus.RESULT_DECLARED) {
                continue;
            }
            views.ranked(election).stream()
                    .filter(c -> ResultRules.Outcome.ELECTED.name().equals(c.outcome))
                    .forEach(c -> elected.add(new ApprovalRules.Elected(election.office, c.memberId, c.fullName)));
        }
        return ApprovalRules.positions(elected, congress.organisation().id);
    }
}
