package vn.dangbo.congress.counting;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dangbo.kit.web.ProblemException;

/** An entered ballot or tally in its canonical form, or a 422 problem naming the field at fault. */
final class Contents {

    private Contents() {
    }

    static BallotContent ballot(CountBasis basis, List<UUID> kept, Map<UUID, Mark> marks) {
        try {
            return BallotContent.entered(basis, kept, marks);
        } catch (ContentRefusal refusal) {
            throw ProblemException.ruleViolated(refusal.getMessage(), refusal.field());
        }
    }

    static GroupTally group(CountBasis basis, Integer ballots, Integer valid, Integer invalid,
            Map<UUID, Integer> votes) {
        try {
            return GroupTally.entered(basis, ballots, valid, invalid, votes);
        } catch (ContentRefusal refusal) {
            throw ProblemException.ruleViolated(refusal.getMessage(), refusal.field());
        }
    }
}
