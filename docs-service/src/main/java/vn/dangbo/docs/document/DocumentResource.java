package vn.dangbo.docs.document;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.docs.document.DocumentRecords.DocumentSummary;
import vn.dangbo.docs.document.DocumentRecords.RenderedDocument;
import vn.dangbo.kit.security.Roles;
import vn.dangbo.kit.web.ProblemException;

@Path("/documents")
@Tag(name = "Documents", description = "Văn bản")
public class DocumentResource {

    private final DocumentService service;

    public DocumentResource(DocumentService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "Issued documents, oldest first, optionally only those about one thing (e.g. a congress id) "
            + "or of one type (TB, KH, ...)")
    public List<DocumentSummary> search(@QueryParam("relatedTo") String relatedTo, @QueryParam("type") String type) {
        return service.search(relatedTo, type);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "A document's metadata")
    public DocumentSummary get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("/{id}/content")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The document as a file: format=pdf|docx, else the Accept header "
            + "(application/pdf or the DOCX media type), else PDF")
    public Response content(@PathParam("id") UUID id,
            @Parameter(description = "pdf or docx") @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        DocumentFormat chosen = DownloadRules.chooseFormat(format, accept).orElseThrow(
                () -> ProblemException.invalid("format", "định dạng \"" + format + "\" không được hỗ trợ (pdf hoặc docx)"));
        RenderedDocument file = service.render(id, chosen);
        return Response.ok(file.bytes(), file.format().mediaType())
                .header("Content-Disposition", DownloadRules.contentDisposition(file.fileName()))
                .build();
    }
}
