package vn.dangbo.congress.result;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.congress.result.ResultRecords.HigherDirectionRequest;
import vn.dangbo.congress.result.ResultRecords.PlannedHolderView;
import vn.dangbo.kit.security.Roles;

@Path("/congresses/{id}/higher-direction")
@Tag(name = "Election results", description = "Kết quả bầu cử")
public class HigherDirectionResource {

    private final PlannedHolders plannedHolders;

    public HigherDirectionResource(PlannedHolders plannedHolders) {
        this.plannedHolders = plannedHolders;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Record the higher committee's direction (number, text, date) for a post whose planned "
            + "holder was not elected to the committee; that post's ballot may then be held")
    public PlannedHolderView direction(@PathParam("id") UUID id, @NotNull @Valid HigherDirectionRequest request) {
        return plannedHolders.recordDirection(id, request);
    }
}
