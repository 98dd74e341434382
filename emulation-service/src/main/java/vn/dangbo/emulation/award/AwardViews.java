package vn.dangbo.emulation.award;

import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.award.AwardRecords.AwardResponse;
import vn.dangbo.emulation.award.AwardRecords.DecisionResponse;
import vn.dangbo.emulation.nomination.Nomination;

/** Decisions, proposals and awards as the API and the audit trail show them. */
final class AwardViews {

    private AwardViews() {
    }

    /** A nomination's state in the audit trail of an award's transition. */
    record NominationAudit(String state, String formCode, UUID decisionOrProposalId, String reason) {
    }

    static DecisionResponse decision(AwardDecision d, AwardSettings.Form form, List<UUID> ids, int awarded,
            int quota, List<String> warnings) {
        return new DecisionResponse(d.id, "DECISION", d.movementId, d.formCode, form.name(), null, d.decidedOn,
                d.basisLines(), d.reason, ids, d.documentNumber, d.documentSymbol, d.issuedOn, null, awarded, quota,
                List.copyOf(warnings), d.version);
    }

    static DecisionResponse proposal(AwardProposal p, AwardSettings.Form form, List<UUID> ids, int awarded,
            int quota) {
        return new DecisionResponse(p.id, "PROPOSAL", p.movementId, p.formCode, form.name(), p.proposedTo,
                p.proposedOn, List.of(), p.reason, ids, null, p.documentSymbol, p.outcomeDecidedOn,
                p.outcomeNumber, awarded, quota, List.of(), p.version);
    }

    static AwardResponse award(Nomination n, Award a) {
        return new AwardResponse(n.id, n.movementId, n.state.name(), n.state.label(), a == null ? n.formCode
                : a.formCode, a == null ? null : a.decisionId, a == null ? null : a.proposalId,
                a == null ? null : a.certificateSymbol, a == null ? null : a.certificateNumber, n.revokeReason,
                n.version);
    }
}
