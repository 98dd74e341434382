package vn.dangbo.congress.candidacy;

import jakarta.enterprise.context.ApplicationScoped;
import vn.dangbo.congress.candidacy.CandidacyRecords.CandidacyView;
import vn.dangbo.congress.candidacy.CandidacyRecords.OpinionBallotView;
import vn.dangbo.congress.candidacy.CandidacyRecords.WithdrawalView;
import vn.dangbo.congress.election.Candidate;
import vn.dangbo.congress.election.ElectionViews.CandidateView;

/** A candidate as the API shows it: with its opinion ballot and the withdrawal requests decided on it. */
@ApplicationScoped
public class CandidacyViews {

    private final OpinionBallotRepository opinionBallots;
    private final WithdrawalRepository withdrawals;

    public CandidacyViews(OpinionBallotRepository opinionBallots, WithdrawalRepository withdrawals) {
        this.opinionBallots = opinionBallots;
        this.withdrawals = withdrawals;
    }

    public CandidacyView of(Candidate candidate) {
        return new CandidacyView(CandidateView.of(candidate),
                OpinionBallotView.of(opinionBallots.findById(candidate.id)),
                withdrawals.ofCandidate(candidate.id).stream().map(WithdrawalView::of).toList());
    }
}
