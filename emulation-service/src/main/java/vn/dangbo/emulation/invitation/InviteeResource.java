package vn.dangbo.emulation.invitation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.invitation.InvitationRecords.InviteePage;
import vn.dangbo.emulation.invitation.InvitationRecords.InviteeResponse;
import vn.dangbo.emulation.invitation.InvitationRecords.RefreshResponse;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/events/{eventId}/invitees")
@Tag(name = "Invitations", description = "Thành phần mời, giấy mời hội thảo và gặp mặt")
public class InviteeResource {

    private final InviteeRefresh refresh;
    private final InviteeQueries queries;

    public InviteeResource(InviteeRefresh refresh, InviteeQueries queries) {
        this.refresh = refresh;
        this.queries = queries;
    }

    @POST
    @Path("/refresh")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Build the invitees from the groups: one per person, their roles every group they are in;"
            + " a person in no group any more is withdrawn")
    public RefreshResponse refresh(@PathParam("movementId") UUID movementId, @PathParam("eventId") UUID eventId) {
        return refresh.refresh(movementId, eventId);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The invitees in Vietnamese order; q searches name, title and organisation without accents")
    public InviteePage list(@PathParam("movementId") UUID movementId, @PathParam("eventId") UUID eventId,
            @QueryParam("group") String group, @QueryParam("reply") String reply, @QueryParam("q") String q,
            @QueryParam("withdrawn") @DefaultValue("false") boolean withdrawn,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return queries.list(movementId, eventId, group, reply, q, withdrawn, page, size);
    }

    @GET
    @Path("/{inviteeId}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "One invitee; for the office (write access on the bloc) with the token printed on their invitation, to reprint it")
    public InviteeResponse one(@PathParam("movementId") UUID movementId, @PathParam("eventId") UUID eventId,
            @PathParam("inviteeId") UUID inviteeId) {
        return queries.one(movementId, eventId, inviteeId);
    }
}
