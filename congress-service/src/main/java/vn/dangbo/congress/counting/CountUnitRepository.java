package vn.dangbo.congress.counting;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CountUnitRepository implements PanacheRepositoryBase<CountUnit, UUID> {

    public Optional<CountUnit> find(UUID electionId, String unit) {
        return find("electionId = ?1 and unit = ?2", electionId, unit).firstResultOptional();
    }

    public List<CountUnit> ofElection(UUID electionId) {
        return list("electionId = ?1 order by unit", electionId);
    }
}
