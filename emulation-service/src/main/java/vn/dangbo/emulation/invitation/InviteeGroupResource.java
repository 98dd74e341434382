package vn.dangbo.emulation.invitation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.invitation.InvitationRecords.CellsRequest;
import vn.dangbo.emulation.invitation.InvitationRecords.GroupsResponse;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/events/{eventId}/invitee-groups")
@Tag(name = "Invitations", description = "Thành phần mời, giấy mời hội thảo và gặp mặt")
public class InviteeGroupResource {

    private final InviteeGroups groups;

    public InviteeGroupResource(InviteeGroups groups) {
        this.groups = groups;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The event's invitee groups (§II.3: 5, §II.7: 7) with how many each brings; the total counts"
            + " a person in several groups once")
    public GroupsResponse list(@PathParam("movementId") UUID movementId, @PathParam("eventId") UUID eventId) {
        return groups.groups(movementId, eventId);
    }

    @PUT
    @Path("/{code}/cells")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Choose the cells whose secretaries are invited (Bí thư một số các chi bộ trực thuộc)")
    public GroupsResponse chooseCells(@PathParam("movementId") UUID movementId, @PathParam("eventId") UUID eventId,
            @PathParam("code") String code, @Valid @NotNull CellsRequest request) {
        return groups.chooseCells(movementId, eventId, code, request.organisationIds());
    }
}
