package vn.dangbo.emulation.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dangbo.emulation.award.AwardRecords.DecisionRequest;
import vn.dangbo.emulation.award.AwardRecords.DecisionResponse;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.movement.MovementRepository;
import vn.dangbo.emulation.movement.MovementSettingsStore;
import vn.dangbo.emulation.nomination.Nomination;
import vn.dangbo.emulation.nomination.NominationState;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.ProblemException;

/**
 * The office decides awards: every named APPROVED nomination becomes an award of one decision, within the quota;
 * a form reserved to a higher body becomes a proposal (tờ trình) to it instead. The movement is locked while
 * deciding, so two decisions take turns at the quota.
 */
@ApplicationScoped
public class AwardDecisions {

    private final MovementRepository movements;
    private final MovementSettingsStore settings;
    private final AwardRepository awards;
    private final AwardEvents events;
    private final AccessGuard access;
    private final ChangeRecorder changes;

    public AwardDecisions(MovementRepository movements, MovementSettingsStore settings, AwardRepository awards,
            AwardEvents events, AccessGuard access, ChangeRecorder changes) {
        this.movements = movements;
        this.settings = settings;
        this.awards = awards;
        this.events = events;
        this.access = access;
        this.changes = changes;
    }

    @Transactional
    public DecisionResponse decide(UUID movementId, DecisionRequest request) {
        Movement movement = movements.lock(movementId);
        access.requireWriteAccess(movement.blocId);
        AwardSettings awardSettings = settings.section(movement, AwardsSection.NAME, AwardSettings.class);
        AwardSettings.Form form = request.formCode() == null
                ? awardSettings.defaultForm().orElseThrow(() -> ProblemException.invalid("formCode",
                        "Phong trào chưa có hình thức khen thưởng mặc định"))
                : awardSettings.form(request.formCode()).orElseThrow(() -> ProblemException.invalid("formCode",
                        "Không có hình thức khen thưởng " + request.formCode()));
        List<Nomination> nominations = approved(movement, form, request.nominationIds());
        List<String> basis = request.basis() == null ? List.of()
                : request.basis().stream().filter(b -> b != null && !b.isBlank()).map(String::strip).toList();
        String reason = request.reason() == null || request.reason().isBlank()
                ? "đã có thành tích xuất sắc trong " + movement.name : request.reason().strip();
        if (form.reserved()) {
            return propose(movement, form, nominations, request, reason, awardSettings.quota());
        }
        int standing = awards.standingTowardQuota(movementId);
        List<String> warnings = new ArrayList<>();
        int after = standing;
        if (form.countsTowardQuota()) {
            AwardRules.QuotaVerdict verdict = AwardRules.quota(awardSettings.quota(), standing, nominations.size());
            if (!verdict.allowed()) {
                throw ProblemException.ruleViolated(verdict.message().orElseThrow(), "nominationIds");
            }
            verdict.message().ifPresent(warnings::add);
            after = verdict.awardedAfter();
        }

        AwardDecision decision = new AwardDecision();
        decision.id = UUID.randomUUID();
        decision.movementId = movementId;
        decision.formCode = form.code();
        decision.decidedOn = request.decidedOn();
        decision.basisLines(basis);
        decision.reason = reason;
        decision.decidedBy = access.actor();
        awards.persist(decision);
        for (Nomination n : nominations) {
            Award award = newAward(n, form);
            award.decisionId = decision.id;
            awards.persist(award);
            NominationState before = n.state;
            n.moveTo(NominationState.DECIDED);
            audit(n, before, "DECIDED", decision.id);
        }
        List<UUID> ids = nominations.stream().map(n -> n.id).toList();
        DecisionResponse response = response(decision, form, ids, after, awardSettings.quota(), warnings);
        changes.record(Change.of(movementId)
                .event(AwardEvents.TOPIC, AwardEvents.DECIDED, () -> new AwardEvents.Decided(
                        events.movement(movement), events.issuer(movement), events.higherBody(movement),
                        new AwardEvents.Decision(decision.id, AwardEvents.form(form), decision.decidedOn,
                                basis, decision.reason),
                        nominations.stream().map(events::recipient).toList()))
                .audit("award-decision", "DECIDED", null, () -> response));
        return response;
    }

    private DecisionResponse propose(Movement movement, AwardSettings.Form form, List<Nomination> nominations,
            DecisionRequest request, String reason, int quota) {
        AwardProposal proposal = new AwardProposal();
        proposal.id = UUID.randomUUID();
        proposal.movementId = movement.id;
        proposal.formCode = form.code();
        proposal.proposedTo = form.reservedTo();
        proposal.proposedOn = request.decidedOn();
        proposal.reason = reason;
        proposal.proposedBy = access.actor();
        awards.persist(proposal);
        for (Nomination n : nominations) {
            Award award = newAward(n, form);
            award.proposalId = proposal.id;
            awards.persist(award);
            audit(n, n.state, "PROPOSED", proposal.id);
        }
        List<UUID> ids = nominations.stream().map(n -> n.id).toList();
        DecisionResponse response = AwardViews.proposal(proposal, form, ids, awards.standingTowardQuota(movement.id),
                quota);
        changes.record(Change.of(movement.id)
                .event(AwardEvents.TOPIC, AwardEvents.PROPOSED, () -> new AwardEvents.Proposed(
                        events.movement(movement), events.issuer(movement), events.higherBody(movement),
                        new AwardEvents.Proposal(proposal.id, AwardEvents.form(form), proposal.proposedTo,
                                proposal.proposedOn, proposal.reason),
                        nominations.stream().map(events::recipient).toList()))
                .audit("award-proposal", "PROPOSED", null, () -> response));
        return response;
    }

    /** The named nominations, each APPROVED, not yet awarded nor proposed, of a kind the form is given to. */
    private List<Nomination> approved(Movement movement, AwardSettings.Form form, List<UUID> requested) {
        LinkedHashSet<UUID> ids = new LinkedHashSet<>(requested);
        Map<UUID, Nomination> found = awards.nominations(movement.id, ids).stream()
                .collect(Collectors.toMap(n -> n.id, Function.identity()));
        Map<UUID, Award> existing = awards.awards(ids).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        List<Nomination> nominations = new ArrayList<>();
        for (UUID id : ids) {
            Nomination n = found.get(id);
            if (n == null) {
                throw ProblemException.ruleViolated("Không có hồ sơ đề nghị khen thưởng với mã " + id
                        + " trong phong trào này", "nominationIds");
            }
            if (n.state != NominationState.APPROVED) {
                throw ProblemException.conflict("Hồ sơ của " + n.nomineeName + " đang ở trạng thái \""
                        + n.state.label() + "\": chỉ khen thưởng hồ sơ đã được Hội đồng đề nghị khen");
            }
            if (existing.containsKey(id)) {
                throw ProblemException.conflict("Hồ sơ của " + n.nomineeName
                        + " đã được trình cấp trên khen thưởng, đang chờ kết quả");
            }
            if (!form.recipients().contains(n.nomineeKind.name())) {
                throw ProblemException.ruleViolated("Hình thức " + form.name() + " không dành cho "
                        + (n.nomineeKind == Nomination.NomineeKind.MEMBER ? "cá nhân" : "tập thể") + " ("
                        + n.nomineeName + ")", "formCode");
            }
            nominations.add(n);
        }
        nominations.sort(Comparator.comparing(n -> n.id));
        return nominations;
    }

    private static Award newAward(Nomination n, AwardSettings.Form form) {
        Award award = new Award();
        award.id = n.id;
        award.movementId = n.movementId;
        award.formCode = form.code();
        award.countsTowardQuota = form.countsTowardQuota();
        return award;
    }

    private void audit(Nomination n, NominationState before, String action, UUID actId) {
        changes.record(Change.of(n.id).audit("nomination", action,
                new AwardViews.NominationAudit(before.name(), n.formCode, null, null),
                () -> new AwardViews.NominationAudit(n.state.name(), n.formCode, actId, null)));
    }

    private static DecisionResponse response(AwardDecision d, AwardSettings.Form form, List<UUID> ids, int awarded,
            int quota, List<String> warnings) {
        return AwardViews.decision(d, form, ids, awarded, quota, warnings);
    }
}
