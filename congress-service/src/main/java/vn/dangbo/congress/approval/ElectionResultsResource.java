package vn.dangbo.congress.approval;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.congress.approval.ApprovalRecords.ElectionResultsResponse;
import vn.dangbo.kit.security.Roles;

@Path("/congresses/{id}/election-results")
@Tag(name = "Election results", description = "Kết quả bầu cử")
public class ElectionResultsResource {

    private final ElectionResultsApproval approval;

    public ElectionResultsResource(ElectionResultsApproval approval) {
        this.approval = approval;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The congress' declared results, whether submitted and approved (decision, date, body), "
            + "and the positions the approval gives")
    public ElectionResultsResponse get(@PathParam("id") UUID id) {
        return approval.view(id);
    }
}
