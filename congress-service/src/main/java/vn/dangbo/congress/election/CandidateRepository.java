package vn.dangbo.congress.election;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CandidateRepository implements PanacheRepositoryBase<Candidate, UUID> {

    /** The names on an election's list, in printed order (by nomination before the list is approved). */
    public List<Candidate> onList(UUID electionId) {
        return list("electionId = ?1 and status = ?2 order by position nulls last, createdAt", electionId,
                CandidateStatus.ON_LIST);
    }

    public List<Candidate> ofElection(UUID electionId) {
        return list("electionId = ?1 order by createdAt", electionId);
    }
}
