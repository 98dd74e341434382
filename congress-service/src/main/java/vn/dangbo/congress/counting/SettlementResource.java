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
import vn.dangbo.congress.counting.CountingRecords.SettlementRequest;
import vn.dangbo.kit.security.Roles;

@Path("/elections/{id}/settlements")
@Tag(name = "Counting", description = "Kiểm phiếu")
public class SettlementResource {

    private final CommitteeDecisions decisions;

    public SettlementResource(CommitteeDecisions decisions) {
        this.decisions = decisions;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "The committee settles a mismatch: the ballot's (serial) or group's (groupCode) content,"
            + " who decided and why")
    public DecisionResponse settle(@PathParam("id") UUID id, @NotNull @Valid SettlementRequest request) {
        return decisions.settle(id, request);
    }
}
