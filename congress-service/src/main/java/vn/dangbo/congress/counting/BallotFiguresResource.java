package vn.dangbo.congress.counting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.congress.counting.CountingRecords.BallotFiguresRequest;
import vn.dangbo.congress.counting.CountingRecords.FiguresResponse;
import vn.dangbo.kit.security.Roles;

@Path("/elections/{id}/ballots")
@Tag(name = "Counting", description = "Kiểm phiếu")
public class BallotFiguresResource {

    private final BallotEntries entries;

    public BallotFiguresResource(BallotEntries entries) {
        this.entries = entries;
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Ballots issued and returned, as the counting committee counted them (each entry logged)")
    public FiguresResponse set(@PathParam("id") UUID id, @NotNull @Valid BallotFiguresRequest request) {
        return entries.figures(id, request);
    }
}
