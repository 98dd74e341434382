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

/** The task board's calendar, at its own full path so it shadows no other resource of /movements. */
@Path("/movements/{movementId}/calendar.ics")
@Tag(name = "Tasks", description = "Nhiệm vụ tổ chức thực hiện kế hoạch")
public class MovementCalendarResource {

    static final String TEXT_CALENDAR = "text/calendar; charset=utf-8";

    private final TaskQueries queries;

    public MovementCalendarResource(TaskQueries queries) {
        this.queries = queries;
    }

    @GET
    @Produces(TEXT_CALENDAR)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The movement's task deadlines as an RFC 5545 calendar: stable UIDs, SEQUENCE raised when "
            + "a deadline moves or a task is done, Asia/Ho_Chi_Minh")
    public String calendar(@PathParam("movementId") UUID movementId) {
        return queries.calendar(movementId, null);
    }
}
