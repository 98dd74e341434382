package vn.dangbo.emulation.award;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.award.AwardRecords.AwardResponse;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/awards")
@Tag(name = "Awards", description = "Khen thưởng")
public class AwardResource {

    private final AwardRegister register;

    public AwardResource(AwardRegister register) {
        this.register = register;
    }

    @GET
    @Path("/{awardId}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "An award (the nomination's id): its state, decision and certificate")
    public AwardResponse award(@PathParam("movementId") UUID movementId, @PathParam("awardId") UUID awardId) {
        return register.award(movementId, awardId);
    }
}
