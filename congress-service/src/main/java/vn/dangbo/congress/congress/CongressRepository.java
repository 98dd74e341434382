package vn.dangbo.congress.congress;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CongressRepository implements PanacheRepositoryBase<Congress, UUID> {

    /** The round's congresses that still stand (not cancelled). */
    public List<Congress> standingInRound(UUID roundId) {
        return list("roundId = ?1 and status <> ?2", roundId, CongressStatus.CANCELLED);
    }
}
