package vn.dangbo.emulation.communication.traditionroom;

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
import vn.dangbo.emulation.communication.traditionroom.TraditionRoomRecords.CompleteRequest;
import vn.dangbo.emulation.communication.traditionroom.TraditionRoomRecords.ExhibitRequest;
import vn.dangbo.emulation.communication.traditionroom.TraditionRoomRecords.ExhibitResponse;
import vn.dangbo.emulation.communication.traditionroom.TraditionRoomRecords.TraditionRoomResponse;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/tradition-room")
@Tag(name = "Communications")
public class TraditionRoomResource {

    private final TraditionRoomService service;

    public TraditionRoomResource(TraditionRoomService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The tradition room (Phòng truyền thống): its exhibits by kind and its completion")
    public TraditionRoomResponse room(@PathParam("movementId") UUID movementId) {
        return service.room(movementId);
    }

    @POST
    @Path("/exhibits")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Catalogue an exhibit: title, kind, source, period")
    public Response catalogue(@PathParam("movementId") UUID movementId, @Valid @NotNull ExhibitRequest request) {
        ExhibitResponse exhibit = service.catalogue(movementId, request);
        return Response.created(URI.create("/movements/" + movementId + "/tradition-room/exhibits/" + exhibit.id()))
                .entity(exhibit).build();
    }

    @POST
    @Path("/exhibits/{exhibitId}/photos")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Add a photo of an exhibit: the body is the file, its name in ?fileName= "
            + "(size limit in settings traditionRoom.maxPhotoBytes)")
    public Response addPhoto(@PathParam("movementId") UUID movementId, @PathParam("exhibitId") UUID exhibitId,
            @QueryParam("fileName") String fileName, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream content) {
        FileResponse photo = service.addPhoto(movementId, exhibitId, fileName, contentType, content);
        return Response.created(URI.create("/movements/" + movementId + "/tradition-room/photos/" + photo.id()))
                .entity(photo).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/photos/{fileId}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "A photo of an exhibit, as it was uploaded")
    public Response photo(@PathParam("movementId") UUID movementId, @PathParam("fileId") UUID fileId) {
        FileContent file = service.photo(movementId, fileId);
        return Response.ok(file.content(), file.contentType()).header("Content-Disposition",
                "inline; filename*=UTF-8''" + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8)
                        .replace("+", "%20")).build();
    }

    @POST
    @Path("/complete")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "The tradition room completed: after traditionRoom.dueBy it is late")
    public TraditionRoomResponse complete(@PathParam("movementId") UUID movementId,
            @Valid @NotNull CompleteRequest request) {
        return service.complete(movementId, request);
    }
}
