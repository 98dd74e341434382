package vn.dangbo.congress.result;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.dangbo.congress.congress.Congress;
import vn.dangbo.congress.congress.CongressLookup;
import vn.dangbo.congress.election.Candidate;
import vn.dangbo.congress.election.CandidateRepository;
import vn.dangbo.congress.election.Election;
import vn.dangbo.congress.election.ElectionRepository;
import vn.dangbo.congress.result.ResultRecords.OpenedElection;
import vn.dangbo.congress.result.ResultRecords.VacancyDecisionRequest;
import vn.dangbo.congress.ruleset.RuleSet;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.ProblemException;

/**
 * What the congress decides on seats a declared result leaves open, recorded with who decided: a runoff among the
 * tied, another round for the open seats, or leaving them vacant. A secretary is balloted at most the rule set's
 * rounds; a post whose planned holder failed waits for the higher committee.
 */
@ApplicationScoped
public class OpenSeatDecisions {

    public static final String RUNOFF = "RUNOFF";
    public static final String ANOTHER_ROUND = "ANOTHER_ROUND";
    public static final String LEAVE_VACANT = "LEAVE_VACANT";

    private final ElectionRepository elections;
    private final CandidateRepository candidates;
    private final ElectionResultRepository results;
    private final CongressLookup congresses;
    private final ElectionParties parties;
    private final PlannedHolders plannedHolders;
    private final NextBallotOpener opener;
    private final AccessGuard access;
    private final ChangeRecorder changes;

    public OpenSeatDecisions(ElectionRepository elections, CandidateRepository candidates,
            ElectionResultRepository results, CongressLookup congresses, ElectionParties parties,
            PlannedHolders plannedHolders, NextBallotOpener opener, AccessGuard access, ChangeRecorder changes) {
        this.elections = elections;
        this.candidates = candidates;
        this.results = results;
        this.congresses = congresses;
        this.parties = parties;
        this.plannedHolders = plannedHolders;
        this.opener = opener;
        this.access = access;
        this.changes = changes;
    }

    @Transactional
    public OpenedElection runoff(UUID electionId) {
        Election election = election(electionId);
        ElectionResult result = undecided(election);
        if (result.tieSeat == null) {
            throw ProblemException.conflict("Kết quả bầu " + election.office.title() + " lần " + election.roundNo
                    + " không có người bằng phiếu ở ghế cuối: không bầu lại");
        }
        mayBallotAgain(election);
        List<Candidate> tied = candidates.onList(election.id).stream()
                .filter(c -> ResultRules.Outcome.TIED.name().equals(c.outcome)).toList();
        // a tie for an alternate's place is run off for alternates' places, not delegates'
        Election next = Boolean.TRUE.equals(result.tieAlternate)
                ? opener.open(election, 0, result.tieOpenSeats, tied)
                : opener.open(election, result.tieOpenSeats, 0, tied);
        return decide(election, result, RUNOFF, null, next);
    }

    @Transactional
    public ResultRecords.DecisionView vacancy(UUID electionId, VacancyDecisionRequest request) {
        Election election = election(electionId);
        ElectionResult result = undecided(election);
        int open = result.vacantSeats - (result.tieSeat != null && !Boolean.TRUE.equals(result.tieAlternate)
                ? result.tieOpenSeats : 0);
        int openAlternates = result.vacantAlternateSeats - (Boolean.TRUE.equals(result.tieAlternate)
                ? result.tieOpenSeats : 0);
        if (open <= 0 && openAlternates <= 0) {
            throw ProblemException.conflict("Kết quả bầu " + election.office.title() + " lần " + election.roundNo
                    + " không còn ghế trống ngoài ghế có người bằng phiếu (bầu lại giữa những người bằng phiếu)");
        }
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        if (LEAVE_VACANT.equals(request.decision())) {
            decide(election, result, LEAVE_VACANT, reason, null);
        } else if (ANOTHER_ROUND.equals(request.decision())) {
            if (open <= 0) {
                throw ProblemException.ruleViolated("Chỉ còn trống suất đại biểu dự khuyết: đại hội quyết định để "
                        + "khuyết (LEAVE_VACANT)", "decision");
            }
            mayBallotAgain(election);
            decide(election, result, ANOTHER_ROUND, reason,
                    opener.open(election, open, Math.max(openAlternates, 0), List.of()));
        } else {
            throw ProblemException.ruleViolated("Quyết định về ghế còn trống là ANOTHER_ROUND (bầu tiếp) hoặc "
                    + "LEAVE_VACANT (để khuyết); không có " + request.decision(), "decision");
        }
        return decisionView(result);
    }

    private void mayBallotAgain(Election election) {
        Congress congress = congresses.get(election.congressId);
        RuleSet rules = parties.ruleSet(congress);
        int lastRound = results.lastRound(election.congressId, election.office);
        ResultRules.anotherRoundProblem(election.office, lastRound, rules.elections()).ifPresent(problem -> {
            throw ProblemException.ruleViolated(problem, "decision");
        });
        plannedHolders.requireNotAwaiting(election.congressId, election.office);
    }

    private OpenedElection decide(Election election, ElectionResult result, String decision, String reason,
            Election next) {
        result.decision = decision;
        result.decisionReason = reason;
        result.decidedBy = access.actor();
        result.decidedAt = OffsetDateTime.now();
        result.nextElectionId = next == null ? null : next.id;
        changes.record(Change.of(election.id).audit("election_result", decision, null, () -> decisionView(result)));
        if (next == null) {
            return null;
        }
        return new OpenedElection(next.id, next.office.name(), next.roundNo, next.seats, next.alternateSeats,
                election.id, candidates.onList(next.id).stream().map(c -> c.id).toList());
    }

    private static ResultRecords.DecisionView decisionView(ElectionResult result) {
        return new ResultRecords.DecisionView(result.decision, result.decisionReason, result.decidedBy,
                result.decidedAt, result.nextElectionId);
    }

    private Election election(UUID electionId) {
        Election election = elections.findByIdOptional(electionId)
                .orElseThrow(() -> ProblemException.notFound("Không có cuộc bầu cử với mã " + electionId));
        access.requireWriteAccess(congresses.get(election.congressId).organisationId);
        return election;
    }

    private ElectionResult undecided(Election election) {
        // locked: two decisions at once would open two runoffs, or decide twice
        ElectionResult result = results.findByIdOptional(election.id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> ProblemException.conflict(
                "Cuộc bầu " + election.office.title() + " lần " + election.roundNo + " chưa công bố kết quả"));
        if (result.decision != null) {
            throw ProblemException.conflict("Đại hội đã quyết định về kết quả bầu " + election.office.title()
                    + " lần " + election.roundNo + " (" + result.decision + ", " + result.decidedBy + ")");
        }
        return result;
    }
}
