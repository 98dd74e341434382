package vn.dangbo.emulation.communication.press;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.communication.press.PressRecords.MonthsResponse;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/press/months")
@Tag(name = "Communications")
public class PressMonthsResource {

    private final PressItems items;

    public PressMonthsResource(PressItems items) {
        this.items = items;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "Each month of the plan with its press items; missed once it ended with none")
    public MonthsResponse months(@PathParam("movementId") UUID movementId) {
        return items.months(movementId);
    }
}
