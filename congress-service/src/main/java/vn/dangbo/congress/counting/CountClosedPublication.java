package vn.dangbo.congress.counting;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.dangbo.congress.congress.Congress;
import vn.dangbo.congress.election.Candidate;
import vn.dangbo.congress.election.Election;
import vn.dangbo.congress.election.ElectionEvents;
import vn.dangbo.congress.election.ElectionEvents.CandidateVotes;
import vn.dangbo.congress.election.ElectionEvents.Figures;
import vn.dangbo.congress.election.ElectionPublication;

/**
 * Publishes {@code count.closed.v1} on {@code congress.elections.v1} (key = the congress) through the outbox, in
 * the closing's transaction: the election's heading, the figures, every candidate's votes, the tellers and the
 * log's last hash.
 */
@ApplicationScoped
public class CountClosedPublication {

    private final ElectionPublication publication;
    private final TellerRepository tellers;

    public CountClosedPublication(ElectionPublication publication, TellerRepository tellers) {
        this.publication = publication;
        this.tellers = tellers;
    }

    public void publish(Congress congress, Election election, List<Candidate> candidates) {
        List<ElectionEvents.Teller> committee = tellersOf(congress.id);
        publication.publish(congress, election, ElectionEvents.COUNT_CLOSED, heading -> new ElectionEvents.CountClosed(
                heading.congress(), heading.convener(), heading.higherBody(), heading.election(),
                new Figures(election.ballotsIssued, election.ballotsReturned, election.validBallots,
                        election.invalidBallots),
                candidates.stream().map(c -> new CandidateVotes(c.id, c.memberId, c.fullName, c.votes, null, null))
                        .toList(),
                committee, election.logLastHash, election.countClosedAt));
    }

    /** The counting committee as the minutes name it (for every event that prints the tellers). */
    public List<ElectionEvents.Teller> tellersOf(UUID congressId) {
        return tellers.ofCongress(congressId).stream()
                .map(t -> new ElectionEvents.Teller(t.code, t.fullName, t.role.label())).toList();
    }
}
