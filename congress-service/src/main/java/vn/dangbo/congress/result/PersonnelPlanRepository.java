package vn.dangbo.congress.result;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.dangbo.congress.election.Office;

@ApplicationScoped
public class PersonnelPlanRepository implements PanacheRepositoryBase<PersonnelPlan, PersonnelPlan.Key> {

    public List<PersonnelPlan> ofCongress(UUID congressId) {
        return list("id.congressId = ?1 order by id.office", congressId);
    }

    public Optional<PersonnelPlan> find(UUID congressId, Office office) {
        return findByIdOptional(new PersonnelPlan.Key(congressId, office));
    }
}
