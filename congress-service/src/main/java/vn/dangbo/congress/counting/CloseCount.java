package vn.dangbo.congress.counting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import vn.dangbo.congress.counting.CountGate.Counting;
import vn.dangbo.congress.election.Candidate;
import vn.dangbo.congress.election.Election;
import vn.dangbo.congress.election.ElectionStatus;
import vn.dangbo.kit.web.Problem;
import vn.dangbo.kit.web.ProblemException;

/**
 * Closes a count once every figure reconciles ({@link ReconciliationRules}): writes the election's figures, each
 * candidate's votes and the log's last hash (the closing record is the last one), publishes count.closed.v1 and
 * fires {@link CountClosed} in the same transaction, so the result is declared with the count or not at all.
 */
@ApplicationScoped
public class CloseCount {

    private final CountGate gate;
    private final CountUnitRepository units;
    private final CountClosedPublication publication;
    private final Event<CountClosed> closed;

    public CloseCount(CountGate gate, CountUnitRepository units, CountClosedPublication publication,
            Event<CountClosed> closed) {
        this.gate = gate;
        this.units = units;
        this.publication = publication;
        this.closed = closed;
    }

    @Transactional
    public Election close(UUID electionId) {
        Counting counting = gate.forWrite(electionId);
        ElectionCount head = counting.head();
        TallyRules.Totals totals = TallyRules.tally(counting.basis(),
                units.statesOf(electionId));
        List<ReconciliationRules.Problem> problems = ReconciliationRules.check(head.ballotsIssued,
                head.ballotsReturned, totals, counting.basis().seats(), counting.names());
        if (!problems.isEmpty()) {
            throw new ProblemException(422, "count-does-not-reconcile", "Số liệu kiểm phiếu không khớp",
                    "Chưa khóa kiểm phiếu được: " + String.join("; ", problems.stream()
                            .map(ReconciliationRules.Problem::message).toList()),
                    problems.stream().map(p -> new Problem.FieldError(p.field(), p.message())).toList());
        }
        OffsetDateTime closedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("issued", head.ballotsIssued);
        payload.put("returned", head.ballotsReturned);
        payload.put("valid", totals.valid());
        payload.put("invalid", totals.invalid());
        Map<String, Integer> votes = new TreeMap<>();
        totals.votes().forEach((id, n) -> votes.put(id.toString(), n));
        payload.put("votes", votes);
        payload.put("closedAt", closedAt.toString());
        gate.append(counting, CountLogRules.CLOSING, payload);

        head.closed = true;
        Election election = gate.current(counting.election());
        election.ballotsIssued = head.ballotsIssued;
        election.ballotsReturned = head.ballotsReturned;
        election.validBallots = totals.valid();
        election.invalidBallots = totals.invalid();
        election.logLastHash = head.lastHash;
        election.countClosedAt = closedAt;
        election.status = ElectionStatus.COUNT_CLOSED;
        for (Candidate candidate : counting.candidates()) {
            candidate.votes = totals.votes().getOrDefault(candidate.id, 0);
        }
        publication.publish(counting.congress(), election, counting.candidates());
        closed.fire(new CountClosed(electionId));
        return election;
    }
}
