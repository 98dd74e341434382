package vn.dangbo.emulation.attendance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.attendance.AttendanceRecords.RepliesResponse;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/events/{eventId}/replies")
@Tag(name = "Events")
public class RepliesResource {

    private final AttendanceQueries queries;

    public RepliesResource(AttendanceQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The replies counted per group and in total (each person once): planned, invited, "
            + "accepted, declined, substitutes, pending")
    public RepliesResponse replies(@PathParam("movementId") UUID movementId, @PathParam("eventId") UUID eventId) {
        return queries.replies(movementId, eventId);
    }
}
