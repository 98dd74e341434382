package vn.dangbo.congress.result;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dangbo.congress.attendance.VoteBases;
import vn.dangbo.congress.counting.CountClosed;
import vn.dangbo.congress.counting.CountClosedPublication;
import vn.dangbo.congress.election.Candidate;
import vn.dangbo.congress.election.CandidateRepository;
import vn.dangbo.congress.election.Election;
import vn.dangbo.congress.election.ElectionEvents;
import vn.dangbo.congress.election.ElectionRepository;
import vn.dangbo.congress.election.ElectionStatus;
import vn.dangbo.congress.election.ElectionStructure.Electorate;
import vn.dangbo.congress.result.BaseExclusions.Stored;
import vn.dangbo.congress.result.ResultRules.Declaration;
import vn.dangbo.congress.ruleset.RuleSet;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.web.ProblemException;

/**
 * Declares an election's result the moment its count closes, in the closing transaction (a count is never closed
 * without its result): the base (the congress' vote base, or the new committee's members for its first meeting),
 * the outcome of every candidate by {@link ResultRules}, the planned holders who failed; publishes
 * result.declared.v1, and runoff.needed.v1 on a tie.
 */
@ApplicationScoped
public class ResultDeclaration {

    private final ElectionRepository elections;
    private final CandidateRepository candidates;
    private final ElectionResultRepository results;
    private final VoteBases voteBases;
    private final PlannedHolders plannedHolders;
    private final ElectionParties parties;
    private final ResultViews views;
    private final ChangeRecorder changes;
    private final CountClosedPublication counting;

    public ResultDeclaration(ElectionRepository elections, CandidateRepository candidates,
            ElectionResultRepository results, VoteBases voteBases, PlannedHolders plannedHolders,
            ElectionParties parties, ResultViews views, ChangeRecorder changes, CountClosedPublication counting) {
        this.elections = elections;
        this.candidates = candidates;
        this.results = results;
        this.voteBases = voteBases;
        this.plannedHolders = plannedHolders;
        this.parties = parties;
        this.views = views;
        this.changes = changes;
        this.counting = counting;
    }

    /** Synchronous: the result is declared in the transaction that closes the count, or neither happens. */
    @Transactional
    void onCountClosed(@Observes CountClosed closed) {
        declare(closed.electionId());
    }

    @Transactional
    public ElectionResult declare(UUID electionId) {
        Election election = elections.findByIdOptional(electionId)
                .orElseThrow(() -> ProblemException.notFound("Không có cuộc bầu cử với mã " + electionId));
        if (election.status != ElectionStatus.COUNT_CLOSED) {
            throw ProblemException.conflict("Cuộc bầu " + election.office.title() + " lần " + election.roundNo
                    + " chưa kết thúc kiểm phiếu hoặc đã công bố kết quả");
        }
        ElectionParties.Parties congress = parties.of(election.congressId);
        RuleSet rules = parties.ruleSet(congress.congress());
        ElectionResult result = base(election);
        List<Candidate> list = candidates.onList(election.id);
        Declaration declaration = ResultRules.declare(election.seats, election.alternateSeats, result.base,
                list.stream().map(c -> new ResultRules.Votes(c.id, c.fullName, c.votes == null ? 0 : c.votes,
                        c.position == null ? Integer.MAX_VALUE : c.position)).toList(), rules);
        Map<UUID, Candidate> byId = list.stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        for (ResultRules.Ranked ranked : declaration.candidates()) {
            Candidate candidate = byId.get(ranked.candidateId());
            candidate.outcome = ranked.outcome().name();
            candidate.percentOfBase = ranked.percentOfBase();
        }
        List<String> notes = new ArrayList<>();
        String note = ResultRules.note(election.office, election.roundNo, declaration, rules.elections());
        if (note != null) {
            notes.add(note);
        }
        notes.addAll(plannedHolders.failedIn(election, list));
        result.vacantSeats = declaration.vacantSeats();
        result.vacantAlternateSeats = declaration.vacantAlternateSeats();
        if (declaration.tie() != null) {
            result.tieSeat = declaration.tie().seat();
            result.tieOpenSeats = declaration.tie().openSeats();
            result.tieAlternate = declaration.tie().alternate();
        }
        result.note = notes.isEmpty() ? null : String.join(". ", notes);
        result.declaredAt = OffsetDateTime.now();
        results.persist(result);
        election.status = ElectionStatus.RESULT_DECLARED;
        publish(congress, election, result);
        return result;
    }

    /** The base: the congress' vote base with its exclusions, or the new committee's members at its first meeting. */
    private ElectionResult base(Election election) {
        ElectionResult result = new ElectionResult();
        result.electionId = election.id;
        if (election.electorate == Electorate.NEW_COMMITTEE) {
            int members = results.committeeElected(election.congressId).size();
            result.convened = members;
            result.base = members;
            result.exclusions = BaseExclusions.write(List.of());
        } else {
            var voteBase = voteBases.ofCongress(election.congressId);
            List<Stored> exclusions = new ArrayList<>();
            for (var exclusion : voteBase.exclusions()) {
                exclusions.add(new Stored(exclusion.code(), exclusion.label(), exclusion.count(),
                        List.copyOf(exclusion.approvedBy())));
            }
            result.convened = voteBase.convened();
            result.base = voteBase.base();
            result.exclusions = BaseExclusions.write(exclusions);
        }
        if (result.base <= 0) {
            throw ProblemException.conflict("Cơ sở tính kết quả bầu " + election.office.title() + " bằng "
                    + result.base + " (không có ai được triệu tập): chưa công bố được kết quả");
        }
        return result;
    }

    private void publish(ElectionParties.Parties congress, Election election, ElectionResult result) {
        ElectionEvents.ElectionResult declared = views.eventResult(election, result);
        ElectionEvents.Tie tie = views.eventTie(election, result);
        changes.record(Change.of(congress.congress().id).event(ElectionEvents.TOPIC, ElectionEvents.RESULT_DECLARED,
                () -> new ElectionEvents.ResultDeclared(congress.ref(), congress.convener(), congress.higherBody(),
                        declared.election(), declared.figures(), declared.base(), declared.candidates(),
                        declared.vacantSeats(), tie, result.note, counting.tellersOf(congress.congress().id),
                        election.logLastHash)));
        if (tie != null) {
            changes.record(Change.of(congress.congress().id).event(ElectionEvents.TOPIC, ElectionEvents.RUNOFF_NEEDED,
                    () -> new ElectionEvents.RunoffNeeded(congress.ref(), congress.convener(), congress.higherBody(),
                            declared.election(), tie)));
        }
    }
}
