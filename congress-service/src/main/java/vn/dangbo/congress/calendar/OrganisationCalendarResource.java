package vn.dangbo.congress.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.kit.security.Roles;

/** An organisation's calendar over every round (beside the election structure under {@code /organisations}). */
@Path("/organisations")
@Tag(name = "Calendar", description = "Lịch đại hội và hạn nộp văn kiện (iCalendar)")
public class OrganisationCalendarResource {

    private final CalendarService service;

    public OrganisationCalendarResource(CalendarService service) {
        this.service = service;
    }

    @GET
    @Path("/{id}/calendar.ics")
    @Produces(RoundCalendarResource.TEXT_CALENDAR)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The congresses and document deadlines of the organisation's subtree in every round, as an "
            + "RFC 5545 calendar")
    public Response calendar(@PathParam("id") UUID id) {
        CalendarService.Scope scope = service.ofOrganisation(id);
        return Response.ok((StreamingOutput) out -> service.write(scope, out), RoundCalendarResource.TEXT_CALENDAR)
                .build();
    }
}
