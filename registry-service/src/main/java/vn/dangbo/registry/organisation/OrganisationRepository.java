package vn.dangbo.registry.organisation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

    public List<Organisation> children(UUID parentId) {
        return list("parentId = ?1 order by name", parentId);
    }

    public boolean anyExists() {
        return count() > 0;
    }
}
