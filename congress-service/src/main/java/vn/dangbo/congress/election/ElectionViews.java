package vn.dangbo.congress.election;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The election API's records: requests and what an election shows (entities never leave). */
public final class ElectionViews {

    private ElectionViews() {
    }

    /**
     * Opening an election.
     *
     * @param seats              the number to elect (the delegates allotted by the higher committee, for a delegation)
     * @param alternateSeats     the alternates elected on the same list (a delegation only), else 0 or absent
     * @param previousElectionId the round before, for another round or a runoff of the same office
     */
    public record OpenElectionRequest(Office office, Integer seats, Integer alternateSeats, UUID previousElectionId) {
    }

    public record CandidateView(UUID id, UUID memberId, String fullName, CandidateSource source,
            CandidateStatus status, Integer position, String nominatedBy, String refusalReason, Integer votes,
            BigDecimal percentOfBase, String outcome) {

        public static CandidateView of(Candidate c) {
            return new CandidateView(c.id, c.memberId, c.fullName, c.source, c.status, c.position, c.nominatedBy,
                    c.refusalReason, c.votes, c.percentOfBase, c.outcome);
        }
    }

    /**
     * @param title           the body or post in Vietnamese, as the ballot names it
     * @param fixedList       a runoff or another round among names fixed when it was opened: no nomination
     * @param voters          who receive a ballot, fixed when the list is approved (null before)
     * @param candidates      every name proposed, in printed order once the list is approved
     */
    public record ElectionView(UUID id, UUID congressId, Office office, String title,
            ElectionStructure.Electorate electorate, int roundNo, UUID previousElectionId, int seats,
            int alternateSeats, ElectionStatus status, BallotKind ballotKind, boolean fixedList,
            OffsetDateTime listApprovedAt, String listApprovedBy, Integer voters, Integer spareBallots,
            String serialPrefix, Integer firstSerial, List<CandidateView> candidates) {

        public static ElectionView of(Election e, List<Candidate> candidates) {
            return new ElectionView(e.id, e.congressId, e.office, e.office.title(), e.electorate, e.roundNo,
                    e.previousElectionId, e.seats, e.alternateSeats, e.status, e.ballotKind, e.fixedList,
                    e.listApprovedAt, e.listApprovedBy, e.voters, e.spareBallots, e.serialPrefix, e.firstSerial,
                    candidates.stream().map(CandidateView::of).toList());
        }
    }
}
