package vn.dangbo.emulation.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.movement.MovementRepository;
import vn.dangbo.emulation.movement.MovementSettingsStore;
import vn.dangbo.emulation.nomination.CouncilSection.CouncilSettings;
import vn.dangbo.emulation.nomination.NominationRecords.CouncilVoteRequest;
import vn.dangbo.emulation.nomination.NominationRecords.NominationResponse;
import vn.dangbo.emulation.nomination.NominationRecords.Transition;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.text.VietnameseText;
import vn.dangbo.kit.web.Problem;
import vn.dangbo.kit.web.ProblemException;

/**
 * The office's acts on a submitted nomination: hand it back with reasons (RETURNED), put it before the emulation
 * council (UNDER_REVIEW), enter the council's vote (APPROVED or REJECTED by {@link CouncilVoteRules} with the
 * movement's {@code council} settings). Each needs write access on the movement's bloc.
 */
@ApplicationScoped
public class NominationReview {

    private final MovementRepository movements;
    private final NominationRepository nominations;
    private final MovementSettingsStore settings;
    private final NominationViews views;
    private final AccessGuard access;
    private final ChangeRecorder changes;
    private final Clock clock;

    public NominationReview(MovementRepository movements, NominationRepository nominations,
            MovementSettingsStore settings, NominationViews views, AccessGuard access, ChangeRecorder changes,
            Clock clock) {
        this.movements = movements;
        this.nominations = nominations;
        this.settings = settings;
        this.views = views;
        this.access = access;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public NominationResponse handBack(UUID movementId, UUID id, List<String> reasons) {
        Movement movement = officeMovement(movementId);
        Nomination n = nominations.require(movementId, id);
        List<String> cleaned = reasons.stream().map(VietnameseText::nfcStripped)
                .map(r -> r.replace(NominationViews.REASON_SEPARATOR, " ")).toList();
        NominationState from = n.state;
        n.moveTo(NominationState.RETURNED);
        n.returnReason = String.join(NominationViews.REASON_SEPARATOR, cleaned);
        Instant at = clock.instant();
        changes.record(Change.of(n.id)
                .event(NominationEvents.TOPIC, NominationEvents.RETURNED, () -> new NominationEvents.Returned(
                        NominationViews.movementRef(movement), ref(n, movement), cleaned, at))
                .audit(NominationDrafting.AUDITED, NominationState.RETURNED.name(), null,
                        () -> new Transition(from, NominationState.RETURNED, String.join("; ", cleaned),
                                views.response(n, movement))));
        return views.response(n, movement);
    }

    @Transactional
    public NominationResponse startReview(UUID movementId, UUID id) {
        Movement movement = officeMovement(movementId);
        Nomination n = nominations.require(movementId, id);
        NominationState from = n.state;
        n.moveTo(NominationState.UNDER_REVIEW);
        changes.record(Change.of(n.id).audit(NominationDrafting.AUDITED, NominationState.UNDER_REVIEW.name(), null,
                () -> new Transition(from, NominationState.UNDER_REVIEW, null, views.response(n, movement))));
        return views.response(n, movement);
    }

    @Transactional
    public NominationResponse councilVote(UUID movementId, UUID id, CouncilVoteRequest request) {
        Movement movement = officeMovement(movementId);
        Nomination n = nominations.require(movementId, id);
        if (!n.state.mayBecome(NominationState.APPROVED)) {
            n.moveTo(NominationState.APPROVED);
        }
        CouncilVoteRules.Council council = settings.section(movement, CouncilSection.NAME, CouncilSettings.class)
                .council();
        CouncilVoteRules.Tally tally = new CouncilVoteRules.Tally(request.membersPresent(), request.votesFor(),
                request.votesAgainst());
        List<String> problems = CouncilVoteRules.problems(council, tally);
        if (!problems.isEmpty()) {
            throw new ProblemException(422, "rule-violated", "Vi phạm quy định",
                    "Kết quả biểu quyết của Hội đồng không hợp lệ: " + String.join("; ", problems.stream()
                            .map(p -> p.substring(p.indexOf(':') + 1).strip()).toList()),
                    problems.stream().map(p -> new Problem.FieldError(p.substring(0, p.indexOf(':')),
                            p.substring(p.indexOf(':') + 1).strip())).toList());
        }
        CouncilVoteRules.Outcome outcome = CouncilVoteRules.conclude(council, tally);
        NominationState from = n.state;
        NominationState to = outcome.approved() ? NominationState.APPROVED : NominationState.REJECTED;
        n.moveTo(to);
        n.councilMembers = council.members();
        n.councilPresent = tally.membersPresent();
        n.votesFor = tally.votesFor();
        n.votesAgainst = tally.votesAgainst();
        n.reviewedAt = clock.instant();
        String reason = tally.votesFor() + "/" + tally.membersPresent() + " thành viên có mặt đồng ý ("
                + council.members() + " thành viên Hội đồng), " + tally.votesAgainst() + " không đồng ý; ngưỡng: "
                + CouncilVoteRules.describe(council, outcome);
        changes.record(Change.of(n.id)
                .event(NominationEvents.TOPIC, NominationEvents.REVIEW_CONCLUDED,
                        () -> new NominationEvents.ReviewConcluded(NominationViews.movementRef(movement),
                                ref(n, movement), to, new NominationEvents.Tally(council.members(),
                                        tally.membersPresent(), tally.votesFor(), tally.votesAgainst()),
                                new NominationEvents.Threshold(council.base(), outcome.baseCount(),
                                        council.percent(), council.strictlyAbove(), outcome.votesRequired()),
                                n.reviewedAt))
                .audit(NominationDrafting.AUDITED, to.name(), null,
                        () -> new Transition(from, to, reason, views.response(n, movement))));
        return views.response(n, movement);
    }

    private Movement officeMovement(UUID movementId) {
        Movement movement = movements.require(movementId);
        access.requireWriteAccess(movement.blocId);
        return movement;
    }

    private NominationEvents.NominationRef ref(Nomination n, Movement movement) {
        return NominationViews.eventRef(views.response(n, movement), movement, views.forms(movement));
    }
}
