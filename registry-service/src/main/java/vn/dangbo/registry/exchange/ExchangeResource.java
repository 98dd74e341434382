package vn.dangbo.registry.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.security.PersonalDataGrant;
import vn.dangbo.kit.security.Roles;
import vn.dangbo.kit.web.ProblemException;
import vn.dangbo.registry.member.Member;
import vn.dangbo.registry.member.MemberRecords;
import vn.dangbo.registry.member.MemberSearch;
import vn.dangbo.registry.member.MemberSearchService;
import vn.dangbo.registry.member.Standing;

@Path("/")
@Tag(name = "Import and export", description = "Nhập, xuất danh sách đảng viên")
public class ExchangeResource {

    private static final int EXPORT_BATCH = 1_000;

    private final ImportWorker worker;
    private final MemberImport memberImport;
    private final ImportJobs jobs;
    private final MemberSearchService members;
    private final AccessGuard access;
    private final ObjectMapper json;

    public ExchangeResource(ImportWorker worker, MemberImport memberImport, ImportJobs jobs, MemberSearchService members,
            AccessGuard access, ObjectMapper json) {
        this.worker = worker;
        this.memberImport = memberImport;
        this.jobs = jobs;
        this.members = members;
        this.access = access;
        this.json = json;
    }

    @POST
    @Path("imports/members")
    @Consumes({"text/csv", "text/plain", ImportRows.XLSX, "application/octet-stream"})
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Import members from CSV or XLSX (by Content-Type or content) as a job (202); "
            + "dryRun=true checks every row and writes nothing")
    public Response importMembers(InputStream upload, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @Context UriInfo uri) {
        ImportJob job = worker.submit(memberImport, upload, dryRun, contentType);
        return Response.accepted(of(job)).location(uri.getBaseUriBuilder().path("imports").path(job.id.toString())
                .build()).build();
    }

    @GET
    @Path("imports/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "An import job (members or organisations): status, progress, the rows counted by outcome (created, updated, unchanged, "
            + "invalid) and the per-row report of the rows to read: each invalid row with its errors (column, message) "
            + "and each changed record with the fields it changes")
    public ImportJobResponse importJob(@PathParam("id") UUID id) {
        return of(jobs.get(id));
    }

    @GET
    @Path("exports/members")
    @Produces({"text/csv", ImportRows.XLSX})
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The members on the list in an organisation's subtree as CSV, or XLSX with format=xlsx "
            + "or an XLSX Accept header (personal data per member)", description = MemberRecords.PERSONAL_DATA
            + " Withheld, the cells of nationalId, phone and birthDate are empty.")
    public Response exportMembers(@QueryParam("organisationId") @NotNull UUID organisationId,
            @QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        PersonalDataGrant personal = access.personalDataGrant();
        members.search(filters(organisationId), null, 1); // an unknown organisation is refused before streaming
        boolean xlsx = format == null ? accept != null && accept.contains(ImportRows.XLSX)
                && !accept.contains("text/csv") : format.equalsIgnoreCase("xlsx");
        if (format != null && !xlsx && !format.equalsIgnoreCase("csv")) {
            throw ProblemException.invalid("format", "phải là csv hoặc xlsx");
        }
        if (xlsx) {
            StreamingOutput workbook = out -> MemberXlsx.write(out, m -> personal.maySee(m.organisationId),
                    consumer -> forEachPage(organisationId, personal, consumer));
            return Response.ok(workbook, ImportRows.XLSX)
                    .header("Content-Disposition", "attachment; filename=\"dang-vien.xlsx\"").build();
        }
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF'); // Excel reads UTF-8 Vietnamese only with the byte order mark
            writer.write(String.join(",", MemberCsv.COLUMNS));
            writer.write("\r\n");
            forEachPage(organisationId, personal, page -> {
                for (Member m : page) {
                    writer.write(MemberCsv.row(m, personal.maySee(m.organisationId)));
                }
            });
            writer.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"dang-vien.csv\"").build();
    }

    /**
     * The members, a page at a time, each page read in its own short transaction; whose personal data may be written
     * is settled in it too (the grant keeps its answer per organisation), since the tree is read from the database.
     */
    private void forEachPage(UUID organisationId, PersonalDataGrant personal, MemberXlsx.PageConsumer consumer)
            throws IOException {
        String cursor = null;
        do {
            String after = cursor;
            MemberSearchService.SearchPage page = QuarkusTransaction.requiringNew().call(() -> {
                MemberSearchService.SearchPage read = members.search(filters(organisationId), after, EXPORT_BATCH);
                read.items().forEach(m -> personal.maySee(m.organisationId));
                return read;
            });
            consumer.accept(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
    }

    private static MemberSearch.Filters filters(UUID organisationId) {
        return new MemberSearch.Filters(null, organisationId, null, Standing.ACTIVE, null, null, null, null);
    }

    private ImportJobResponse of(ImportJob job) {
        return ImportJobResponse.of(job, json);
    }
}
