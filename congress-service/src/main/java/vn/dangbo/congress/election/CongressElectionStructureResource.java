package vn.dangbo.congress.election;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.congress.election.ElectionRecords.CongressElectionStructureResponse;
import vn.dangbo.kit.security.Roles;

@Path("/congresses/{id}/election-structure")
@Tag(name = "Elections", description = "Bầu cử")
public class CongressElectionStructureResource {

    private final CongressElectionStructureService service;

    public CongressElectionStructureResource(CongressElectionStructureService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "What the congress elects: by its round's rule set (the current one for a congress from"
            + " before rounds) and the full members on the roll as at its start date (admitted, made full and not"
            + " yet left on that day, from the registry's admittedOn, fullMemberOn and leftOn; a member counts in"
            + " the cell they belong to now, and a roll entry stored before those dates were kept counts by its"
            + " current status); with the structure the office stated, when it has")
    public CongressElectionStructureResponse get(@PathParam("id") UUID id) {
        return service.structureOf(id);
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "State the structure the congress will elect (an officer: only inside their subtree):"
            + " committeeSize (cell committee 3-7 for a cell of 9 or more full members, none below; executive"
            + " committee at most 15), standingCommitteeSize (3), deputySecretaries (1; 0 or 1 for a cell without"
            + " a committee), inspectionCommissionSize (3), the numbers from the round's rule set; each refusal"
            + " names the field and the limit; 409 for a cancelled congress")
    public CongressElectionStructureResponse state(@PathParam("id") UUID id, @NotNull StatedStructure request) {
        return service.state(id, request);
    }
}
