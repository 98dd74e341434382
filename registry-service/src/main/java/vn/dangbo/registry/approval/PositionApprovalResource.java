package vn.dangbo.registry.approval;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.kit.security.Roles;

/** The approvals of election results applied to an organisation's bodies, under the organisation's paths. */
@Path("/organisations")
@Tag(name = "Organisations", description = "Tổ chức đảng")
public class PositionApprovalResource {

    private final PositionApprovalQueries approvals;

    public PositionApprovalResource(PositionApprovalQueries approvals) {
        this.approvals = approvals;
    }

    @GET
    @Path("/{id}/position-approvals")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The higher committee's approvals of the organisation's election results (chuẩn y) as "
            + "applied to its positions, the latest first, with every position that could not be given or ended")
    public List<ApprovalResponse> approvals(@PathParam("id") UUID id) {
        return approvals.ofOrganisation(id);
    }
}
