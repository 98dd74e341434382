package vn.dangbo.congress.counting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.congress.counting.CountingRecords.CountResponse;
import vn.dangbo.kit.security.Roles;

@Path("/elections/{id}/closing")
@Tag(name = "Counting", description = "Kiểm phiếu")
public class CountClosingResource {

    private final CloseCount close;
    private final CountQueries queries;

    public CountClosingResource(CloseCount close, CountQueries queries) {
        this.close = close;
        this.queries = queries;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Close the count when every figure reconciles (returned ≤ issued, valid + invalid ="
            + " returned, each candidate's votes ≤ valid, total ≤ valid × seats), else a 422 naming each figure;"
            + " publishes vn.dangbo.congress.election.count.closed.v1")
    public CountResponse close(@PathParam("id") UUID id) {
        close.close(id);
        return queries.count(id);
    }
}
