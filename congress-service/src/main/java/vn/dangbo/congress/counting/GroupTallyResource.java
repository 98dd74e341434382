package vn.dangbo.congress.counting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.congress.counting.CountingRecords.EntryResponse;
import vn.dangbo.congress.counting.CountingRecords.GroupTallyRequest;
import vn.dangbo.kit.security.Roles;

@Path("/elections/{id}/group-tallies")
@Tag(name = "Counting", description = "Kiểm phiếu")
public class GroupTallyResource {

    private final BallotEntries entries;

    public GroupTallyResource(BallotEntries entries) {
        this.entries = entries;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "One teller's entry of a counting group's tally (a large congress): group code, ballots,"
            + " valid, invalid, votes per candidate; idempotent and agreed like a ballot's entry")
    public Response enter(@PathParam("id") UUID id, @NotNull @Valid GroupTallyRequest request) {
        EntryResponse entry = entries.group(id, request);
        return Response.status(entry.repeated() ? 200 : 201).entity(entry).build();
    }
}
