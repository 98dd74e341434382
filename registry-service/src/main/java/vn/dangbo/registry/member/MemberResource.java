package vn.dangbo.registry.member;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.security.Roles;
import vn.dangbo.registry.member.MemberRecords.LifecycleStepRequest;
import vn.dangbo.registry.member.MemberRecords.MemberResponse;
import vn.dangbo.registry.member.MemberRecords.RegisterMemberRequest;

@Path("/")
@Tag(name = "Members", description = "Đảng viên")
public class MemberResource {

    private final MemberService service;
    private final AccessGuard access;

    public MemberResource(MemberService service, AccessGuard access) {
        this.service = service;
        this.access = access;
    }

    @POST
    @Path("members")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Register a member record in a cell (an officer: only inside their subtree)")
    public Response register(@NotNull @Valid RegisterMemberRequest request, @Context UriInfo uri) {
        MemberResponse created = MemberResponse.of(service.register(request), true);
        return Response.created(uri.getBaseUriBuilder().path("members").path(created.id().toString()).build())
                .entity(created).build();
    }

    @POST
    @Path("members/{id}/full-membership")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Make a probationary member a full member (after 12 months of probation)")
    public MemberResponse makeFull(@PathParam("id") UUID id, @NotNull @Valid LifecycleStepRequest step) {
        return MemberResponse.of(service.makeFull(id, step), true);
    }

    @GET
    @Path("members/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    public MemberResponse get(@PathParam("id") UUID id) {
        return MemberResponse.of(service.get(id), access.maySeePersonalData());
    }

    @GET
    @Path("organisations/{id}/members")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    public List<MemberResponse> inOrganisation(@PathParam("id") UUID id) {
        boolean personal = access.maySeePersonalData();
        return service.inOrganisation(id).stream().map(m -> MemberResponse.of(m, personal)).toList();
    }
}
