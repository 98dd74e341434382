package vn.dangbo.registry.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.security.Roles;
import vn.dangbo.kit.text.CsvReader;
import vn.dangbo.kit.web.ProblemException;
import vn.dangbo.registry.organisation.Organisation;
import vn.dangbo.registry.organisation.OrganisationQueries;

/** Import and export of the organisation tree (CSV or XLSX); the job is read at {@code GET /imports/{id}}. */
@Path("/")
@Tag(name = "Import and export", description = "Nhập, xuất danh sách đảng viên và tổ chức đảng")
public class OrganisationExchangeResource {

    private final ImportWorker worker;
    private final OrganisationImport organisationImport;
    private final OrganisationQueries organisations;
    private final AccessGuard access;
    private final ObjectMapper json;

    public OrganisationExchangeResource(ImportWorker worker, OrganisationImport organisationImport,
            OrganisationQueries organisations, AccessGuard access, ObjectMapper json) {
        this.worker = worker;
        this.organisationImport = organisationImport;
        this.organisations = organisations;
        this.access = access;
        this.json = json;
    }

    @POST
    @Path("imports/organisations")
    @Consumes({"text/csv", "text/plain", ImportRows.XLSX, "application/octet-stream"})
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Import organisations (id, parentId, type, name, shortCode, term) from CSV or XLSX as a "
            + "job (202): a known id updates name, short code and term, an unknown id creates the organisation; "
            + "all rows or none; dryRun=true checks every row and writes nothing")
    public Response importOrganisations(InputStream upload,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @Context UriInfo uri) {
        ImportJob job = worker.submit(organisationImport, upload, dryRun, contentType);
        return Response.accepted(ImportJobResponse.of(job, json))
                .location(uri.getBaseUriBuilder().path("imports").path(job.id.toString()).build()).build();
    }

    @GET
    @Path("exports/organisations")
    @Produces({"text/csv", ImportRows.XLSX})
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "The active organisations of a subtree, each parent before its children, as CSV, or XLSX "
            + "with format=xlsx or an XLSX Accept header; the import's columns (an officer: their subtree only)")
    public Response exportOrganisations(@QueryParam("organisationId") @NotNull UUID organisationId,
            @QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        boolean xlsx = format == null ? accept != null && accept.contains(ImportRows.XLSX)
                && !accept.contains("text/csv") : format.equalsIgnoreCase("xlsx");
        if (format != null && !xlsx && !format.equalsIgnoreCase("csv")) {
            throw ProblemException.invalid("format", "phải là csv hoặc xlsx");
        }
        organisations.get(organisationId); // 404 for an unknown organisation
        if (!access.mayWrite(organisationId)) {
            throw ProblemException.forbidden("Cán bộ chỉ được xuất dữ liệu của tổ chức đảng được giao phụ trách"
                    + " và các tổ chức trực thuộc");
        }
        List<List<String>> rows = new ArrayList<>();
        for (Organisation o : organisations.activeSubtreeTopDown(organisationId)) {
            rows.add(java.util.Arrays.asList(o.id.toString(), o.parentId == null ? null : o.parentId.toString(),
                    o.type.name(), o.name, o.shortCode, o.term));
        }
        if (xlsx) {
            StreamingOutput workbook = out -> OrganisationXlsx.write(out, rows);
            return Response.ok(workbook, ImportRows.XLSX)
                    .header("Content-Disposition", "attachment; filename=\"to-chuc-dang.xlsx\"").build();
        }
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF'); // Excel reads UTF-8 Vietnamese only with the byte order mark
            writer.write(String.join(",", OrganisationCsv.COLUMNS));
            writer.write("\r\n");
            for (List<String> row : rows) {
                writer.write(String.join(",", row.stream().map(CsvReader::quote).toList()));
                writer.write("\r\n");
            }
            writer.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"to-chuc-dang.csv\"").build();
    }
}
