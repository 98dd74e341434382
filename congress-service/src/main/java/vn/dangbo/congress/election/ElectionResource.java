package vn.dangbo.congress.election;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.congress.election.ElectionViews.ElectionView;
import vn.dangbo.kit.security.Roles;

/** One election; its list, count and result have their own resources under the full path (no shadowing). */
@Path("/elections/{id}")
@Tag(name = "Elections", description = "Bầu cử")
public class ElectionResource {

    private final ElectionLookup lookup;

    public ElectionResource(ElectionLookup lookup) {
        this.lookup = lookup;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "One election: office, electorate, round, seats, status, ballot kind, the printing"
            + " figures once its list is approved, and its candidates")
    public ElectionView get(@PathParam("id") UUID id) {
        return lookup.view(id);
    }
}
