package vn.dangbo.emulation.tournament.schedule;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.tournament.schedule.ScheduleRecords.PublicationResponse;
import vn.dangbo.emulation.tournament.schedule.ScheduleRecords.ScheduleRequest;
import vn.dangbo.emulation.tournament.schedule.ScheduleRecords.ScheduleResponse;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/tournaments/{tournamentId}/schedule")
@Tag(name = "Tournament")
public class ScheduleResource {

    private final TournamentScheduling scheduling;
    private final SchedulePublishing publishing;

    public ScheduleResource(TournamentScheduling scheduling, SchedulePublishing publishing) {
        this.scheduling = scheduling;
        this.publishing = publishing;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Schedule every match over the finals' days (section tournamentSchedule, any field changed "
            + "here; the first day the TOURNAMENT_FINALS anchor's): courts and slots, the least rest between a "
            + "team's matches, no knockout match before its feeders; 422 saying how many slots are needed and exist")
    public ScheduleResponse schedule(@PathParam("movementId") UUID movementId,
            @PathParam("tournamentId") UUID tournamentId, ScheduleRequest request) {
        return scheduling.schedule(movementId, tournamentId, request);
    }

    @POST
    @Path("/publish")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Publish the schedule for docs-service to print (schedule.published.v1): 201 with a new "
            + "publication; 200 with the previous one, nothing sent, when the schedule has not changed since")
    public Response publish(@PathParam("movementId") UUID movementId, @PathParam("tournamentId") UUID tournamentId) {
        PublicationResponse publication = publishing.publish(movementId, tournamentId);
        return Response.status(publication.published() ? Response.Status.CREATED : Response.Status.OK)
                .entity(publication).build();
    }
}
