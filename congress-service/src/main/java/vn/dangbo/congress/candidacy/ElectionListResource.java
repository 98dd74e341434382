package vn.dangbo.congress.candidacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.congress.candidacy.CandidacyRecords.ListApprovalRequest;
import vn.dangbo.congress.candidacy.CandidacyRecords.ListView;
import vn.dangbo.kit.security.Roles;

@Path("/elections/{id}/list")
@Tag(name = "Candidate lists", description = "Danh sách bầu cử")
public class ElectionListResource {

    private final ListApproval lists;

    public ElectionListResource(ListApproval lists) {
        this.lists = lists;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The list as it stands, in printed order, with the rule set's surplus limits (shortest,"
            + " longest), the convening committee's prepared surplus as advice, the ballot it gets and why it"
            + " cannot be approved yet")
    public ListView get(@PathParam("id") UUID electionId) {
        return lists.view(electionId);
    }

    @POST
    @Path("/approval")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Approve the list (an officer: only inside their subtree): fixes the printed order (by"
            + " given name), the ballot kind (STRIKE_OUT with surplus, else AGREE_DISAGREE), the voters and spare"
            + " ballots, the serial numbers; publishes vn.dangbo.congress.election.list.approved.v1")
    public ListView approve(@PathParam("id") UUID electionId, ListApprovalRequest request) {
        return lists.approve(electionId, request);
    }
}
