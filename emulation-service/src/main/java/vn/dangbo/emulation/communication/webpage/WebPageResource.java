package vn.dangbo.emulation.communication.webpage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.communication.webpage.WebPageRecords.PostRequest;
import vn.dangbo.emulation.communication.webpage.WebPageRecords.PostResponse;
import vn.dangbo.emulation.communication.webpage.WebPageRecords.WebPageRequest;
import vn.dangbo.emulation.communication.webpage.WebPageRecords.WebPageResponse;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/web-page")
@Tag(name = "Communications")
public class WebPageResource {

    private final WebPageService service;

    public WebPageResource(WebPageService service) {
        this.service = service;
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Declare the movement's web page (Chuyên trang): live after the plan's day is late")
    public WebPageResponse declare(@PathParam("movementId") UUID movementId, @Valid @NotNull WebPageRequest request) {
        return service.declare(movementId, request);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The web page and its posts")
    public WebPageResponse page(@PathParam("movementId") UUID movementId) {
        return service.page(movementId);
    }

    @POST
    @Path("/posts")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Record a post of the web page (not dated before the page is live)")
    public Response post(@PathParam("movementId") UUID movementId, @Valid @NotNull PostRequest request) {
        PostResponse post = service.post(movementId, request);
        return Response.created(URI.create("/movements/" + movementId + "/web-page/posts/" + post.id()))
                .entity(post).build();
    }
}
