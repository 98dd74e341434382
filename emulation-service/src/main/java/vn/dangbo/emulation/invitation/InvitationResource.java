package vn.dangbo.emulation.invitation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.invitation.InvitationRecords.BatchResponse;
import vn.dangbo.emulation.invitation.InvitationRecords.IssueRequest;
import vn.dangbo.emulation.invitation.InvitationRecords.IssueResponse;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/events/{eventId}/invitations")
@Tag(name = "Invitations", description = "Thành phần mời, giấy mời hội thảo và gặp mặt")
public class InvitationResource {

    private final InvitationIssuing issuing;

    public InvitationResource(InvitationIssuing issuing) {
        this.issuing = issuing;
    }

    @POST
    @Path("/issue")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Issue the invitations of the people added or changed since their last one, as one batch"
            + " through docs-service (201); nobody to invite again: 200 with count 0")
    public Response issue(@PathParam("movementId") UUID movementId, @PathParam("eventId") UUID eventId,
            @Valid IssueRequest request) {
        IssueResponse issued = issuing.issue(movementId, eventId, request);
        return Response.status(issued.count() == 0 ? 200 : 201).entity(issued).build();
    }

    @GET
    @Path("/batches")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The batches requested, with docs-service's document once it answered")
    public List<BatchResponse> batches(@PathParam("movementId") UUID movementId, @PathParam("eventId") UUID eventId) {
        return issuing.batches(movementId, eventId);
    }
}
