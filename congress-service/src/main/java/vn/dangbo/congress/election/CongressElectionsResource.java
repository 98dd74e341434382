package vn.dangbo.congress.election;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.congress.election.ElectionViews.ElectionView;
import vn.dangbo.congress.election.ElectionViews.OpenElectionRequest;
import vn.dangbo.kit.security.Roles;

@Path("/congresses/{id}/elections")
@Tag(name = "Elections", description = "Bầu cử")
public class CongressElectionsResource {

    private final OpenElection open;
    private final ElectionLookup lookup;

    public CongressElectionsResource(OpenElection open, ElectionLookup lookup) {
        this.open = open;
        this.lookup = lookup;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Open an election (an officer: only inside their subtree) in the order of the congress'"
            + " structure: a cell with a committee elects the committee, then the secretary, then the deputy; a"
            + " party committee's congress the committee and the delegation (seats = delegates allotted, with"
            + " alternateSeats), then the new committee (electorate NEW_COMMITTEE) the standing committee, the"
            + " secretary, the deputy, the inspection commission and its chair. Seats within the stated structure;"
            + " another round or a runoff names previousElectionId; a secretary round beyond the rule set's is"
            + " refused (the higher committee appoints)")
    public Response open(@PathParam("id") UUID congressId, @NotNull OpenElectionRequest request,
            @Context UriInfo uri) {
        ElectionView created = open.open(congressId, request);
        return Response.created(uri.getBaseUriBuilder().path("elections").path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The congress' elections in the order they were opened, with their candidates")
    public List<ElectionView> list(@PathParam("id") UUID congressId) {
        return lookup.ofCongress(congressId);
    }
}
