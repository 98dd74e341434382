package vn.dangbo.emulation.attendance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.attendance.AttendanceRecords.CheckInRequest;
import vn.dangbo.emulation.attendance.AttendanceRecords.CheckInResponse;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/events/{eventId}/check-ins")
@Tag(name = "Events")
public class CheckInResource {

    private final CheckIns checkIns;

    public CheckInResource(CheckIns checkIns) {
        this.checkIns = checkIns;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "A scan at the door (token, or inviteeId after a lookup): 201 checked in; 200 already "
            + "checked in at HH:mm, nothing changed; a nonce already seen gets the first answer")
    public Response scan(@PathParam("movementId") UUID movementId, @PathParam("eventId") UUID eventId,
            @Valid @NotNull CheckInRequest request) {
        CheckInResponse answer = checkIns.scan(movementId, eventId, request);
        return Response.status(answer.firstScan() ? Response.Status.CREATED : Response.Status.OK)
                .entity(answer).build();
    }

    @DELETE
    @Path("/{inviteeId}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Undo a check-in (audited); a later scan checks the person in again")
    public Response undo(@PathParam("movementId") UUID movementId, @PathParam("eventId") UUID eventId,
            @PathParam("inviteeId") UUID inviteeId) {
        checkIns.undo(movementId, eventId, inviteeId);
        return Response.noContent().build();
    }
}
