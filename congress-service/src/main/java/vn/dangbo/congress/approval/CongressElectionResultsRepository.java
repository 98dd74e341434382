package vn.dangbo.congress.approval;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class CongressElectionResultsRepository implements PanacheRepositoryBase<CongressElectionResults, UUID> {
}
