package vn.dangbo.emulation.tournament.draw;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.tournament.draw.DrawRecords.DrawRequest;
import vn.dangbo.emulation.tournament.draw.DrawRecords.DrawResponse;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/tournaments/{tournamentId}/draw")
@Tag(name = "Tournament")
public class DrawResource {

    private final TournamentDraw draw;

    public DrawResource(TournamentDraw draw) {
        this.draw = draw;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Draw the registered teams: snake-seeded groups and their round robins then the knockout "
            + "(a group's teams apart in its first round, byes to a power of two, third place per the rules), or a "
            + "knockout only; the lot's randomSeed is recorded (the same seed draws the same). Again until a result "
            + "exists or the schedule is published (409)")
    public DrawResponse draw(@PathParam("movementId") UUID movementId, @PathParam("tournamentId") UUID tournamentId,
            DrawRequest request) {
        return draw.draw(movementId, tournamentId, request);
    }
}
