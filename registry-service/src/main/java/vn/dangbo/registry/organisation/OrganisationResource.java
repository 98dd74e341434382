package vn.dangbo.registry.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.kit.security.Roles;
import vn.dangbo.registry.organisation.OrganisationRecords.CreateOrganisationRequest;
import vn.dangbo.registry.organisation.OrganisationRecords.OrganisationResponse;

@Path("/organisations")
@Tag(name = "Organisations", description = "Tổ chức đảng")
public class OrganisationResource {

    private final OrganisationService service;

    public OrganisationResource(OrganisationService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Create an organisation under a parent (an officer: only inside their subtree)")
    public Response create(@NotNull @Valid CreateOrganisationRequest request, @Context UriInfo uri) {
        OrganisationResponse created = OrganisationResponse.of(service.create(request));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    public OrganisationResponse get(@PathParam("id") UUID id) {
        return OrganisationResponse.of(service.get(id));
    }

    @GET
    @Path("/{id}/children")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    public List<OrganisationResponse> children(@PathParam("id") UUID id) {
        return service.children(id).stream().map(OrganisationResponse::of).toList();
    }
}
