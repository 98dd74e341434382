package vn.dangbo.emulation.summary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.summary.SummaryRecords.SubmitSummaryRequest;
import vn.dangbo.emulation.summary.SummaryRecords.SummaryResponse;
import vn.dangbo.emulation.work.WorkRecords.MissingPage;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/summaries")
@Tag(name = "Summary reports", description = "Báo cáo tổng kết đợt thi đua")
public class SummaryResource {

    private final SummarySubmission summaries;

    public SummaryResource(SummarySubmission summaries) {
        this.summaries = summaries;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Hand in an organisation's summary report (before the deadline, or late under an override)")
    public Response submit(@PathParam("movementId") UUID movementId, @Valid @NotNull SubmitSummaryRequest request) {
        SummaryResponse summary = summaries.submit(movementId, request);
        return Response.created(URI.create("/movements/" + movementId + "/summaries/" + summary.id()))
                .entity(summary).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The summary reports handed in, by organisation in Vietnamese order")
    public List<SummaryResponse> list(@PathParam("movementId") UUID movementId) {
        return summaries.list(movementId);
    }

    @GET
    @Path("/missing")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The organisations taking part that have handed in no summary report, in Vietnamese order")
    public MissingPage missing(@PathParam("movementId") UUID movementId, @QueryParam("under") UUID under,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return summaries.missing(movementId, under, page, size);
    }
}
