package vn.dangbo.congress.result;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.congress.result.ResultRecords.PersonnelPlanRequest;
import vn.dangbo.congress.result.ResultRecords.PlannedHolderView;
import vn.dangbo.kit.security.Roles;

@Path("/congresses/{id}/personnel-plan")
@Tag(name = "Election results", description = "Kết quả bầu cử")
public class PersonnelPlanResource {

    private final PlannedHolders plannedHolders;

    public PersonnelPlanResource(PlannedHolders plannedHolders) {
        this.plannedHolders = plannedHolders;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    public List<PlannedHolderView> plan(@PathParam("id") UUID id) {
        return plannedHolders.views(id);
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Record who the convening committee's personnel proposal names for secretary, deputy "
            + "and inspection chair (a planned holder not elected to the committee makes that post's ballot wait)")
    public List<PlannedHolderView> plan(@PathParam("id") UUID id, @NotNull @Valid PersonnelPlanRequest request) {
        return plannedHolders.plan(id, request);
    }
}
