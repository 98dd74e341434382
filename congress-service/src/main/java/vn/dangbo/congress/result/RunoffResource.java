package vn.dangbo.congress.result;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.kit.security.Roles;

@Path("/elections/{id}/runoff")
@Tag(name = "Election results", description = "Kết quả bầu cử")
public class RunoffResource {

    private final OpenSeatDecisions decisions;

    public RunoffResource(OpenSeatDecisions decisions) {
        this.decisions = decisions;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Open the runoff among those tied for the last seat: a new election whose list is the "
            + "tied, for the tied seats (a secretary: within the rule set's rounds)")
    public Response runoff(@PathParam("id") UUID id) {
        return Response.status(Response.Status.CREATED).entity(decisions.runoff(id)).build();
    }
}
