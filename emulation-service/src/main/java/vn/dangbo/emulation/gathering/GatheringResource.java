package vn.dangbo.emulation.gathering;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.gathering.GatheringRecords.EventRequest;
import vn.dangbo.emulation.gathering.GatheringRecords.EventResponse;
import vn.dangbo.emulation.gathering.GatheringRecords.ScheduleRequest;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/events")
@Tag(name = "Events")
public class GatheringResource {

    private final GatheringScheduling scheduling;

    public GatheringResource(GatheringScheduling scheduling) {
        this.scheduling = scheduling;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Schedule the seminar (Hội thảo) or the meeting (Gặp mặt kỷ niệm) from the plan's defaults")
    public Response schedule(@PathParam("movementId") UUID movementId, @Valid @NotNull EventRequest request) {
        EventResponse event = scheduling.schedule(movementId, request);
        return Response.created(URI.create("/movements/" + movementId + "/events/" + event.id())).entity(event)
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The movement's seminar and meeting")
    public List<EventResponse> events(@PathParam("movementId") UUID movementId) {
        return scheduling.events(movementId);
    }

    @GET
    @Path("/{eventId}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "One event")
    public EventResponse event(@PathParam("movementId") UUID movementId, @PathParam("eventId") UUID eventId) {
        return scheduling.event(movementId, eventId);
    }

    @PUT
    @Path("/{eventId}/schedule")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Reschedule an event (đổi lịch): its anchor and the deadlines hanging on it move")
    public EventResponse reschedule(@PathParam("movementId") UUID movementId, @PathParam("eventId") UUID eventId,
            @Valid @NotNull ScheduleRequest request) {
        return scheduling.reschedule(movementId, eventId, request);
    }
}
