package vn.dangbo.congress.attendance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.congress.attendance.AttendanceRecords.VoteBaseResponse;
import vn.dangbo.kit.security.Roles;

@Path("/congresses/{id}/vote-base")
@Tag(name = "Attendance", description = "Triệu tập, điểm danh")
public class VoteBaseResource {

    private final AttendanceQueries queries;

    public VoteBaseResource(AttendanceQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The vote base as the attendance stands: the voters convened, each exclusion of the round's "
            + "rule set with its count, members and who approved, the base, the fewest votes that elect (more than "
            + "half) and the voters present")
    public VoteBaseResponse get(@PathParam("id") UUID id) {
        return queries.voteBase(id);
    }
}
