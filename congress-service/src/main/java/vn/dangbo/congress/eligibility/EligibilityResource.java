package vn.dangbo.congress.eligibility;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.congress.eligibility.EligibilityRecords.AgeCutOffsResponse;
import vn.dangbo.congress.eligibility.EligibilityRecords.CandidateResponse;
import vn.dangbo.congress.round.RoundLevel;
import vn.dangbo.kit.security.Roles;

@Path("/rounds/{id}")
@Tag(name = "Personnel eligibility", description = "Điều kiện tuổi và tư cách ứng cử cấp ủy trong đợt đại hội")
public class EligibilityResource {

    private final EligibilityService service;

    public EligibilityResource(EligibilityService service) {
        this.service = service;
    }

    @GET
    @Path("/age-cut-offs")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "For each level with a reference month: the earliest birth month of first-time and "
            + "re-election candidates, men and women, derived from the round's rule set")
    public AgeCutOffsResponse ageCutOffs(@PathParam("id") UUID id) {
        return service.ageCutOffs(id);
    }

    @GET
    @Path("/candidates/{memberId}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "Whether the member may stand for the committee of organisationId (level: its congress "
            + "level, by default the organisation's), and why: months of work left and required, retirement month")
    public CandidateResponse candidate(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId,
            @QueryParam("organisationId") UUID organisationId, @QueryParam("level") RoundLevel level) {
        return service.candidate(id, memberId, organisationId, level);
    }
}
