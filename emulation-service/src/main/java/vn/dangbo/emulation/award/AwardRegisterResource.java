package vn.dangbo.emulation.award;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/award-register")
@Tag(name = "Awards", description = "Khen thưởng")
public class AwardRegisterResource {

    private final AwardRegister register;

    public AwardRegisterResource(AwardRegister register) {
        this.register = register;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The award register: collectives, then individuals, in Vietnamese order; ?format=csv for "
            + "a spreadsheet (Sổ khen thưởng)")
    public Response register(@PathParam("movementId") UUID movementId, @QueryParam("format") String format) {
        if ("csv".equalsIgnoreCase(format)) {
            return Response.ok(register.registerCsv(movementId), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"so-khen-thuong.csv\"").build();
        }
        return Response.ok(register.register(movementId), MediaType.APPLICATION_JSON).build();
    }
}
