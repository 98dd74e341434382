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
import vn.dangbo.congress.counting.CountingRecords.BallotEntryRequest;
import vn.dangbo.congress.counting.CountingRecords.EntryResponse;
import vn.dangbo.kit.security.Roles;

@Path("/elections/{id}/entries")
@Tag(name = "Counting", description = "Kiểm phiếu")
public class BallotEntryResource {

    private final BallotEntries entries;

    public BallotEntryResource(BallotEntries entries) {
        this.entries = entries;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "One teller's entry of one returned ballot by its serial: kept (struck-out ballot) or marks"
            + " (agree/disagree ballot: AGREE, DISAGREE, BOTH, NONE). 201 when new; the same entry again is a 200"
            + " that changes nothing; a different one from the same teller is a 409 (the committee settles the"
            + " mismatch). Final when the tellers per ballot agree")
    public Response enter(@PathParam("id") UUID id, @NotNull @Valid BallotEntryRequest request) {
        EntryResponse entry = entries.ballot(id, request);
        return Response.status(entry.repeated() ? 200 : 201).entity(entry).build();
    }
}
