package vn.dangbo.registry.approval;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.dangbo.registry.organisation.OrganisationQueries;

/** The approvals applied to an organisation's bodies. */
@ApplicationScoped
public class PositionApprovalQueries {

    private final PositionApprovalRepository approvals;
    private final OrganisationQueries organisations;

    public PositionApprovalQueries(PositionApprovalRepository approvals, OrganisationQueries organisations) {
        this.approvals = approvals;
        this.organisations = organisations;
    }

    public List<ApprovalResponse> ofOrganisation(UUID organisationId) {
        organisations.get(organisationId);
        return approvals.ofOrganisation(organisationId).stream().map(ApprovalResponse::of).toList();
    }
}
