package vn.dangbo.congress.election;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ElectionRepository implements PanacheRepositoryBase<Election, UUID> {

    /** A congress' elections in the order they were opened. */
    public List<Election> ofCongress(UUID congressId) {
        return list("congressId = ?1 order by createdAt, roundNo", congressId);
    }
}
