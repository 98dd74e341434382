package vn.dangbo.emulation.movement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.movement.MovementRecords.EligibleOrganisationResponse;
import vn.dangbo.kit.security.Roles;
import vn.dangbo.kit.web.ProblemException;

@Path("/movements")
@Tag(name = "Movements", description = "Phong trào thi đua")
public class MovementResource {

    private final MovementService service;

    public MovementResource(MovementService service) {
        this.service = service;
    }

    @GET
    @Path("/eligible-organisations")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "Grassroots organisations that may register for the emulation movement, in Vietnamese "
            + "alphabetical order (Tổ chức cơ sở đảng được đăng ký tham gia phong trào thi đua)")
    public List<EligibleOrganisationResponse> eligibleOrganisations(
            @Parameter(description = "The bloc committee running the movement; without it, every known bloc")
            @QueryParam("blocId") String blocId) {
        return service.eligibleOrganisations(parseBlocId(blocId)).stream()
                .map(EligibleOrganisationResponse::of)
                .toList();
    }

    private static UUID parseBlocId(String blocId) {
        if (blocId == null || blocId.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(blocId.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("blocId", "không phải mã UUID hợp lệ");
        }
    }
}
