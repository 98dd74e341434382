package vn.dangbo.congress.documents;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.congress.documents.DocumentRecords.ApproveDocumentRequest;
import vn.dangbo.congress.documents.DocumentRecords.DocumentResponse;
import vn.dangbo.congress.documents.DocumentRecords.SubmitDocumentRequest;
import vn.dangbo.congress.plandata.VietnamDay;
import vn.dangbo.kit.security.Roles;

@Path("/congresses/{id}/documents")
@Tag(name = "Congress documents", description = "Văn kiện đại hội: trình duyệt và báo cáo")
public class DocumentResource {

    private final CongressChecklist checklist;
    private final DocumentHandIn handIn;

    public DocumentResource(CongressChecklist checklist, DocumentHandIn handIn) {
        this.checklist = checklist;
        this.handIn = handIn;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The congress' document checklist: each draft for the body above to approve and each "
            + "document of the after-report, with its due date and where it stands")
    public List<DocumentResponse> list(@PathParam("id") UUID congressId) {
        return checklist.of(congressId, VietnamDay.today());
    }

    @POST
    @Path("/{code}/submission")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Record a document handed in on paper by the congress' organisation (one issued by "
            + "docs-service for the congress counts by itself); publishes vn.dangbo.congress.document.submitted.v1")
    public DocumentResponse submit(@PathParam("id") UUID congressId, @PathParam("code") String code,
            @Valid SubmitDocumentRequest request) {
        LocalDate today = VietnamDay.today();
        SubmitDocumentRequest body = request == null ? new SubmitDocumentRequest(null, null) : request;
        return DocumentResponse.of(handIn.submit(congressId, code, body.submittedOn(), body.documentSymbol(), today),
                today);
    }

    @POST
    @Path("/{code}/approval")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Approve a draft, as an officer of the approving body (for a cell, the committee "
            + "convening the round; for the committee, the body above it); publishes "
            + "vn.dangbo.congress.document.approved.v1")
    public DocumentResponse approve(@PathParam("id") UUID congressId, @PathParam("code") String code,
            @Valid ApproveDocumentRequest request) {
        LocalDate today = VietnamDay.today();
        LocalDate approvedOn = request == null ? null : request.approvedOn();
        return DocumentResponse.of(handIn.approve(congressId, code, approvedOn, today), today);
    }
}
