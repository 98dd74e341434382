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
import vn.dangbo.congress.round.RoundService;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.security.Roles;
import vn.dangbo.kit.web.ProblemException;

@Path("/rounds/{id}/overdue")
@Tag(name = "Congress documents", description = "Văn kiện đại hội: trình duyệt và báo cáo")
public class RoundOverdueResource {

    private final OverdueQueries queries;
    private final RoundService rounds;
    private final OrganisationDirectory organisations;

    public RoundOverdueResource(OverdueQueries queries, RoundService rounds, OrganisationDirectory organisations) {
        this.queries = queries;
        this.rounds = rounds;
        this.organisations = organisations;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The round's overdue documents (past due, not approved or not reported), of one "
            + "organisation's subtree when organisationId is given (e.g. a province), the longest overdue first")
    public OverduePage ofRound(@PathParam("id") UUID roundId, @QueryParam("organisationId") UUID organisationId,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
        rounds.get(roundId);
        KnownOrganisation subtree = organisationId == null ? null : organisations.find(organisationId).orElseThrow(
                () -> ProblemException.ruleViolated("Không có tổ chức đảng với mã " + organisationId
                        + " (hoặc chưa nhận được từ hệ thống quản lý tổ chức đảng)", "organisationId"));
        return queries.overdue(roundId, subtree, VietnamDay.today(), limit, offset);
    }
}
