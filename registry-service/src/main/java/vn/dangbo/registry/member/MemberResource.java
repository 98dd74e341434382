package vn.dangbo.registry.member;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import vn.dangbo.kit.security.PersonalDataGrant;
import vn.dangbo.kit.security.Roles;
import vn.dangbo.registry.member.MemberRecords.AdmissionRequest;
import vn.dangbo.registry.member.MemberRecords.AssignPositionRequest;
import vn.dangbo.registry.member.MemberRecords.EndPositionRequest;
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

    private final MemberRegistration registration;
    private final LifecycleSteps steps;
    private final PositionAssignments positions;
    private final MemberSearchService search;
    private final MemberQueries queries;
    private final AccessGuard access;

    public MemberResource(MemberRegistration registration, LifecycleSteps steps, PositionAssignments positions,
            MemberSearchService search, MemberQueries queries, AccessGuard access) {
        this.registration = registration;
        this.steps = steps;
        this.positions = positions;
        this.search = search;
        this.queries = queries;
        this.access = access;
    }

    @POST
    @Path("members")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Register a member record in a cell (an officer: only inside their subtree)")
    public Response register(@NotNull @Valid RegisterMemberRequest request, @Context UriInfo uri) {
        return created(registration.register(request), uri);
    }

    @POST
    @Path("members/admissions")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Admit a new probationary member (age 18-60 on the admission day)")
    public Response admit(@NotNull @Valid AdmissionRequest request, @Context UriInfo uri) {
        return created(registration.admit(request), uri);
    }

    @POST
    @Path("members/{id}/full-membership")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Make a probationary member a full member (after 12 months of probation)")
    public Response makeFull(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid LifecycleStepRequest step) {
        return ok(steps.makeFull(id, Preconditions.optionalVersion(ifMatch), step));
    }

    @POST
    @Path("members/{id}/transfer")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Transfer the member to another cell (chuyển sinh hoạt đảng chính thức)")
    public Response transfer(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid MoveToCellRequest request) {
        return ok(steps.transfer(id, Preconditions.optionalVersion(ifMatch), request));
    }

    @POST
    @Path("members/{id}/attachment")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Attach the member temporarily to another cell (sinh hoạt đảng tạm thời)")
    public Response attach(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid MoveToCellRequest request) {
        return ok(steps.attach(id, Preconditions.optionalVersion(ifMatch), request));
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

    @POST
    @Path("members/{id}/positions")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Give the member a position in a party body (chức vụ Đảng: bí thư, phó bí thư, cấp ủy viên, "
            + "ủy viên ban thường vụ, ủy viên, chủ nhiệm ủy ban kiểm tra); an officer: a body of their subtree")
    public Response assignPosition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid AssignPositionRequest request, @Context UriInfo uri) {
        Member member = positions.assignPosition(id, Preconditions.optionalVersion(ifMatch), request);
        return Response.created(uri.getBaseUriBuilder().path("members").path(member.id.toString()).build())
                .entity(personalView(member)).tag(etag(member)).build();
    }

    @POST
    @Path("members/{id}/positions/{positionId}/end")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "End a position in a party body (the first day it is no longer held)")
    public Response endPosition(@PathParam("id") UUID id, @PathParam("positionId") UUID positionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid EndPositionRequest request) {
        return ok(positions.endPosition(id, positionId, Preconditions.optionalVersion(ifMatch), request));
    }

    @GET
    @Path("members")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "Search members: accent-insensitive name, filters, Vietnamese list order, keyset pages",
            description = MemberRecords.PERSONAL_DATA + " bornFrom/bornTo are taken by month unless the caller may see "
                    + "the personal data of the whole organisationId subtree.")
    public MemberRecords.MemberPage search(@QueryParam("q") @Size(max = 200) String name,
            @QueryParam("organisationId") UUID subtreeOf, @QueryParam("status") MemberStatus status,
            @QueryParam("state") @DefaultValue("ACTIVE") Standing state, @QueryParam("sex") Sex sex,
            @QueryParam("bornFrom") LocalDate bornFrom, @QueryParam("bornTo") LocalDate bornTo,
            @QueryParam("ethnicity") @Size(max = 50) String ethnicity, @QueryParam("cursor") String cursor,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        PersonalDataGrant personal = access.personalDataGrant();
        if (!personal.maySee(subtreeOf)) {
            // the full birth date is personal data: outside the members whose data the caller may see (a viewer's
            // search, an officer's beyond their subtree) the range is taken by month, or ranges would reveal it
            bornFrom = bornFrom == null ? null : bornFrom.withDayOfMonth(1);
            bornTo = bornTo == null ? null : bornTo.withDayOfMonth(bornTo.lengthOfMonth());
        }
        MemberSearchService.SearchPage page = search.search(new MemberSearch.Filters(name, subtreeOf, status, state, sex,
                bornFrom, bornTo, ethnicity), cursor, size);
        return new MemberRecords.MemberPage(page.items().stream()
                .map(m -> MemberResponse.of(m, personal.maySee(m.organisationId))).toList(), page.nextCursor());
    }

    @GET
    @Path("members/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "A member; the ETag is the version, for If-Match on lifecycle steps",
            description = MemberRecords.PERSONAL_DATA)
    public Response get(@PathParam("id") UUID id) {
        Member member = queries.get(id);
        return Response.ok(MemberResponse.of(member, access.maySeePersonalData(member.organisationId)))
                .tag(etag(member)).build();
    }

    @GET
    @Path("members/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "Every lifecycle step of the member, in order")
    public List<HistoryEntryResponse> history(@PathParam("id") UUID id) {
        return queries.history(id).stream().map(HistoryEntryResponse::of).toList();
    }

    private Response step(UUID id, String ifMatch, LifecycleStep kind, LifecycleStepRequest request) {
        return ok(steps.step(id, Preconditions.optionalVersion(ifMatch), kind, request));
    }

    private Response ok(Member member) {
        return Response.ok(personalView(member)).tag(etag(member)).build();
    }

    private Response created(Member member, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path("members").path(member.id.toString()).build())
                .entity(personalView(member)).tag(etag(member)).build();
    }

    /**
     * The member as changed, personal data by the same rule as a read: an officer who transferred a member out of
     * their subtree no longer sees that member's national ID.
     */
    private MemberResponse personalView(Member member) {
        return MemberResponse.of(member, access.maySeePersonalData(member.organisationId));
    }

    private static EntityTag etag(Member member) {
        return new EntityTag(String.valueOf(member.version));
    }
}
