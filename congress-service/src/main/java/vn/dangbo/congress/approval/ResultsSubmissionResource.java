package vn.dangbo.congress.approval;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.congress.approval.ApprovalRecords.ElectionResultsResponse;
import vn.dangbo.kit.security.Roles;

@Path("/congresses/{id}/election-results/submission")
@Tag(name = "Election results", description = "Kết quả bầu cử")
public class ResultsSubmissionResource {

    private final ElectionResultsApproval approval;

    public ResultsSubmissionResource(ElectionResultsApproval approval) {
        this.approval = approval;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Submit the congress' results to the higher committee (every election declared, every "
            + "open seat decided); publishes vn.dangbo.congress.election.results.submitted.v1")
    public ElectionResultsResponse submit(@PathParam("id") UUID id) {
        return approval.submit(id);
    }
}
