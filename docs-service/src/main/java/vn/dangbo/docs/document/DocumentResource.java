package vn.dangbo.docs.document;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.docs.document.DocumentRecords.DocumentSummary;
import vn.dangbo.docs.document.DocumentRecords.RegisterEntry;
import vn.dangbo.docs.document.DocumentRecords.RenderedDocument;
import vn.dangbo.docs.document.DocumentRecords.VoidRequest;
import vn.dangbo.docs.document.IssueRequests.BatchRequest;
import vn.dangbo.docs.document.IssueRequests.IssueRequest;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.security.Roles;
import vn.dangbo.kit.web.ProblemException;

@Path("/documents")
@Tag(name = "Documents", description = "Văn bản")
public class DocumentResource {

    static final String ZIP = "application/zip";

    private final DocumentService service;
    private final DocumentIssuing issuing;
    private final AccessGuard access;

    public DocumentResource(DocumentService service, DocumentIssuing issuing, AccessGuard access) {
        this.service = service;
        this.issuing = issuing;
        this.access = access;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Issue a document from its type's template: numbered, rendered as PDF and DOCX, both kept "
            + "with their SHA-256; announced on docs.documents.v1. An officer issues only for organisations of their subtree.")
    public Response issue(@NotNull @Valid IssueRequest request) {
        access.requireWriteAccess(request.issuer().id());
        IssuedDocument d = issuing.issue(request, access.actor());
        return Response.created(URI.create("/documents/" + d.id)).entity(DocumentSummary.of(d)).build();
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Issue one template for many addressees (e.g. 350 invitations) as one numbered document, and "
            + "return it as one merged PDF (default, format=pdf or Accept: application/pdf) or a ZIP of one PDF per "
            + "addressee (format=zip or Accept: application/zip). Location names the stored document.")
    public Response batch(@NotNull @Valid BatchRequest request,
            @Parameter(description = "pdf or zip") @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        boolean zip = wantsZip(format, accept);
        access.requireWriteAccess(request.issuer().id());
        IssuedDocument d = issuing.issueBatch(request, access.actor());
        RenderedDocument file = zip ? service.zip(d.id) : service.render(d.id, DocumentFormat.PDF);
        return Response.created(URI.create("/documents/" + d.id))
                .entity(file.bytes()).type(file.mediaType())
                .header("Content-Disposition", DownloadRules.contentDisposition(file.fileName()))
                .build();
    }

    static boolean wantsZip(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "zip" -> true;
                case "pdf" -> false;
                default -> throw ProblemException.invalid("format",
                        "định dạng \"" + format + "\" không được hỗ trợ cho lô văn bản (pdf hoặc zip)");
            };
        }
        return accept != null && accept.toLowerCase(Locale.ROOT).contains(ZIP)
                && !accept.toLowerCase(Locale.ROOT).contains("application/pdf");
    }

    @POST
    @Path("/{id}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Void a document (hủy văn bản) with a reason: it stays listed and its number stays in the "
            + "register, never allocated again")
    public DocumentSummary voidDocument(@PathParam("id") UUID id, @NotNull @Valid VoidRequest request) {
        return service.voidDocument(id, request.reason(), access.actor(), access::requireWriteAccess);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "Issued documents, oldest first (at most 500), filtered by what they concern (e.g. a congress "
            + "id), type (KH, TB, ...), issuing organisation and the printed date (from/to, inclusive, yyyy-MM-dd)")
    public List<DocumentSummary> search(@QueryParam("relatedTo") String relatedTo, @QueryParam("type") String type,
            @QueryParam("issuerId") UUID issuerId, @QueryParam("from") String from, @QueryParam("to") String to) {
        String typeCode = blankToNull(type);
        if (typeCode != null) {
            typeCode = vn.dangbo.docs.template.DocumentType.find(typeCode).map(t -> t.code()).orElse(typeCode);
        }
        return service.search(new DocumentRecords.DocumentFilter(blankToNull(relatedTo), typeCode, issuerId,
                date("from", from), date("to", to)));
    }

    @GET
    @Path("/register")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The numbering register of one run: every number of an issuer's term for a type code (KH, "
            + "TB, ...) or a congress id, issued or voided")
    public List<RegisterEntry> register(@QueryParam("issuerId") UUID issuerId, @QueryParam("term") String term,
            @QueryParam("run") String run) {
        if (issuerId == null) {
            throw ProblemException.invalid("issuerId", "bắt buộc");
        }
        if (term == null || term.isBlank()) {
            throw ProblemException.invalid("term", "bắt buộc");
        }
        if (run == null || run.isBlank()) {
            throw ProblemException.invalid("run", "bắt buộc (mã loại văn bản, ví dụ KH, hoặc mã đại hội)");
        }
        String key = vn.dangbo.docs.template.DocumentType.find(run).map(t -> t.code()).orElse(run.strip());
        return service.register(issuerId, term.strip(), key);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "A document's metadata: number, version, status, SHA-256 of the PDF and the DOCX, creator, time")
    public DocumentSummary get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("/{id}/content")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The document as a file, byte for byte as issued: format=pdf|docx, else the Accept header "
            + "(application/pdf or the DOCX media type), else PDF; format=zip: one PDF per copy of a batch (the "
            + "invitations an event asked for)")
    public Response content(@PathParam("id") UUID id,
            @Parameter(description = "pdf, docx or zip") @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        if ("zip".equalsIgnoreCase(blankToNull(format) == null ? "" : format.strip())) {
            RenderedDocument zip = service.zip(id);
            return Response.ok(zip.bytes(), zip.mediaType())
                    .header("Content-Disposition", DownloadRules.contentDisposition(zip.fileName()))
                    .build();
        }
        DocumentFormat chosen = DownloadRules.chooseFormat(format, accept).orElseThrow(
                () -> ProblemException.invalid("format", "định dạng \"" + format + "\" không được hỗ trợ (pdf hoặc docx)"));
        RenderedDocument file = service.render(id, chosen);
        return Response.ok(file.bytes(), file.mediaType())
                .header("Content-Disposition", DownloadRules.contentDisposition(file.fileName()))
                .build();
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "ngày \"" + value + "\" không đúng dạng yyyy-MM-dd");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
