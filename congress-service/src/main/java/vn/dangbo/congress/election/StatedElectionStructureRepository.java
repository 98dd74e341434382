package vn.dangbo.congress.election;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class StatedElectionStructureRepository implements PanacheRepositoryBase<StatedElectionStructure, UUID> {
}
