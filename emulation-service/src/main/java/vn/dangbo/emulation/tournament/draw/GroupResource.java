package vn.dangbo.emulation.tournament.draw;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.tournament.draw.DrawRecords.GroupsResponse;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/tournaments/{tournamentId}/groups")
@Tag(name = "Tournament")
public class GroupResource {

    private final TournamentDraw draw;

    public GroupResource(TournamentDraw draw) {
        this.draw = draw;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The groups of the draw and their teams (seeded ones by seed), with the lot's seed")
    public GroupsResponse groups(@PathParam("movementId") UUID movementId,
            @PathParam("tournamentId") UUID tournamentId) {
        return draw.groups(movementId, tournamentId);
    }
}
