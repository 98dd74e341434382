package vn.dangbo.registry.approval;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PositionApprovalRepository implements PanacheRepositoryBase<PositionApproval, UUID> {

    public boolean recorded(String eventId) {
        return count("eventId", eventId) > 0;
    }

    /** The approvals applied to an organisation's bodies, the latest first. */
    public List<PositionApproval> ofOrganisation(UUID organisationId) {
        return list("organisationId = ?1 order by approvedOn desc, appliedAt desc", organisationId);
    }
}
