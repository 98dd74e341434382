package vn.dangbo.emulation.tournament.standing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.tournament.standing.StandingRecords.StandingsResponse;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/tournaments/{tournamentId}/standings")
@Tag(name = "Tournament", description = "Giải bóng chuyền hơi")
public class StandingsResource {

    private final Standings standings;

    public StandingsResource(Standings standings) {
        this.standings = standings;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "Each group's table (bảng xếp hạng): wins, ranking points, set and point ratios, then "
            + "head-to-head or the tied teams' mini-table")
    public StandingsResponse standings(@PathParam("movementId") UUID movementId,
            @PathParam("tournamentId") UUID tournamentId) {
        return standings.standings(movementId, tournamentId);
    }
}
