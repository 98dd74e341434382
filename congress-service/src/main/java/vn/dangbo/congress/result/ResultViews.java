package vn.dangbo.congress.result;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import vn.dangbo.congress.election.Candidate;
import vn.dangbo.congress.election.CandidateRepository;
import vn.dangbo.congress.election.Election;
import vn.dangbo.congress.election.ElectionEvents;
import vn.dangbo.congress.result.ResultRecords.BaseView;
import vn.dangbo.congress.result.ResultRecords.CandidateResult;
import vn.dangbo.congress.result.ResultRecords.DecisionView;
import vn.dangbo.congress.result.ResultRecords.ExclusionView;
import vn.dangbo.congress.result.ResultRecords.ResultResponse;
import vn.dangbo.congress.result.ResultRecords.TieView;

/** A declared result as the events carry it and as the API shows it, read from the stored rows. */
@ApplicationScoped
public class ResultViews {

    private final CandidateRepository candidates;

    public ResultViews(CandidateRepository candidates) {
        this.candidates = candidates;
    }

    /** Every candidate on the list, highest votes first (then in printed order). */
    public List<Candidate> ranked(Election election) {
        return candidates.onList(election.id).stream()
                .sorted(Comparator.comparing((Candidate c) -> c.votes == null ? 0 : c.votes).reversed()
                        .thenComparing(c -> c.position == null ? Integer.MAX_VALUE : c.position))
                .toList();
    }

    public ElectionEvents.ElectionResult eventResult(Election election, ElectionResult result) {
        return new ElectionEvents.ElectionResult(ElectionParties.ref(election), ElectionParties.figures(election),
                eventBase(result), ranked(election).stream().map(ResultViews::eventVotes).toList(),
                result.vacantSeats, election.logLastHash);
    }

    public ElectionEvents.Tie eventTie(Election election, ElectionResult result) {
        if (result.tieSeat == null) {
            return null;
        }
        return new ElectionEvents.Tie(result.tieSeat, ranked(election).stream()
                .filter(c -> ResultRules.Outcome.TIED.name().equals(c.outcome)).map(ResultViews::eventVotes).toList());
    }

    private static ElectionEvents.Base eventBase(ElectionResult result) {
        return new ElectionEvents.Base(result.convened, BaseExclusions.read(result.exclusions).stream()
                .map(e -> new ElectionEvents.Exclusion(e.code(), e.label(), e.count(),
                        e.approvedBy().isEmpty() ? null : String.join(", ", e.approvedBy())))
                .toList(), result.base);
    }

    private static ElectionEvents.CandidateVotes eventVotes(Candidate c) {
        return new ElectionEvents.CandidateVotes(c.id, c.memberId, c.fullName, c.votes == null ? 0 : c.votes,
                c.percentOfBase == null ? null : c.percentOfBase.toPlainString(), c.outcome);
    }

    public ResultResponse response(Election election, ElectionResult result) {
        List<CandidateResult> ranked = ranked(election).stream().map(c -> new CandidateResult(c.id, c.memberId,
                c.fullName, c.position, c.votes == null ? 0 : c.votes, c.percentOfBase, c.outcome)).toList();
        return new ResultResponse(election.id, election.congressId, election.office.name(), election.office.title(),
                election.electorate.name(), election.roundNo, election.previousElectionId, election.seats,
                election.alternateSeats, election.status.name(), ElectionParties.figures(election),
                new BaseView(result.convened, BaseExclusions.read(result.exclusions).stream()
                        .map(e -> new ExclusionView(e.code(), e.label(), e.count(), e.approvedBy())).toList(),
                        result.base),
                ranked,
                ranked.stream().filter(c -> ResultRules.Outcome.ELECTED.name().equals(c.outcome())).toList(),
                ranked.stream().filter(c -> ResultRules.Outcome.ALTERNATE.name().equals(c.outcome())).toList(),
                result.vacantSeats, result.vacantAlternateSeats,
                result.tieSeat == null ? null : new TieView(result.tieSeat, result.tieOpenSeats,
                        Boolean.TRUE.equals(result.tieAlternate), ranked.stream()
                        .filter(c -> ResultRules.Outcome.TIED.name().equals(c.outcome())).toList()),
                result.note,
                result.decision == null ? null : new DecisionView(result.decision, result.decisionReason,
                        result.decidedBy, result.decidedAt, result.nextElectionId),
                election.logLastHash, result.declaredAt);
    }
}
