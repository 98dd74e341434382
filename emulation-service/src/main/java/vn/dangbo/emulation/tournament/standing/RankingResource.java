package vn.dangbo.emulation.tournament.standing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.tournament.standing.StandingRecords.RankingResponse;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/tournaments/{tournamentId}/ranking")
@Tag(name = "Tournament", description = "Giải bóng chuyền hơi")
public class RankingResource {

    private final Completion completion;

    public RankingResource(Completion completion) {
        this.completion = completion;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The final ranking (xếp hạng chung cuộc), once the final and the third-place match are "
            + "decided")
    public RankingResponse ranking(@PathParam("movementId") UUID movementId,
            @PathParam("tournamentId") UUID tournamentId) {
        return completion.ranking(movementId, tournamentId);
    }
}
