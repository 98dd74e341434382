package vn.dangbo.congress.result;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.dangbo.congress.election.Candidate;
import vn.dangbo.congress.election.CandidateRepository;
import vn.dangbo.congress.election.CandidateStatus;
import vn.dangbo.congress.election.Election;
import vn.dangbo.congress.election.ElectionRepository;
import vn.dangbo.congress.election.ElectionStatus;

/**
 * Opens the ballot after a declared one: a runoff among the tied (its list is theirs) or another round for the
 * open seats (its list is drawn up anew). The new election starts NOMINATING and goes through the list approval,
 * ballots and counting like any other. Until the candidacy package's opener lands this writes the rows itself;
 * the lead swaps it for that opener.
 */
@ApplicationScoped
public class NextBallotOpener {

    private final ElectionRepository elections;
    private final CandidateRepository candidates;
    private final ElectionResultRepository results;

    public NextBallotOpener(ElectionRepository elections, CandidateRepository candidates,
            ElectionResultRepository results) {
        this.elections = elections;
        this.candidates = candidates;
        this.results = results;
    }

    /** The next round of the office, for {@code seats} (and alternates), with these names on its list. */
    public Election open(Election previous, int seats, int alternateSeats, List<Candidate> names) {
        Election next = new Election();
        next.id = UUID.randomUUID();
        next.congressId = previous.congressId;
        next.office = previous.office;
        next.electorate = previous.electorate;
        next.roundNo = results.lastRound(previous.congressId, previous.office) + 1;
        next.previousElectionId = previous.id;
        next.seats = seats;
        next.alternateSeats = alternateSeats;
        next.status = ElectionStatus.NOMINATING;
        elections.persist(next);
        List<Candidate> list = new ArrayList<>();
        int position = 1;
        for (Candidate name : names) {
            Candidate candidate = new Candidate();
            candidate.id = UUID.randomUUID();
            candidate.electionId = next.id;
            candidate.memberId = name.memberId;
            candidate.fullName = name.fullName;
            candidate.source = name.source;
            candidate.status = CandidateStatus.ON_LIST;
            candidate.position = position++;
            candidates.persist(candidate);
            list.add(candidate);
        }
        return next;
    }
}
