package vn.dangbo.congress.election;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.congress.election.ElectionRecords.ElectionStructureResponse;
import vn.dangbo.kit.security.Roles;

@Path("/organisations")
@Tag(name = "Elections", description = "Bầu cử")
public class ElectionStructureResource {

    private final ElectionStructureService service;

    public ElectionStructureResource(ElectionStructureService service) {
        this.service = service;
    }

    @GET
    @Path("/{id}/election-structure")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "What the organisation's congress elects (cell committee or not, committee sizes), "
            + "from its current full members")
    public ElectionStructureResponse electionStructure(@PathParam("id") UUID id) {
        return service.structureOf(id);
    }
}
