package vn.dangbo.congress.documents;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.congress.documents.DocumentRecords.OverduePage;
import vn.dangbo.congress.plandata.VietnamDay;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.security.Roles;
import vn.dangbo.kit.web.ProblemException;

@Path("/organisations/{id}/overdue-documents")
@Tag(name = "Congress documents", description = "Văn kiện đại hội: trình duyệt và báo cáo")
public class OrganisationOverdueResource {

    private final OverdueQueries queries;
    private final OrganisationDirectory organisations;

    public OrganisationOverdueResource(OverdueQueries queries, OrganisationDirectory organisations) {
        this.queries = queries;
        this.organisations = organisations;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The overdue congress documents of the organisation's subtree, every round, the longest "
            + "overdue first")
    public OverduePage ofOrganisation(@PathParam("id") UUID organisationId,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
        KnownOrganisation subtree = organisations.find(organisationId).orElseThrow(() -> ProblemException.notFound(
                "Không có tổ chức đảng với mã " + organisationId
                        + " (hoặc chưa nhận được từ hệ thống quản lý tổ chức đảng)"));
        return queries.overdue(null, subtree, VietnamDay.today(), limit, offset);
    }
}
