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
import vn.dangbo.congress.result.ResultRecords.DecisionView;
import vn.dangbo.congress.result.ResultRecords.VacancyDecisionRequest;
import vn.dangbo.kit.security.Roles;

@Path("/elections/{id}/vacancy-decision")
@Tag(name = "Election results", description = "Kết quả bầu cử")
public class VacancyDecisionResource {

    private final OpenSeatDecisions decisions;

    public VacancyDecisionResource(OpenSeatDecisions decisions) {
        this.decisions = decisions;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Record the congress' decision on seats left open, with who decided: ANOTHER_ROUND "
            + "(opens the next round for them) or LEAVE_VACANT")
    public DecisionView decide(@PathParam("id") UUID id, @NotNull @Valid VacancyDecisionRequest request) {
        return decisions.vacancy(id, request);
    }
}
