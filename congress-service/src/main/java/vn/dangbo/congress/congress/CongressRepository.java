package vn.dangbo.congress.congress;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CongressRepository implements PanacheRepositoryBase<Congress, UUID> {

    /**
     * The organisation's congress that still stands in the round (at most one: index congress_one_per_round). What a
     * request needs of the round reads this way, never the round's whole list: a national round holds about 52,000
     * congresses.
     */
    public Optional<Congress> standingOf(UUID roundId, UUID organisationId) {
        return find("roundId = ?1 and organisationId = ?2 and status <> ?3", roundId, organisationId,
                CongressStatus.CANCELLED).firstResultOptional();
    }
}
