package vn.dangbo.emulation.gathering;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
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
import vn.dangbo.emulation.gathering.ProgrammeRecords.ArtsItemRequest;
import vn.dangbo.emulation.gathering.ProgrammeRecords.ArtsItemResponse;
import vn.dangbo.emulation.gathering.ProgrammeRecords.LetterRequest;
import vn.dangbo.emulation.gathering.ProgrammeRecords.ProgrammeResponse;
import vn.dangbo.emulation.gathering.ProgrammeRecords.PublicationResponse;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/events/{eventId}/programme")
@Tag(name = "Events")
public class ProgrammeResource {

    private final ProgrammeService programme;

    public ProgrammeResource(ProgrammeService programme) {
        this.programme = programme;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The meeting's programme (Chương trình) in order, the award ceremony with its recipients")
    public ProgrammeResponse programme(@PathParam("movementId") UUID movementId, @PathParam("eventId") UUID eventId) {
        return programme.programme(movementId, eventId);
    }

    @POST
    @Path("/arts-items")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Add an arts item (tiết mục văn nghệ), at most the plan's number")
    public Response addArtsItem(@PathParam("movementId") UUID movementId, @PathParam("eventId") UUID eventId,
            @Valid @NotNull ArtsItemRequest request) {
        ArtsItemResponse item = programme.addArtsItem(movementId, eventId, request);
        return Response.created(URI.create("/movements/" + movementId + "/events/" + eventId
                + "/programme/arts-items/" + item.id())).entity(item).build();
    }

    @DELETE
    @Path("/arts-items/{itemId}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Remove an arts item")
    public Response removeArtsItem(@PathParam("movementId") UUID movementId, @PathParam("eventId") UUID eventId,
            @PathParam("itemId") UUID itemId) {
        programme.removeArtsItem(movementId, eventId, itemId);
        return Response.noContent().build();
    }

    @PUT
    @Path("/letter")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "The provincial secretary's letter (Thư chúc mừng): its title and who reads it")
    public ProgrammeResponse letter(@PathParam("movementId") UUID movementId, @PathParam("eventId") UUID eventId,
            @Valid @NotNull LetterRequest request) {
        return programme.letter(movementId, eventId, request);
    }

    @POST
    @Path("/publish")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Publish the programme for docs-service to print (programme.published.v1)")
    public Response publish(@PathParam("movementId") UUID movementId, @PathParam("eventId") UUID eventId) {
        PublicationResponse publication = programme.publish(movementId, eventId);
        return Response.status(Response.Status.CREATED).entity(publication).build();
    }
}
