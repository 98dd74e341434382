package vn.dangbo.registry.snapshot;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.kit.security.Roles;

@Path("/snapshots")
@Tag(name = "Snapshots", description = "Ảnh chụp trạng thái trên các topic nén (log-compacted)")
public class SnapshotResource {

    private final SnapshotService snapshots;

    public SnapshotResource(SnapshotService snapshots) {
        this.snapshots = snapshots;
    }

    @POST
    @Path("/republish")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish the current state of every organisation and member to the snapshot topics")
    public SnapshotService.Republished republish() {
        return snapshots.republishAll();
    }
}
