package vn.dangbo.emulation.attendance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.attendance.AttendanceRecords.ReplyRequest;
import vn.dangbo.emulation.attendance.AttendanceRecords.ReplyResponse;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/events/{eventId}/invitees/{inviteeId}/reply")
@Tag(name = "Events")
public class InviteeReplyResource {

    private final Replies replies;

    public InviteeReplyResource(Replies replies) {
        this.replies = replies;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Record an invitee's reply on their behalf; over the planned count warns")
    public ReplyResponse reply(@PathParam("movementId") UUID movementId, @PathParam("eventId") UUID eventId,
            @PathParam("inviteeId") UUID inviteeId, @Valid @NotNull ReplyRequest request) {
        return replies.byOffice(movementId, eventId, inviteeId, request);
    }
}
