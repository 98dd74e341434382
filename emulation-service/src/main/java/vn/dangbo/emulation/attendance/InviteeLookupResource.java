package vn.dangbo.emulation.attendance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.attendance.AttendanceRecords.LookupResponse;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/events/{eventId}/invitees/lookup")
@Tag(name = "Events")
public class InviteeLookupResource {

    private final AttendanceQueries queries;

    public InviteeLookupResource(AttendanceQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "Find an invitee by name when the code is lost (without tones: \"nguyen van a\"), with "
            + "their check-in")
    public LookupResponse lookup(@PathParam("movementId") UUID movementId, @PathParam("eventId") UUID eventId,
            @QueryParam("q") String q) {
        return queries.lookup(movementId, eventId, q);
    }
}
