package vn.dangbo.emulation.tournament.score;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.tournament.score.ResultRecords.ForfeitRequest;
import vn.dangbo.emulation.tournament.score.ResultRecords.ResultResponse;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/tournaments/{tournamentId}/matches/{matchId}/forfeit")
@Tag(name = "Tournament", description = "Giải bóng chuyền hơi")
public class ForfeitResource {

    private final MatchResults results;

    public ForfeitResource(MatchResults results) {
        this.results = results;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "A side did not play (bỏ cuộc): the other wins by the rules' forfeit score; BOTH: a double "
            + "forfeit, nobody wins and both lose")
    public ResultResponse forfeit(@PathParam("movementId") UUID movementId,
            @PathParam("tournamentId") UUID tournamentId, @PathParam("matchId") UUID matchId,
            @Valid @NotNull ForfeitRequest request) {
        return results.forfeit(movementId, tournamentId, matchId, request);
    }
}
