package vn.dangbo.emulation.task;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.kit.security.Roles;

/** One owner body's task calendar, to subscribe to in the body's own calendar. */
@Path("/movements/{movementId}/owners/{code}/calendar.ics")
@Tag(name = "Tasks", description = "Nhiệm vụ tổ chức thực hiện kế hoạch")
public class OwnerCalendarResource {

    private final TaskQueries queries;

    public OwnerCalendarResource(TaskQueries queries) {
        this.queries = queries;
    }

    @GET
    @Produces(MovementCalendarResource.TEXT_CALENDAR)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The deadlines of the tasks one body owns (e.g. BTG) as an RFC 5545 calendar")
    public String calendar(@PathParam("movementId") UUID movementId, @PathParam("code") String code) {
        return queries.calendar(movementId, code);
    }
}
