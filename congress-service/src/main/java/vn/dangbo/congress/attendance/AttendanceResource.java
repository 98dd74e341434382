package vn.dangbo.congress.attendance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.congress.attendance.AttendanceRecords.AbsenceRequest;
import vn.dangbo.congress.attendance.AttendanceRecords.AttendanceResponse;
import vn.dangbo.congress.attendance.AttendanceRecords.AttendeeResponse;
import vn.dangbo.congress.attendance.AttendanceRecords.ConvocationResponse;
import vn.dangbo.congress.attendance.AttendanceRecords.ReplacementRequest;
import vn.dangbo.congress.attendance.AttendanceRecords.StandingRequest;
import vn.dangbo.kit.security.Roles;

/** The full path on the class: a class-level {@code /congresses} elsewhere would shadow a sub-resource. */
@Path("/congresses/{id}/attendance")
@Tag(name = "Attendance", description = "Triệu tập, điểm danh")
public class AttendanceResource {

    private final Convocation convocation;
    private final AttendanceRecording recording;
    private final AttendanceQueries queries;

    public AttendanceResource(Convocation convocation, AttendanceRecording recording, AttendanceQueries queries) {
        this.convocation = convocation;
        this.recording = recording;
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "Every member convened (by cell, then name), with check-in, absence, standing, the "
            + "roll's attached-elsewhere and exempted flags, whether they vote; the voters convened and present")
    public AttendanceResponse get(@PathParam("id") UUID id) {
        return queries.attendance(id);
    }

    @POST
    @Path("/convocation")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Convene an all-member congress: every member on the roll of the organisation's subtree "
            + "at its first day, full and probationary (only full members vote). Again: adds only who is missing; "
            + "409 for a delegate congress (its delegates are entered) or a cancelled one")
    public ConvocationResponse convene(@PathParam("id") UUID id) {
        return convocation.convene(id);
    }

    @POST
    @Path("/{memberId}/check-in")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Check a member in (idempotent); a delegate an alternate stands in for is refused (409)")
    public AttendeeResponse checkIn(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId) {
        return queries.attendee(id, recording.checkIn(id, memberId));
    }

    @DELETE
    @Path("/{memberId}/check-in")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Undo a check-in entered by mistake")
    public AttendeeResponse undoCheckIn(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId) {
        return queries.attendee(id, recording.undoCheckIn(id, memberId));
    }

    @PUT
    @Path("/{memberId}/absence")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Record an absence: reason, whether for the whole congress, whether the convening "
            + "committee approved it and who (approvedBy required when approved)")
    public AttendeeResponse absence(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId,
            @NotNull @Valid AbsenceRequest request) {
        return queries.attendee(id, recording.recordAbsence(id, memberId, request));
    }

    @DELETE
    @Path("/{memberId}/absence")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Remove an absence recorded by mistake")
    public AttendeeResponse clearAbsence(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId) {
        return queries.attendee(id, recording.clearAbsence(id, memberId));
    }

    @PUT
    @Path("/{memberId}/standing")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Record that a member is suspended, prosecuted or detained (null clears it), with a "
            + "reference; the member then neither counts in the base nor votes")
    public AttendeeResponse standing(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId,
            @NotNull @Valid StandingRequest request) {
        return queries.attendee(id, recording.recordStanding(id, memberId, request));
    }

    @PUT
    @Path("/{memberId}/replacement")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "An alternate ({memberId}) stands in for an absent delegate (delegateId); a convening "
            + "committee member is never replaced")
    public AttendeeResponse replace(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId,
            @NotNull @Valid ReplacementRequest request) {
        return queries.attendee(id, recording.replace(id, memberId, request.delegateId()));
    }

    @DELETE
    @Path("/{memberId}/replacement")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Undo an alternate's standing in")
    public AttendeeResponse undoReplacement(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId) {
        return queries.attendee(id, recording.undoReplacement(id, memberId));
    }
}
