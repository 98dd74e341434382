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

    /** Where each ballot of the election stands, read as plain rows (a long count stays light). */
    public List<TallyRules.Unit> statesOf(UUID electionId) {
        return getEntityManager().createQuery("""
                select u.unit, u.unitKind, u.status, u.content from CountUnit u where u.electionId = :election
                order by u.unit""", Object[].class)
                .setParameter("election", electionId).getResultStream()
                .map(r -> new TallyRules.Unit((String) r[0], (UnitKind) r[1], (UnitStatus) r[2], (String) r[3]))
                .toList();
    }
}
