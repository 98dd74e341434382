package vn.dangbo.registry.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.kit.security.Roles;
import vn.dangbo.registry.organisation.OrganisationRecords.CreateOrganisationRequest;
import vn.dangbo.registry.organisation.OrganisationRecords.DissolveRequest;
import vn.dangbo.registry.organisation.OrganisationRecords.MergeRequest;
import vn.dangbo.registry.organisation.OrganisationRecords.MoveRequest;
import vn.dangbo.registry.organisation.OrganisationRecords.OrganisationResponse;
import vn.dangbo.registry.organisation.OrganisationRecords.PathStep;
import vn.dangbo.registry.organisation.OrganisationRecords.RenameRequest;
import vn.dangbo.registry.web.PageResponse;
import vn.dangbo.registry.web.Preconditions;

/**
 * Reads give the version as ETag; every change of an existing organisation requires it back in If-Match. The
 * members of an organisation, their counts and badges are served under the same paths by the member feature
 * ({@code member.OrganisationMembersResource}), which depends on the tree, never the reverse.
 */
@Path("/organisations")
@Tag(name = "Organisations", description = "Tổ chức đảng")
public class OrganisationResource {

    private final OrganisationService service;
    private final OrganisationQueries queries;

    public OrganisationResource(OrganisationService service, OrganisationQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Create an organisation under a parent (an officer: only inside their subtree)")
    public Response create(@NotNull @Valid CreateOrganisationRequest request, @Context UriInfo uri) {
        Organisation created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id.toString()).build())
                .entity(OrganisationResponse.of(created)).tag(etag(created)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "An organisation; the ETag is its version, to send back in If-Match when changing it")
    public Response get(@PathParam("id") UUID id) {
        return withTag(queries.get(id));
    }

    @PUT
    @Path("/{id}/name")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Rename an organisation (If-Match required)")
    public Response rename(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid RenameRequest request) {
        return withTag(service.rename(id, Preconditions.requiredVersion(ifMatch), request));
    }

    @PUT
    @Path("/{id}/term")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Set the current term, e.g. 2025-2030 after the congress (If-Match required)")
    public Response changeTerm(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid OrganisationRecords.TermRequest request) {
        return withTag(service.changeTerm(id, Preconditions.requiredVersion(ifMatch), request));
    }

    @POST
    @Path("/{id}/move")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Move an organisation with its subtree under another parent (If-Match required)")
    public Response move(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid MoveRequest request) {
        return withTag(service.move(id, Preconditions.requiredVersion(ifMatch), request));
    }

    @POST
    @Path("/{id}/dissolution")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Dissolve an organisation without members or active children (If-Match required)")
    public Response dissolve(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid DissolveRequest request) {
        return withTag(service.dissolve(id, Preconditions.requiredVersion(ifMatch), request));
    }

    @POST
    @Path("/{id}/merger")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Merge this organisation into a target: members and children move there (If-Match required)")
    public Response merge(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid MergeRequest request) {
        return withTag(service.merge(id, Preconditions.requiredVersion(ifMatch), request));
    }

    @GET
    @Path("/{id}/children")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    public List<OrganisationResponse> children(@PathParam("id") UUID id) {
        return queries.children(id).stream().map(OrganisationResponse::of).toList();
    }

    @GET
    @Path("/{id}/subtree")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The organisation and all its descendants, level by level, one page at a time")
    public PageResponse<OrganisationResponse> subtree(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        List<OrganisationResponse> items = queries.subtree(id, page, size).stream().map(OrganisationResponse::of)
                .toList();
        return new PageResponse<>(items, page, size, queries.subtreeSize(id));
    }

    @GET
    @Path("/{id}/path")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The ancestors from the root down to the organisation itself, with their names")
    public List<PathStep> path(@PathParam("id") UUID id) {
        return queries.pathToRoot(id).stream().map(PathStep::of).toList();
    }

    private static Response withTag(Organisation organisation) {
        return Response.ok(OrganisationResponse.of(organisation)).tag(etag(organisation)).build();
    }

    private static EntityTag etag(Organisation organisation) {
        return new EntityTag(String.valueOf(organisation.version));
    }
}
