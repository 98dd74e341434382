package vn.dangbo.congress.result;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.congress.result.ResultRecords.ResultResponse;
import vn.dangbo.kit.security.Roles;

@Path("/elections/{id}/result")
@Tag(name = "Election results", description = "Kết quả bầu cử")
public class ElectionResultResource {

    private final ResultQueries queries;

    public ElectionResultResource(ResultQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The declared result: the base with its exclusions, every candidate with votes, percent "
            + "of the base and outcome, the elected, alternates, seats left open, a tie, what the congress must do")
    public ResultResponse result(@PathParam("id") UUID id) {
        return queries.result(id);
    }
}
