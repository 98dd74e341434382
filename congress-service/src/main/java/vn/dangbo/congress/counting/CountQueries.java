package vn.dangbo.congress.counting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dangbo.congress.counting.CountGate.Counting;
import vn.dangbo.congress.counting.CountingRecords.CandidateCount;
import vn.dangbo.congress.counting.CountingRecords.CountResponse;
import vn.dangbo.congress.counting.CountingRecords.EntryView;
import vn.dangbo.congress.counting.CountingRecords.Mismatch;
import vn.dangbo.congress.election.Candidate;
import vn.dangbo.congress.election.Election;

/** The live figures of a count, and the ballots whose entries differ, with every entry. */
@ApplicationScoped
public class CountQueries {

    private final CountGate gate;
    private final CountUnitRepository units;
    private final CountEntryRepository entries;

    public CountQueries(CountGate gate, CountUnitRepository units, CountEntryRepository entries) {
        this.gate = gate;
        this.units = units;
        this.entries = entries;
    }

    @Transactional
    public CountResponse count(UUID electionId) {
        Counting counting = gate.forRead(electionId);
        Election election = counting.election();
        ElectionCount head = counting.head();
        TallyRules.Totals totals = counting.basis() == null || head == null ? null : TallyRules.tally(
                counting.basis(), units.statesOf(electionId));
        List<CandidateCount> candidates = new ArrayList<>();
        for (Candidate c : counting.candidates()) {
            candidates.add(new CandidateCount(c.id, c.fullName, c.position,
                    totals == null ? 0 : totals.votes().getOrDefault(c.id, 0)));
        }
        return new CountResponse(electionId, election.status.name(),
                election.ballotKind == null ? null : election.ballotKind.name(),
                election.seats + election.alternateSeats,
                head == null ? null : head.ballotsIssued, head == null ? null : head.ballotsReturned,
                counting.basis() == null ? 0 : counting.basis().tellersPerBallot(),
                head == null || head.mode == null ? null : head.mode.name(),
                totals == null ? 0 : totals.finalUnits() + totals.ruledInvalid(),
                totals == null ? 0 : totals.pending(), totals == null ? 0 : totals.mismatches(),
                totals == null ? 0 : totals.ruledInvalid(), totals == null ? 0 : totals.valid(),
                totals == null ? 0 : totals.invalid(), candidates, head == null ? 0 : head.lastSeq,
                head == null ? null : head.lastHash, election.countClosedAt);
    }

    @Transactional
    public List<Mismatch> mismatches(UUID electionId) {
        gate.forRead(electionId);
        Map<String, Mismatch> byUnit = new LinkedHashMap<>();
        for (CountEntry e : entries.ofMismatches(electionId)) {
            byUnit.computeIfAbsent(e.unit, u -> new Mismatch(u, e.unitKind.name(), new ArrayList<>()))
                    .entries().add(new EntryView(e.tellerCode, Canonical.tree(e.content), e.enteredBy, e.enteredAt,
                            e.logSeq));
        }
        return List.copyOf(byUnit.values());
    }
}
