package vn.dangbo.registry.member;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.security.Roles;
import vn.dangbo.registry.member.MemberRecords.AdmissionRequest;
import vn.dangbo.registry.member.MemberRecords.CountsResponse;
import vn.dangbo.registry.member.MemberRecords.HistoryEntryResponse;
import vn.dangbo.registry.member.MemberRecords.LifecycleStepRequest;
import vn.dangbo.registry.member.MemberRecords.MemberResponse;
import vn.dangbo.registry.member.MemberRecords.MoveToCellRequest;
import vn.dangbo.registry.member.MemberRecords.RegisterMemberRequest;
import vn.dangbo.registry.web.Preconditions;

/**
 * Members and their lifecycle. Each step takes an effective date and a decision reference; If-Match is
 * optional on steps (a stale one is refused with 412).
 */
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
        return created(service.register(request), uri);
    }

    @POST
    @Path("members/admissions")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Admit a new probationary member (age 18-60 on the admission day)")
    public Response admit(@NotNull @Valid AdmissionRequest request, @Context UriInfo uri) {
        return created(service.admit(request), uri);
    }

    @POST
    @Path("members/{id}/full-membership")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Make a probationary member a full member (after 12 months of probation)")
    public Response makeFull(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid LifecycleStepRequest step) {
        return ok(service.makeFull(id, Preconditions.optionalVersion(ifMatch), step));
    }

    @POST
    @Path("members/{id}/transfer")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Transfer the member to another cell (chuyển sinh hoạt đảng chính thức)")
    public Response transfer(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid MoveToCellRequest request) {
        return ok(service.transfer(id, Preconditions.optionalVersion(ifMatch), request));
    }

    @POST
    @Path("members/{id}/attachment")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Attach the member temporarily to another cell (sinh hoạt đảng tạm thời)")
    public Response attach(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid MoveToCellRequest request) {
        return ok(service.attach(id, Preconditions.optionalVersion(ifMatch), request));
    }

    @POST
    @Path("members/{id}/attachment/end")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "End the temporary attachment")
    public Response endAttachment(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid LifecycleStepRequest request) {
        return step(id, ifMatch, LifecycleStep.ATTACHMENT_ENDED, request);
    }

    @POST
    @Path("members/{id}/exemption")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Exempt the member from party activities (miễn sinh hoạt đảng)")
    public Response exempt(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid LifecycleStepRequest request) {
        return step(id, ifMatch, LifecycleStep.EXEMPTED, request);
    }

    @POST
    @Path("members/{id}/exemption/end")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "End the exemption from party activities")
    public Response endExemption(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid LifecycleStepRequest request) {
        return step(id, ifMatch, LifecycleStep.EXEMPTION_ENDED, request);
    }

    @POST
    @Path("members/{id}/removal")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Remove the member from the list (xóa tên)")
    public Response remove(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid LifecycleStepRequest request) {
        return step(id, ifMatch, LifecycleStep.REMOVED, request);
    }

    @POST
    @Path("members/{id}/expulsion")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Expel the member (khai trừ)")
    public Response expel(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid LifecycleStepRequest request) {
        return step(id, ifMatch, LifecycleStep.EXPELLED, request);
    }

    @POST
    @Path("members/{id}/death")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Record the member's death (từ trần)")
    public Response died(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid LifecycleStepRequest request) {
        return step(id, ifMatch, LifecycleStep.DECEASED, request);
    }

    @GET
    @Path("members/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "A member; the ETag is the version, for If-Match on lifecycle steps")
    public Response get(@PathParam("id") UUID id) {
        Member member = service.get(id);
        return Response.ok(MemberResponse.of(member, access.maySeePersonalData())).tag(etag(member)).build();
    }

    @GET
    @Path("members/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "Every lifecycle step of the member, in order")
    public List<HistoryEntryResponse> history(@PathParam("id") UUID id) {
        return service.history(id).stream().map(HistoryEntryResponse::of).toList();
    }

    @GET
    @Path("organisations/{id}/members")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    public List<MemberResponse> inOrganisation(@PathParam("id") UUID id) {
        boolean personal = access.maySeePersonalData();
        return service.inOrganisation(id).stream().map(m -> MemberResponse.of(m, personal)).toList();
    }

    @GET
    @Path("organisations/{id}/counts")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "Member counts on a date (default today) for the organisation or its whole subtree")
    public CountsResponse counts(@PathParam("id") UUID id, @QueryParam("date") LocalDate date,
            @QueryParam("scope") @DefaultValue("self") @Pattern(regexp = "self|subtree",
                    message = "phải là self hoặc subtree") String scope) {
        return service.counts(id, date == null ? LocalDate.now() : date, "subtree".equals(scope));
    }

    private Response step(UUID id, String ifMatch, LifecycleStep kind, LifecycleStepRequest request) {
        return ok(service.step(id, Preconditions.optionalVersion(ifMatch), kind, request));
    }

    private static Response ok(Member member) {
        return Response.ok(MemberResponse.of(member, true)).tag(etag(member)).build();
    }

    private static Response created(Member member, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path("members").path(member.id.toString()).build())
                .entity(MemberResponse.of(member, true)).tag(etag(member)).build();
    }

    private static EntityTag etag(Member member) {
        return new EntityTag(String.valueOf(member.version));
    }
}
