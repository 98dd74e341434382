package vn.dangbo.emulation.attendance;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.attendance.AttendanceRecords.ReplyRequest;
import vn.dangbo.emulation.attendance.AttendanceRecords.ReplyResponse;

/** The invitee's own reply: the one endpoint without sign-in, the invitation's token is the credential. */
@Path("/invitations/{token}/reply")
@Tag(name = "Events")
public class InvitationReplyResource {

    private final Replies replies;

    public InvitationReplyResource(Replies replies) {
        this.replies = replies;
    }

    @POST
    @PermitAll
    @Operation(summary = "Reply to an invitation with its token: accept, decline, or send a substitute (named)")
    public ReplyResponse reply(@PathParam("token") String token, @Valid @NotNull ReplyRequest request) {
        return replies.byToken(token, request);
    }
}
