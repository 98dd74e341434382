package vn.dangbo.emulation.award;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.award.AwardRecords.DecisionResponse;
import vn.dangbo.emulation.award.AwardRecords.OutcomeRequest;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/award-proposals")
@Tag(name = "Awards", description = "Khen thưởng")
public class AwardProposalResource {

    private final AwardOutcomes outcomes;
    private final AwardRegister register;

    public AwardProposalResource(AwardOutcomes outcomes, AwardRegister register) {
        this.outcomes = outcomes;
        this.register = register;
    }

    @GET
    @Path("/{proposalId}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "A proposal to a higher body (Tờ trình đề nghị khen thưởng)")
    public DecisionResponse proposal(@PathParam("movementId") UUID movementId,
            @PathParam("proposalId") UUID proposalId) {
        return register.proposal(movementId, proposalId);
    }

    @POST
    @Path("/{proposalId}/outcome")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Record the higher body's decision on a proposal (Kết quả khen thưởng của cấp trên)")
    public DecisionResponse outcome(@PathParam("movementId") UUID movementId,
            @PathParam("proposalId") UUID proposalId, @Valid @NotNull OutcomeRequest request) {
        return outcomes.record(movementId, proposalId, request);
    }
}
