package vn.dangbo.congress.candidacy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.dangbo.congress.election.BallotKind;
import vn.dangbo.congress.election.CandidateSource;
import vn.dangbo.congress.election.ElectionStatus;
import vn.dangbo.congress.election.ElectionViews.CandidateView;
import vn.dangbo.congress.election.Office;

/** Requests and responses of the candidate-list API. */
public final class CandidacyRecords {

    private CandidacyRecords() {
    }

    /**
     * @param nominatedBy who proposed the name from the floor, as the presidium records it (optional)
     */
    public record NominationRequest(UUID memberId, CandidateSource source, String nominatedBy) {
    }

    /** The tally of an opinion ballot: those present and those who agreed. */
    public record OpinionBallotRequest(Integer present, Integer agree) {
    }

    /**
     * @param approved  whether the congress lets the candidate withdraw
     * @param decidedBy who decided (e.g. "Đại hội biểu quyết giơ tay")
     */
    public record WithdrawalRequest(String reason, Boolean approved, String decidedBy) {
    }

    /** @param approvedBy who approved the list (by default the congress, or the new committee's first meeting) */
    public record ListApprovalRequest(String approvedBy) {
    }

    public record OpinionBallotView(int present, int agree, int thresholdPercent, boolean accepted,
            String recordedBy, OffsetDateTime recordedAt) {

        static OpinionBallotView of(OpinionBallot b) {
            return b == null ? null : new OpinionBallotView(b.present, b.agree, b.thresholdPercent, b.accepted,
                    b.recordedBy, b.recordedAt);
        }
    }

    public record WithdrawalView(String reason, boolean approved, String decidedBy, String recordedBy,
            OffsetDateTime recordedAt) {

        static WithdrawalView of(Withdrawal w) {
            return new WithdrawalView(w.reason, w.approved, w.decidedBy, w.recordedBy, w.recordedAt);
        }
    }

    /** A candidate with the opinion ballot and the withdrawal requests on it. */
    public record CandidacyView(CandidateView candidate, OpinionBallotView opinionBallot,
            List<WithdrawalView> withdrawals) {
    }

    /**
     * The surplus limits of the rule set for this election.
     *
     * @param advice the convening committee's prepared surplus (10-15%), as advice; null where none is due
     */
    public record ListLimits(int seats, boolean surplusRequired, int minLength, int maxLength, Integer preparedMin,
            Integer preparedMax, String advice) {
    }

    /**
     * The list as it stands.
     *
     * @param onList    the names on the list, in the order they are (or will be) printed
     * @param proposed  names from outside the committee's list awaiting their opinion ballot
     * @param others    names refused or withdrawn
     * @param ballotKind the ballot the list gets (fixed when approved)
     * @param problem   why the list cannot be approved now, or null
     */
    public record ListView(UUID electionId, Office office, String title, int seats, int alternateSeats,
            ElectionStatus status, BallotKind ballotKind, ListLimits limits, List<CandidacyView> onList,
            List<CandidacyView> proposed, List<CandidacyView> others, String problem) {
    }
}
