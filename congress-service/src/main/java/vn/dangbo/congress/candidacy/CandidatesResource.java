package vn.dangbo.congress.candidacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.congress.candidacy.CandidacyRecords.CandidacyView;
import vn.dangbo.congress.candidacy.CandidacyRecords.NominationRequest;
import vn.dangbo.congress.candidacy.CandidacyRecords.OpinionBallotRequest;
import vn.dangbo.congress.candidacy.CandidacyRecords.WithdrawalRequest;
import vn.dangbo.kit.security.Roles;

@Path("/elections/{id}/candidates")
@Tag(name = "Candidate lists", description = "Danh sách bầu cử")
public class CandidatesResource {

    private final Nominations nominations;
    private final ListChanges changes;

    public CandidatesResource(Nominations nominations, ListChanges changes) {
        this.nominations = nominations;
        this.changes = changes;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Put a name forward (an officer: only inside their subtree): source COMMITTEE_LIST (on the"
            + " list at once), FLOOR_NOMINATION or SELF_NOMINATION (waits for its opinion ballot). Only an eligible"
            + " full member of the congress' organisation (the refusal gives the reason); a secretary or deputy, a"
            + " standing committee or an inspection chair only among those just elected to the body they come from")
    public Response nominate(@PathParam("id") UUID electionId, @NotNull NominationRequest request) {
        return Response.status(Response.Status.CREATED).entity(nominations.nominate(electionId, request)).build();
    }

    @POST
    @Path("/{candidateId}/opinion-ballot")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Enter the tally of the opinion ballot on a floor or self nomination (present, agree): the"
            + " name goes on the list only when more than the rule set's share (30%) of those present agree")
    public CandidacyView opinionBallot(@PathParam("id") UUID electionId, @PathParam("candidateId") UUID candidateId,
            @NotNull OpinionBallotRequest request) {
        return changes.opinionBallot(electionId, candidateId, request);
    }

    @POST
    @Path("/{candidateId}/withdrawal")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Record a request to withdraw and the congress' decision on it (approved or refused, who"
            + " decided): approved, the name leaves the list")
    public CandidacyView withdrawal(@PathParam("id") UUID electionId, @PathParam("candidateId") UUID candidateId,
            @NotNull WithdrawalRequest request) {
        return changes.withdrawal(electionId, candidateId, request);
    }
}
