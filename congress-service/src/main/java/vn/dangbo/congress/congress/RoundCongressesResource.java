package vn.dangbo.congress.congress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.congress.congress.CongressRecords.CongressResponse;
import vn.dangbo.congress.round.RoundService;
import vn.dangbo.kit.security.Roles;

@Path("/rounds/{id}/congresses")
@Tag(name = "Congresses", description = "Đại hội")
public class RoundCongressesResource {

    private final RoundService rounds;
    private final CongressLookup lookup;

    public RoundCongressesResource(RoundService rounds, CongressLookup lookup) {
        this.rounds = rounds;
        this.lookup = lookup;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The round's congresses in the order they are held (cancelled ones with their status and "
            + "reason), a page at a time")
    public List<CongressResponse> list(@PathParam("id") UUID roundId,
            @QueryParam("limit") @DefaultValue("200") @Min(1) @Max(1000) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
        rounds.get(roundId);
        return lookup.inRound(roundId, limit, offset);
    }
}
