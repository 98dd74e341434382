package vn.dangbo.emulation.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.dangbo.emulation.award.AwardRecords.DecisionResponse;
import vn.dangbo.emulation.award.AwardRecords.OutcomeRequest;
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
 * The office records the higher body's decision on a proposal: the nominations it awarded are DECIDED (outside the
 * bloc's quota), the others are free again (APPROVED, no award).
 */
@ApplicationScoped
public class AwardOutcomes {

    private final MovementRepository movements;
    private final MovementSettingsStore settings;
    private final AwardRepository awards;
    private final AccessGuard access;
    private final ChangeRecorder changes;

    public AwardOutcomes(MovementRepository movements, MovementSettingsStore settings, AwardRepository awards,
            AccessGuard access, ChangeRecorder changes) {
        this.movements = movements;
        this.settings = settings;
        this.awards = awards;
        this.access = access;
        this.changes = changes;
    }

    @Transactional
    public DecisionResponse record(UUID movementId, UUID proposalId, OutcomeRequest request) {
        Movement movement = movements.lock(movementId);
        access.requireWriteAccess(movement.blocId);
        AwardProposal proposal = awards.proposal(proposalId).filter(p -> p.movementId.equals(movementId))
                .orElseThrow(() -> ProblemException.notFound("Không có tờ trình khen thưởng với mã " + proposalId));
        if (proposal.outcomeNumber != null) {
            throw ProblemException.conflict("Đã ghi nhận quyết định " + proposal.outcomeNumber
                    + " của " + proposal.proposedTo + " cho tờ trình này");
        }
        List<Award> proposed = awards.awardsOfProposal(proposalId);
        Set<UUID> inProposal = new HashSet<>(proposed.stream().map(a -> a.id).toList());
        for (UUID id : request.awardedNominationIds()) {
            if (!inProposal.contains(id)) {
                throw ProblemException.ruleViolated("Hồ sơ " + id + " không có trong tờ trình này",
                        "awardedNominationIds");
            }
        }
        Set<UUID> awarded = new HashSet<>(request.awardedNominationIds());
        DecisionResponse before = response(movement, proposal, List.copyOf(inProposal));
        proposal.outcomeNumber = request.decisionNumber().strip();
        proposal.outcomeDecidedOn = request.decidedOn();
        for (Award award : proposed) {
            Nomination n = awards.nomination(movementId, award.id);
            NominationState was = n.state;
            if (awarded.contains(award.id)) {
                n.moveTo(NominationState.DECIDED);
                changes.record(Change.of(n.id).audit("nomination", "DECIDED_BY_HIGHER_BODY",
                        new AwardViews.NominationAudit(was.name(), n.formCode, proposalId, null),
                        () -> new AwardViews.NominationAudit(n.state.name(), n.formCode, proposalId,
                                proposal.outcomeNumber)));
            } else {
                awards.remove(award);
                changes.record(Change.of(n.id).audit("nomination", "NOT_AWARDED_BY_HIGHER_BODY",
                        new AwardViews.NominationAudit(was.name(), n.formCode, proposalId, null),
                        () -> new AwardViews.NominationAudit(n.state.name(), n.formCode, null,
                                proposal.outcomeNumber)));
            }
        }
        List<UUID> ids = proposed.stream().map(a -> a.id).filter(awarded::contains).toList();
        changes.record(Change.of(proposalId).audit("award-proposal", "OUTCOME_RECORDED", before,
                () -> response(movement, proposal, ids)));
        return response(movement, proposal, ids);
    }

    private DecisionResponse response(Movement movement, AwardProposal proposal, List<UUID> ids) {
        AwardSettings s = settings.section(movement, AwardsSection.NAME, AwardSettings.class);
        return AwardViews.proposal(proposal, s.formOf(proposal.formCode), ids,
                awards.standingTowardQuota(movement.id), s.quota());
    }
}
