package vn.dangbo.emulation.tournament.schedule;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.tournament.draw.DrawRecords.MatchResponse;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/tournaments/{tournamentId}/matches")
@Tag(name = "Tournament")
public class MatchResource {

    private final TournamentScheduling scheduling;

    public MatchResource(TournamentScheduling scheduling) {
        this.scheduling = scheduling;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The matches by number: stage, group, round, sides (a team, or its source and label while "
            + "unknown), court and start in the movement's time, state, sets, winner")
    public List<MatchResponse> matches(@PathParam("movementId") UUID movementId,
            @PathParam("tournamentId") UUID tournamentId) {
        return scheduling.matches(movementId, tournamentId);
    }
}
