package vn.dangbo.emulation.communication.tvreport;

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
import vn.dangbo.emulation.communication.tvreport.TvReportRecords.TvReportRequest;
import vn.dangbo.emulation.communication.tvreport.TvReportRecords.TvReportResponse;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/tv-report")
@Tag(name = "Communications")
public class TvReportResource {

    private final TvReportService service;

    public TvReportResource(TvReportService service) {
        this.service = service;
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Record the thematic TV report (Phóng sự chuyên đề), within the plan's minutes")
    public TvReportResponse record(@PathParam("movementId") UUID movementId, @Valid @NotNull TvReportRequest request) {
        return service.record(movementId, request);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The thematic TV report")
    public TvReportResponse report(@PathParam("movementId") UUID movementId) {
        return service.report(movementId);
    }
}
