package vn.dangbo.emulation.award;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.award.AwardRecords.AwardResponse;
import vn.dangbo.kit.security.Roles;

/** At its own full path, so the nominations' resource keeps its other sub-paths. */
@Path("/movements/{movementId}/nominations/{nominationId}/present")
@Tag(name = "Awards", description = "Khen thưởng")
public class AwardPresentResource {

    private final AwardLifecycle lifecycle;

    public AwardPresentResource(AwardLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Record that a certified award was presented (Trao thưởng)")
    public AwardResponse present(@PathParam("movementId") UUID movementId,
            @PathParam("nominationId") UUID nominationId) {
        return lifecycle.present(movementId, nominationId);
    }
}
