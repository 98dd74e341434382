package vn.dangbo.congress.round;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.congress.round.RoundRecords.CommitteeDraftsDueRequest;
import vn.dangbo.congress.round.RoundRecords.OpenRoundRequest;
import vn.dangbo.congress.round.RoundRecords.RoundResponse;
import vn.dangbo.kit.security.Roles;

@Path("/rounds")
@Tag(name = "Congress rounds", description = "Đợt đại hội")
public class RoundResource {

    private final RoundService service;

    public RoundResource(RoundService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Open a congress round (an officer: only for a committee inside their subtree); "
            + "publishes vn.dangbo.congress.round.opened.v1")
    public Response open(@NotNull @Valid OpenRoundRequest request, @Context UriInfo uri) {
        CongressRound round = service.open(request);
        RoundResponse created = RoundResponse.of(round, service.committeeName(round));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}/committee-drafts-due")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Set or move the date by which the body above approves the committee's drafts; the "
            + "committee congress' draft deadlines move with it")
    public RoundResponse committeeDraftsDue(@PathParam("id") UUID id,
            @NotNull @Valid CommitteeDraftsDueRequest request) {
        CongressRound round = service.setCommitteeDraftsDue(id, request.committeeDraftsDue());
        return RoundResponse.of(round, service.committeeName(round));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    public RoundResponse get(@PathParam("id") UUID id) {
        CongressRound round = service.get(id);
        return RoundResponse.of(round, service.committeeName(round));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    public List<RoundResponse> list() {
        return service.list().stream().map(r -> RoundResponse.of(r, service.committeeName(r))).toList();
    }
}
