package vn.dangbo.emulation.nomination;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.nomination.NominationRecords.CouncilVoteRequest;
import vn.dangbo.emulation.nomination.NominationRecords.CreateRequest;
import vn.dangbo.emulation.nomination.NominationRecords.HistoryEntry;
import vn.dangbo.emulation.nomination.NominationRecords.NominationPage;
import vn.dangbo.emulation.nomination.NominationRecords.NominationResponse;
import vn.dangbo.emulation.nomination.NominationRecords.ReturnRequest;
import vn.dangbo.kit.security.Roles;
import vn.dangbo.kit.web.ProblemException;

@Path("/movements/{movementId}/nominations")
@Tag(name = "Nominations", description = "Đề nghị khen thưởng và xét của Hội đồng Thi đua - Khen thưởng")
public class NominationResource {

    private final NominationCreation creation;
    private final NominationSubmission submission;
    private final NominationReview review;
    private final NominationQueries queries;

    public NominationResource(NominationCreation creation, NominationSubmission submission, NominationReview review,
            NominationQueries queries) {
        this.creation = creation;
        this.submission = submission;
        this.review = review;
        this.queries = queries;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Draft a nomination of a collective or a member (Lập hồ sơ đề nghị khen thưởng)")
    public Response create(@PathParam("movementId") UUID movementId, @Valid @NotNull CreateRequest request) {
        NominationResponse created = creation.create(movementId, request);
        return Response.created(URI.create("/movements/" + movementId + "/nominations/" + created.id()))
                .entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The nominations in Vietnamese order, collectives then individuals (Danh sách đề nghị "
            + "khen thưởng)")
    public NominationPage list(@PathParam("movementId") UUID movementId,
            @QueryParam("state") String state,
            @Parameter(description = "The proposing organisation") @QueryParam("organisationId") UUID organisationId,
            @Parameter(description = "A subtree's root (a province, a grassroots organisation): nominees inside it")
            @QueryParam("under") UUID under,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        return queries.list(movementId, state(state), organisationId, under, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    public NominationResponse one(@PathParam("movementId") UUID movementId, @PathParam("id") UUID id) {
        return queries.one(movementId, id);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "Every transition: who, when, from, to, why (Lịch sử hồ sơ)")
    public List<HistoryEntry> history(@PathParam("movementId") UUID movementId, @PathParam("id") UUID id) {
        return queries.history(movementId, id);
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Hand the nomination in before the deadline (Gửi hồ sơ)")
    public NominationResponse submit(@PathParam("movementId") UUID movementId, @PathParam("id") UUID id) {
        return submission.submit(movementId, id);
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "The office hands it back with reasons (Trả lại hồ sơ)")
    public NominationResponse handBack(@PathParam("movementId") UUID movementId, @PathParam("id") UUID id,
            @Valid @NotNull ReturnRequest request) {
        return review.handBack(movementId, id, request.reasons());
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Put it before the emulation council (Đưa ra Hội đồng xét)")
    public NominationResponse startReview(@PathParam("movementId") UUID movementId, @PathParam("id") UUID id) {
        return review.startReview(movementId, id);
    }

    @POST
    @Path("/{id}/council-vote")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "The council's vote as a tally (Kết quả biểu quyết của Hội đồng)")
    public NominationResponse councilVote(@PathParam("movementId") UUID movementId, @PathParam("id") UUID id,
            @Valid @NotNull CouncilVoteRequest request) {
        return review.councilVote(movementId, id, request);
    }

    private static NominationState state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return NominationState.valueOf(state.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("state", "không có trạng thái \"" + state + "\"");
        }
    }
}
