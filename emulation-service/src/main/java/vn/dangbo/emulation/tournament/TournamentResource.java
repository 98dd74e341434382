package vn.dangbo.emulation.tournament;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.tournament.TournamentRecords.CreateTournamentRequest;
import vn.dangbo.emulation.tournament.TournamentRecords.TournamentResponse;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/tournaments")
@Tag(name = "Tournament", description = "Giải bóng chuyền hơi: giải đấu và điều lệ")
public class TournamentResource {

    private final TournamentService tournaments;

    public TournamentResource(TournamentService tournaments) {
        this.tournaments = tournaments;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Create the movement's tournament from its plan (name, venue, default rules); one per movement")
    public Response create(@PathParam("movementId") UUID movementId, @Valid CreateTournamentRequest request) {
        TournamentResponse tournament = tournaments.create(movementId, request);
        return Response.created(URI.create("/movements/" + movementId + "/tournaments/" + tournament.id()))
                .entity(tournament).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The movement's tournaments with their rules and registered team count")
    public List<TournamentResponse> list(@PathParam("movementId") UUID movementId) {
        return tournaments.list(movementId);
    }

    @GET
    @Path("/{tournamentId}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "A tournament with its rules")
    public TournamentResponse one(@PathParam("movementId") UUID movementId,
            @PathParam("tournamentId") UUID tournamentId) {
        return tournaments.one(movementId, tournamentId);
    }

    @PUT
    @Path("/{tournamentId}/rules")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Replace the tournament's rules (Điều lệ giải, a TournamentRules), before the draw only")
    public TournamentResponse rules(@PathParam("movementId") UUID movementId,
            @PathParam("tournamentId") UUID tournamentId, @NotNull
            @RequestBody(required = true, description = "The tournament's rules (a TournamentRules)",
                    content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.OBJECT,
                            additionalProperties = Schema.True.class))) JsonNode rules) {
        return tournaments.replaceRules(movementId, tournamentId, rules);
    }
}
