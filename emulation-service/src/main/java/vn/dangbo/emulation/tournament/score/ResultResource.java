package vn.dangbo.emulation.tournament.score;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.tournament.score.ResultRecords.ResultRequest;
import vn.dangbo.emulation.tournament.score.ResultRecords.ResultResponse;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/tournaments/{tournamentId}/matches/{matchId}/result")
@Tag(name = "Tournament", description = "Giải bóng chuyền hơi")
public class ResultResource {

    private final MatchResults results;

    public ResultResource(MatchResults results) {
        this.results = results;
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Enter a match's set scores (kết quả trận đấu); a later entry corrects it, the previous kept."
            + " An unusual set warns; a match nobody won is refused")
    public ResultResponse record(@PathParam("movementId") UUID movementId,
            @PathParam("tournamentId") UUID tournamentId, @PathParam("matchId") UUID matchId,
            @Valid @NotNull ResultRequest request) {
        return results.record(movementId, tournamentId, matchId, request);
    }
}
