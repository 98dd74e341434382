package vn.dangbo.congress.result;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.dangbo.congress.election.Candidate;
import vn.dangbo.congress.election.Election;
import vn.dangbo.congress.election.ElectionRepository;
import vn.dangbo.congress.election.OpenElection;

/**
 * Opens the ballot after a declared one through the election package's opener (the order of the congress'
 * elections and the secretary's rounds are checked there): a runoff among the tied (its list fixed to them) or
 * another round for the open seats (its list drawn up anew). It goes through the list approval, ballots and counting
 * like any other.
 */
@ApplicationScoped
public class NextBallotOpener {

    private final OpenElection opener;
    private final ElectionRepository elections;

    public NextBallotOpener(OpenElection opener, ElectionRepository elections) {
        this.opener = opener;
        this.elections = elections;
    }

    /** The next round of the office after {@code previous}, for {@code seats}, and {@code alternateSeats} alternates'
     * places, with these names fixed (or none). */
    public Election open(Election previous, int seats, int alternateSeats, List<Candidate> names) {
        var opened = opener.openNextRound(previous.office, seats, alternateSeats, previous.id,
                names.stream().map(c -> c.memberId).toList());
        return elections.findById(opened.id());
    }
}
