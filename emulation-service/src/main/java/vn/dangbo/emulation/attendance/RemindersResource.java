package vn.dangbo.emulation.attendance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.attendance.AttendanceRecords.RemindersResponse;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/events/{eventId}/reminders")
@Tag(name = "Events")
public class RemindersResource {

    private final AttendanceQueries queries;

    public RemindersResource(AttendanceQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The invitees who have not replied, in Vietnamese order")
    public RemindersResponse reminders(@PathParam("movementId") UUID movementId, @PathParam("eventId") UUID eventId) {
        return queries.reminders(movementId, eventId);
    }
}
