package vn.dangbo.congress.counting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.congress.counting.CountingRecords.CountResponse;
import vn.dangbo.kit.security.Roles;

@Path("/elections/{id}/count")
@Tag(name = "Counting", description = "Kiểm phiếu")
public class CountResource {

    private final CountQueries queries;

    public CountResource(CountQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The live count: issued, returned, final, pending, mismatches, valid, invalid and each"
            + " candidate's running votes")
    public CountResponse get(@PathParam("id") UUID id) {
        return queries.count(id);
    }
}
