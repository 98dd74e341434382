package vn.dangbo.congress.counting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.congress.counting.CountingRecords.Mismatch;
import vn.dangbo.kit.security.Roles;

@Path("/elections/{id}/mismatches")
@Tag(name = "Counting", description = "Kiểm phiếu")
public class MismatchResource {

    private final CountQueries queries;

    public MismatchResource(CountQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The ballots (or groups) whose entries differ, each with all its entries, for the committee")
    public List<Mismatch> list(@PathParam("id") UUID id) {
        return queries.mismatches(id);
    }
}
