package vn.dangbo.congress.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.kit.security.Roles;

/** A round's calendar (served beside the round's own resource, by the calendar feature that reads rounds). */
@Path("/rounds")
@Tag(name = "Calendar", description = "Lịch đại hội và hạn nộp văn kiện (iCalendar)")
public class RoundCalendarResource {

    static final String TEXT_CALENDAR = "text/calendar; charset=utf-8";

    private final CalendarService service;

    public RoundCalendarResource(CalendarService service) {
        this.service = service;
    }

    @GET
    @Path("/{id}/calendar.ics")
    @Produces(TEXT_CALENDAR)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The round's congresses and document deadlines as an RFC 5545 calendar (of the subtree of "
            + "organisationId when given): stable UIDs, SEQUENCE raised on every change, a cancelled congress "
            + "STATUS:CANCELLED")
    public Response calendar(@PathParam("id") UUID id, @QueryParam("organisationId") UUID organisationId) {
        CalendarService.Scope scope = service.ofRound(id, organisationId);
        return Response.ok((StreamingOutput) out -> service.write(scope, out), TEXT_CALENDAR).build();
    }
}
