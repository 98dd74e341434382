package vn.dangbo.emulation.attendance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.attendance.AttendanceRecords.AttendanceResponse;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/events/{eventId}/attendance")
@Tag(name = "Events")
public class AttendanceResource {

    private final AttendanceQueries queries;
    private final AttendanceClosing closing;

    public AttendanceResource(AttendanceQueries queries, AttendanceClosing closing) {
        this.queries = queries;
        this.closing = closing;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "Live counts: invited, accepted (with substitutes), checked in, per group and in total "
            + "(each person once)")
    public AttendanceResponse attendance(@PathParam("movementId") UUID movementId,
            @PathParam("eventId") UUID eventId) {
        return queries.attendance(movementId, eventId);
    }

    @POST
    @Path("/close")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Close the attendance: the counts are final, attendance.closed.v1 (docs-service prints "
            + "the attendee list); check-ins after it are refused (409)")
    public AttendanceResponse close(@PathParam("movementId") UUID movementId, @PathParam("eventId") UUID eventId) {
        return closing.close(movementId, eventId);
    }
}
