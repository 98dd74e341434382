package vn.dangbo.emulation.award;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.award.AwardRecords.DecisionRequest;
import vn.dangbo.emulation.award.AwardRecords.DecisionResponse;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/award-decisions")
@Tag(name = "Awards", description = "Khen thưởng")
public class AwardDecisionResource {

    private final AwardDecisions decisions;
    private final AwardRegister register;

    public AwardDecisionResource(AwardDecisions decisions, AwardRegister register) {
        this.decisions = decisions;
        this.register = register;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Decide awards of one form for approved nominations, within the quota; a form reserved to "
            + "a higher body becomes a proposal to it (Quyết định khen thưởng / Tờ trình đề nghị khen thưởng)")
    public Response decide(@PathParam("movementId") UUID movementId, @Valid @NotNull DecisionRequest request) {
        DecisionResponse response = decisions.decide(movementId, request);
        String path = "PROPOSAL".equals(response.kind()) ? "/award-proposals/" : "/award-decisions/";
        return Response.created(URI.create("/movements/" + movementId + path + response.id())).entity(response)
                .build();
    }

    @GET
    @Path("/{decisionId}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "An award decision, with its number once docs-service issued it")
    public DecisionResponse decision(@PathParam("movementId") UUID movementId,
            @PathParam("decisionId") UUID decisionId) {
        return register.decision(movementId, decisionId);
    }
}
