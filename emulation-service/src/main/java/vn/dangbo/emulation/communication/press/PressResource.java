package vn.dangbo.emulation.communication.press;

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
import vn.dangbo.emulation.communication.press.PressRecords.PressItemRequest;
import vn.dangbo.emulation.communication.press.PressRecords.PressItemResponse;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/press-items")
@Tag(name = "Communications", description = "Tuyên truyền: tin bài, chuyên trang, phóng sự, tập san, phòng truyền thống")
public class PressResource {

    private final PressItems items;

    public PressResource(PressItems items) {
        this.items = items;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Record a press item about the movement (Tin, bài viết, phóng sự trên báo chí)")
    public Response record(@PathParam("movementId") UUID movementId, @Valid @NotNull PressItemRequest request) {
        PressItemResponse item = items.record(movementId, request);
        return Response.created(URI.create("/movements/" + movementId + "/press-items/" + item.id()))
                .entity(item).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The press items, by date of publication")
    public List<PressItemResponse> list(@PathParam("movementId") UUID movementId) {
        return items.list(movementId);
    }
}
