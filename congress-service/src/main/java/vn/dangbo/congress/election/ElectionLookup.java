package vn.dangbo.congress.election;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.dangbo.congress.congress.CongressRepository;
import vn.dangbo.congress.election.ElectionViews.ElectionView;
import vn.dangbo.kit.web.ProblemException;

/** Reads elections with their candidates. */
@ApplicationScoped
public class ElectionLookup {

    private final ElectionRepository elections;
    private final CandidateRepository candidates;
    private final CongressRepository congresses;

    public ElectionLookup(ElectionRepository elections, CandidateRepository candidates,
            CongressRepository congresses) {
        this.elections = elections;
        this.candidates = candidates;
        this.congresses = congresses;
    }

    public Election get(UUID electionId) {
        return elections.findByIdOptional(electionId)
                .orElseThrow(() -> ProblemException.notFound("Không có lần bầu với mã " + electionId));
    }

    public ElectionView view(UUID electionId) {
        Election election = get(electionId);
        return ElectionView.of(election, candidates.ofElection(electionId));
    }

    /** The congress' elections in the order they were opened. */
    public List<ElectionView> ofCongress(UUID congressId) {
        if (congresses.findByIdOptional(congressId).isEmpty()) {
            throw ProblemException.notFound("Không có đại hội với mã " + congressId);
        }
        return elections.ofCongress(congressId).stream()
                .map(e -> ElectionView.of(e, candidates.ofElection(e.id))).toList();
    }
}
