package vn.dangbo.emulation.tournament.score;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.tournament.score.ResultRecords.HistoryResponse;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/tournaments/{tournamentId}/matches/{matchId}/history")
@Tag(name = "Tournament", description = "Giải bóng chuyền hơi")
public class ResultHistoryResource {

    private final MatchResults results;

    public ResultHistoryResource(MatchResults results) {
        this.results = results;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "Every result the match was given: who entered it and when, the first first")
    public HistoryResponse history(@PathParam("movementId") UUID movementId,
            @PathParam("tournamentId") UUID tournamentId, @PathParam("matchId") UUID matchId) {
        return results.history(movementId, tournamentId, matchId);
    }
}
