package vn.dangbo.congress.attendance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.congress.attendance.AttendanceRecords.AttendanceResponse;
import vn.dangbo.congress.attendance.AttendanceRecords.DelegatesRequest;
import vn.dangbo.kit.security.Roles;

@Path("/congresses/{id}/delegates")
@Tag(name = "Attendance", description = "Triệu tập, điểm danh")
public class DelegateResource {

    private final Convocation convocation;
    private final AttendanceQueries queries;

    public DelegateResource(Convocation convocation, AttendanceQueries queries) {
        this.convocation = convocation;
        this.queries = queries;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Enter the delegates (DELEGATE) and alternates (ALTERNATE) of a delegate congress, full "
            + "members on the roll of its subtree, the convening committee's members flagged conveningCommitteeMember "
            + "(delegates ex officio); an entry already made is corrected, never doubled; each refusal names the "
            + "entry (delegates[i].memberId); 409 for an all-member congress")
    public AttendanceResponse enter(@PathParam("id") UUID id, @NotNull @Valid DelegatesRequest request) {
        convocation.enterDelegates(id, request);
        return queries.attendance(id);
    }
}
