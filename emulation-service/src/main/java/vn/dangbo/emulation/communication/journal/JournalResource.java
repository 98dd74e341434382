package vn.dangbo.emulation.communication.journal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.communication.FileRecords.FileContent;
import vn.dangbo.emulation.communication.FileRecords.FileResponse;
import vn.dangbo.emulation.communication.journal.JournalRecords.ArticleRequest;
import vn.dangbo.emulation.communication.journal.JournalRecords.ArticleResponse;
import vn.dangbo.emulation.communication.journal.JournalRecords.JournalResponse;
import vn.dangbo.emulation.communication.journal.JournalRecords.PublishRequest;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/journal")
@Tag(name = "Communications")
public class JournalResource {

    private final JournalService service;

    public JournalResource(JournalService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The journal (Tập san): articles and photos per source group, due date, publication; "
            + "warnings for a source group with no article")
    public JournalResponse journal(@PathParam("movementId") UUID movementId) {
        return service.journal(movementId);
    }

    @POST
    @Path("/articles")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Add an article to the journal, from one of the plan's source groups")
    public Response addArticle(@PathParam("movementId") UUID movementId, @Valid @NotNull ArticleRequest request) {
        ArticleResponse article = service.addArticle(movementId, request);
        return Response.created(URI.create("/movements/" + movementId + "/journal/articles/" + article.id()))
                .entity(article).build();
    }

    @POST
    @Path("/articles/{articleId}/photos")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Add a photo to an article: the body is the file, its name in ?fileName= "
            + "(size limit in settings journal.maxPhotoBytes)")
    public Response addPhoto(@PathParam("movementId") UUID movementId, @PathParam("articleId") UUID articleId,
            @QueryParam("fileName") String fileName, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream content) {
        FileResponse photo = service.addPhoto(movementId, articleId, fileName, contentType, content);
        return Response.created(URI.create("/movements/" + movementId + "/journal/photos/" + photo.id()))
                .entity(photo).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/photos/{fileId}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "A photo of the journal, as it was uploaded")
    public Response photo(@PathParam("movementId") UUID movementId, @PathParam("fileId") UUID fileId) {
        FileContent file = service.photo(movementId, fileId);
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "inline; filename*=UTF-8''" + URLEncoder.encode(
                        file.fileName(), StandardCharsets.UTF_8).replace("+", "%20")).build();
    }

    @POST
    @Path("/publish")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "The journal published: after its due date (the meeting's date + offset) it is late; "
            + "fewer copies than planned warn")
    public JournalResponse publish(@PathParam("movementId") UUID movementId, @Valid @NotNull PublishRequest request) {
        return service.publish(movementId, request);
    }
}
