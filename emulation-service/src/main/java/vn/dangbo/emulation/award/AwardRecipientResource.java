package vn.dangbo.emulation.award;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.award.AwardRecords.RecipientResponse;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/award-recipients")
@Tag(name = "Awards", description = "Khen thưởng")
public class AwardRecipientResource {

    private final AwardRegister register;

    public AwardRecipientResource(AwardRegister register) {
        this.register = register;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The recipients of the standing awards: the invitees of the anniversary meeting")
    public List<RecipientResponse> recipients(@PathParam("movementId") UUID movementId) {
        return register.recipients(movementId);
    }
}
