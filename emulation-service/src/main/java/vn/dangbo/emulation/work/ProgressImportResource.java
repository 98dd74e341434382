package vn.dangbo.emulation.work;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.io.InputStream;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.work.WorkRecords.ImportResponse;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/progress-reports")
@Tag(name = "Works", description = "Công trình, phần việc thi đua")
public class ProgressImportResource {

    private final ProgressImport importer;

    public ProgressImportResource(ProgressImport importer) {
        this.importer = importer;
    }

    @POST
    @Blocking
    @Path("/import")
    @Consumes({"text/csv", "text/plain", "application/octet-stream"})
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Import progress reports from a spreadsheet (CSV workId,reportedOn,percent,text): every "
            + "rule of a single report applies; bad rows are listed with their row number, good rows are kept")
    public ImportResponse importReports(@PathParam("movementId") UUID movementId, InputStream body) {
        return importer.importCsv(movementId, body);
    }
}
