package vn.dangbo.congress.approval;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.congress.approval.ApprovalRecords.ApprovalRequest;
import vn.dangbo.congress.approval.ApprovalRecords.ElectionResultsResponse;
import vn.dangbo.congress.plandata.VietnamDay;
import vn.dangbo.kit.security.Roles;

@Path("/congresses/{id}/election-results/approval")
@Tag(name = "Election results", description = "Kết quả bầu cử")
public class ResultsApprovalResource {

    private final ElectionResultsApproval approval;

    public ResultsApprovalResource(ElectionResultsApproval approval) {
        this.approval = approval;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Record the higher committee's approval (chuẩn y) once, by an officer of the committee "
            + "above the congress' organisation; publishes vn.dangbo.congress.election.results.approved.v1 with the "
            + "positions the elected take")
    public ElectionResultsResponse approve(@PathParam("id") UUID id, @NotNull @Valid ApprovalRequest request) {
        return approval.approve(id, request, VietnamDay.today());
    }
}
