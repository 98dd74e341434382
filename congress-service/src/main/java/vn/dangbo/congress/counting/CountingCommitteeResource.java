package vn.dangbo.congress.counting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.congress.counting.CountingRecords.CountingCommitteeRequest;
import vn.dangbo.congress.counting.CountingRecords.CountingCommitteeResponse;
import vn.dangbo.kit.security.Roles;

@Path("/congresses/{id}/counting-committee")
@Tag(name = "Counting", description = "Kiểm phiếu")
public class CountingCommitteeResource {

    private final CountingCommitteeService service;

    public CountingCommitteeResource(CountingCommitteeService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The congress' counting committee (ban kiểm phiếu): its tellers and how many enter each ballot")
    public CountingCommitteeResponse get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Set the counting committee: tellers (code, full name, role HEAD or MEMBER, one head) and"
            + " tellersPerBallot (2 or 3, the rule set's when absent; fixed once an election has started counting);"
            + " a teller who has entered a ballot stays")
    public CountingCommitteeResponse set(@PathParam("id") UUID id, @NotNull @Valid CountingCommitteeRequest request) {
        return service.set(id, request);
    }
}
