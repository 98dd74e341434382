package vn.dangbo.emulation.award;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.award.AwardRecords.FormResponse;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/award-forms")
@Tag(name = "Awards", description = "Khen thưởng")
public class AwardFormResource {

    private final AwardRegister register;

    public AwardFormResource(AwardRegister register) {
        this.register = register;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The award forms of the movement (Hình thức khen thưởng)")
    public List<FormResponse> forms(@PathParam("movementId") UUID movementId) {
        return register.forms(movementId);
    }
}
