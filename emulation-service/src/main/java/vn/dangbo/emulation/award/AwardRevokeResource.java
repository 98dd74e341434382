package vn.dangbo.emulation.award;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.award.AwardRecords.RevokeRequest;
import vn.dangbo.emulation.award.AwardRecords.AwardResponse;
import vn.dangbo.kit.security.Roles;

/** At its own full path, so the nominations' resource keeps its other sub-paths. */
@Path("/movements/{movementId}/nominations/{nominationId}/revoke")
@Tag(name = "Awards", description = "Khen thưởng")
public class AwardRevokeResource {

    private final AwardLifecycle lifecycle;

    public AwardRevokeResource(AwardLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Revoke an award, with the reason (Hủy khen thưởng)")
    public AwardResponse revoke(@PathParam("movementId") UUID movementId,
            @PathParam("nominationId") UUID nominationId, @Valid @NotNull RevokeRequest request) {
        return lifecycle.revoke(movementId, nominationId, request.reason());
    }
}
