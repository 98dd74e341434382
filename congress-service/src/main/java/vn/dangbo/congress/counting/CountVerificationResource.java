package vn.dangbo.congress.counting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.congress.counting.CountingRecords.VerificationResponse;
import vn.dangbo.kit.security.Roles;

@Path("/elections/{id}/verification")
@Tag(name = "Counting", description = "Kiểm phiếu")
public class CountVerificationResource {

    private final CountVerification verification;

    public CountVerificationResource(CountVerification verification) {
        this.verification = verification;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "Replays the election's hash-chained count log: whether the chain holds, every total"
            + " recomputed from it and compared with the stored entries and the closed figures, and where they"
            + " differ")
    public VerificationResponse verify(@PathParam("id") UUID id) {
        return verification.verify(id);
    }
}
