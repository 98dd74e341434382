package vn.dangbo.emulation.tournament.team;

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
import vn.dangbo.emulation.tournament.team.TeamRecords.RegisterTeamRequest;
import vn.dangbo.emulation.tournament.team.TeamRecords.RosterRequest;
import vn.dangbo.emulation.tournament.team.TeamRecords.TeamResponse;
import vn.dangbo.emulation.tournament.team.TeamRecords.WithdrawRequest;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/tournaments/{tournamentId}/teams")
@Tag(name = "Tournament teams", description = "Đăng ký đội bóng chuyền hơi")
public class TeamResource {

    private final TeamRegistration registration;
    private final TeamViews views;

    public TeamResource(TeamRegistration registration, TeamViews views) {
        this.registration = registration;
        this.views = views;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Register a team: one grassroots organisation's, or a joint team of cells; its roster")
    public Response register(@PathParam("movementId") UUID movementId, @PathParam("tournamentId") UUID tournamentId,
            @Valid @NotNull RegisterTeamRequest request) {
        TeamResponse team = registration.register(movementId, tournamentId, request);
        return Response.created(URI.create("/movements/" + movementId + "/tournaments/" + tournamentId + "/teams/"
                + team.id())).entity(team).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The tournament's teams: registered first, then withdrawn, in Vietnamese order")
    public List<TeamResponse> list(@PathParam("movementId") UUID movementId,
            @PathParam("tournamentId") UUID tournamentId) {
        return views.list(movementId, tournamentId);
    }

    @GET
    @Path("/{teamId}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "A team with its organisations and roster")
    public TeamResponse one(@PathParam("movementId") UUID movementId, @PathParam("tournamentId") UUID tournamentId,
            @PathParam("teamId") UUID teamId) {
        return views.one(movementId, tournamentId, teamId);
    }

    @PUT
    @Path("/{teamId}/players")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Replace a team's roster (same checks as the registration)")
    public TeamResponse players(@PathParam("movementId") UUID movementId,
            @PathParam("tournamentId") UUID tournamentId, @PathParam("teamId") UUID teamId,
            @Valid @NotNull RosterRequest request) {
        return registration.replacePlayers(movementId, tournamentId, teamId, request.players());
    }

    @POST
    @Path("/{teamId}/withdraw")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Withdraw a team before the draw: its organisations and players are free again")
    public TeamResponse withdraw(@PathParam("movementId") UUID movementId,
            @PathParam("tournamentId") UUID tournamentId, @PathParam("teamId") UUID teamId,
            @Valid @NotNull WithdrawRequest request) {
        return registration.withdraw(movementId, tournamentId, teamId, request.reason());
    }
}
