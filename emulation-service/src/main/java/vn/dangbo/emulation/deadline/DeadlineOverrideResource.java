package vn.dangbo.emulation.deadline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.deadline.DeadlineOverrideRecords.OverrideRequest;
import vn.dangbo.emulation.deadline.DeadlineOverrideRecords.OverrideResponse;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/deadline-overrides")
@Tag(name = "Deadline overrides", description = "Văn phòng cho phép nộp muộn")
public class DeadlineOverrideResource {

    private final DeadlineOverrides overrides;

    public DeadlineOverrideResource(DeadlineOverrides overrides) {
        this.overrides = overrides;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "The office lets an organisation (or every one) hand in a summary report or nominations "
            + "late, until a moment, with a reason (audited)")
    public Response record(@PathParam("movementId") UUID movementId, @Valid @NotNull OverrideRequest request) {
        OverrideResponse o = overrides.record(movementId, request);
        return Response.created(URI.create("/movements/" + movementId + "/deadline-overrides/" + o.id()))
                .entity(o).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The overrides the office recorded")
    public List<OverrideResponse> list(@PathParam("movementId") UUID movementId) {
        return overrides.list(movementId);
    }
}
