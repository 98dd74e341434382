package vn.dangbo.emulation.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import vn.dangbo.emulation.deadline.DeadlineKind;
import vn.dangbo.emulation.deadline.DeadlineRules;
import vn.dangbo.emulation.deadline.SubmissionDeadlines;
import vn.dangbo.emulation.member.MemberDirectory;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.movement.MovementRepository;
import vn.dangbo.emulation.nomination.NominationRecords.NominationResponse;
import vn.dangbo.emulation.nomination.NominationRecords.Transition;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.ProblemException;

/**
 * The proposing organisation hands its nomination in (DRAFT or RETURNED → SUBMITTED) before the deadline of the
 * movement ("trước ngày 20/4/2024"), or later under the office's override, flagged late.
 */
@ApplicationScoped
public class NominationSubmission {

    private final MovementRepository movements;
    private final NominationRepository nominations;
    private final MemberDirectory members;
    private final SubmissionDeadlines deadlines;
    private final NominationViews views;
    private final AccessGuard access;
    private final ChangeRecorder changes;
    private final Clock clock;

    public NominationSubmission(MovementRepository movements, NominationRepository nominations,
            MemberDirectory members, SubmissionDeadlines deadlines, NominationViews views, AccessGuard access,
            ChangeRecorder changes, Clock clock) {
        this.movements = movements;
        this.nominations = nominations;
        this.members = members;
        this.deadlines = deadlines;
        this.views = views;
        this.access = access;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public NominationResponse submit(UUID movementId, UUID id) {
        Movement movement = movements.require(movementId);
        Nomination n = nominations.require(movementId, id);
        access.requireWriteAccess(n.nominatedBy);
        NominationState from = n.state;
        if (!from.mayBecome(NominationState.SUBMITTED)) {
            n.moveTo(NominationState.SUBMITTED);
        }
        // the member may have left since the draft
        members.find(n.nomineeId).filter(m -> m.hasLeft()).ifPresent(m -> {
            throw ProblemException.ruleViolated("Đồng chí " + m.fullName + " không còn trong danh sách đảng viên "
                    + "(đã ra khỏi Đảng hoặc bị xóa tên), không đề nghị khen thưởng được", "nomineeId");
        });
        DeadlineRules.Verdict verdict = deadlines.require(movement, DeadlineKind.NOMINATION, n.nominatedBy,
                "submittedAt");
        String overrideReason = verdict.override().map(DeadlineRules.Override::reason).orElse(null);
        n.moveTo(NominationState.SUBMITTED);
        n.submittedAt = clock.instant();
        n.late = verdict.late();
        String reason = verdict.late() ? "Nộp muộn theo cho phép của Văn phòng: " + overrideReason : null;
        changes.record(Change.of(n.id)
                .event(NominationEvents.TOPIC, NominationEvents.SUBMITTED, () -> new NominationEvents.Submitted(
                        NominationViews.movementRef(movement), NominationViews.eventRef(views.response(n, movement),
                                movement, views.forms(movement)), n.submittedAt, n.late, overrideReason,
                        from == NominationState.RETURNED))
                .audit(NominationDrafting.AUDITED, NominationState.SUBMITTED.name(), null,
                        () -> new Transition(from, NominationState.SUBMITTED, reason, views.response(n, movement))));
        return views.response(n, movement);
    }
}
