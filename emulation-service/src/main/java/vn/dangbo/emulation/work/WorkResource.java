package vn.dangbo.emulation.work;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.work.WorkRecords.EvidenceResponse;
import vn.dangbo.emulation.work.WorkRecords.MissingPage;
import vn.dangbo.emulation.work.WorkRecords.ProgressRequest;
import vn.dangbo.emulation.work.WorkRecords.ProgressResponse;
import vn.dangbo.emulation.work.WorkRecords.RegisterWorkRequest;
import vn.dangbo.emulation.work.WorkRecords.WorkResponse;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/works")
@Tag(name = "Works", description = "Công trình, phần việc thi đua")
public class WorkResource {

    private final WorkRegistration registration;
    private final WorkProgressReporting progress;
    private final EvidenceFiles evidence;
    private final WorkViews views;

    public WorkResource(WorkRegistration registration, WorkProgressReporting progress, EvidenceFiles evidence,
            WorkViews views) {
        this.registration = registration;
        this.progress = progress;
        this.evidence = evidence;
        this.views = views;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Register a dedicated work of a taking organisation (Đăng ký công trình, phần việc)")
    public Response register(@PathParam("movementId") UUID movementId,
            @Valid @NotNull RegisterWorkRequest request) {
        WorkResponse work = registration.register(movementId, request);
        return Response.created(URI.create("/movements/" + movementId + "/works/" + work.id())).entity(work).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The works of an organisation, of a subtree (under) or of the whole movement")
    public List<WorkResponse> list(@PathParam("movementId") UUID movementId,
            @QueryParam("organisationId") UUID organisationId, @QueryParam("under") UUID under) {
        return views.list(movementId, organisationId, under);
    }

    @GET
    @Path("/missing")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The organisations taking part that have registered no work, in Vietnamese order")
    public MissingPage missing(@PathParam("movementId") UUID movementId, @QueryParam("under") UUID under,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return views.missingWorks(movementId, under, page, size);
    }

    @GET
    @Path("/{workId}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "A work with its progress and flag")
    public WorkResponse one(@PathParam("movementId") UUID movementId, @PathParam("workId") UUID workId) {
        return views.one(movementId, workId);
    }

    @POST
    @Path("/{workId}/progress")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Report progress on a work (Báo cáo tiến độ), dated inside the movement's period")
    public Response report(@PathParam("movementId") UUID movementId, @PathParam("workId") UUID workId,
            @Valid @NotNull ProgressRequest request) {
        ProgressResponse report = progress.report(movementId, workId, request);
        return Response.created(URI.create("/movements/" + movementId + "/works/" + workId + "/progress/"
                + report.id())).entity(report).build();
    }

    @GET
    @Path("/{workId}/progress")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The progress reports of a work with their evidence files, oldest first")
    public List<ProgressResponse> reports(@PathParam("movementId") UUID movementId,
            @PathParam("workId") UUID workId) {
        return views.reports(movementId, workId);
    }

    @POST
    @Blocking
    @Path("/{workId}/progress/{reportId}/evidence")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Attach an evidence file to a progress report: the raw body, its Content-Type, its name in "
            + "?fileName= or the X-File-Name header (percent-encoded)")
    public Response attach(@PathParam("movementId") UUID movementId, @PathParam("workId") UUID workId,
            @PathParam("reportId") UUID reportId, @QueryParam("fileName") String fileName,
            @HeaderParam("X-File-Name") String headerName, @HeaderParam("Content-Type") String contentType,
            InputStream body) {
        String name = fileName != null ? fileName
                : headerName == null ? null : java.net.URLDecoder.decode(headerName, StandardCharsets.UTF_8);
        EvidenceResponse file = evidence.attach(movementId, workId, reportId, name, contentType, body);
        return Response.created(URI.create("/movements/" + movementId + "/works/" + workId + "/progress/" + reportId
                + "/evidence/" + file.id())).entity(file).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{workId}/progress/{reportId}/evidence/{fileId}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "Download an evidence file as it was uploaded")
    public Response download(@PathParam("movementId") UUID movementId, @PathParam("workId") UUID workId,
            @PathParam("reportId") UUID reportId, @PathParam("fileId") UUID fileId) {
        EvidenceFiles.Download file = evidence.download(movementId, workId, reportId, fileId);
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }
}
