package vn.dangbo.congress.counting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.congress.counting.CountingRecords.DecisionResponse;
import vn.dangbo.congress.counting.CountingRecords.RulingRequest;
import vn.dangbo.kit.security.Roles;

@Path("/elections/{id}/rulings")
@Tag(name = "Counting", description = "Kiểm phiếu")
public class RulingResource {

    private final CommitteeDecisions decisions;

    public RulingResource(CommitteeDecisions decisions) {
        this.decisions = decisions;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "The committee rules a ballot invalid (e.g. not issued by the committee), with who decided"
            + " and why")
    public DecisionResponse rule(@PathParam("id") UUID id, @NotNull @Valid RulingRequest request) {
        return decisions.rule(id, request);
    }
}
