package vn.dangbo.emulation.invitation;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.invitation.InvitationRecords.GuestRequest;
import vn.dangbo.emulation.invitation.InvitationRecords.GuestResponse;
import vn.dangbo.emulation.invitation.InvitationRecords.ImportResponse;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/events/{eventId}/guests")
@Tag(name = "Invitations", description = "Thành phần mời, giấy mời hội thảo và gặp mặt")
public class GuestResource {

    private final GuestBook guests;

    public GuestResource(GuestBook guests) {
        this.guests = guests;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Invite a person outside the registry into a guest group (name, title, organisation)")
    public Response add(@PathParam("movementId") UUID movementId, @PathParam("eventId") UUID eventId,
            @Valid @NotNull GuestRequest request) {
        GuestResponse guest = guests.add(movementId, eventId, request);
        return Response.created(URI.create("/movements/" + movementId + "/events/" + eventId + "/guests/"
                + guest.id())).entity(guest).build();
    }

    @POST
    @Blocking
    @Path("/import")
    @Consumes({"text/csv", "text/plain", "application/octet-stream", GuestBook.XLSX})
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Import guests from a spreadsheet (CSV or XLSX; columns nhóm, họ tên, chức vụ, đơn vị): bad"
            + " rows are listed with their row number, good rows are kept")
    public ImportResponse importGuests(@PathParam("movementId") UUID movementId, @PathParam("eventId") UUID eventId,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        return guests.importGuests(movementId, eventId, contentType, body);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The guests the office entered, in the order entered")
    public List<GuestResponse> list(@PathParam("movementId") UUID movementId, @PathParam("eventId") UUID eventId) {
        return guests.list(movementId, eventId);
    }

    @PUT
    @Path("/{guestId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Correct a guest (group, name, title, organisation): re-invited at the next issue")
    public GuestResponse change(@PathParam("movementId") UUID movementId, @PathParam("eventId") UUID eventId,
            @PathParam("guestId") UUID guestId, @Valid @NotNull GuestRequest request) {
        return guests.change(movementId, eventId, guestId, request);
    }

    @DELETE
    @Path("/{guestId}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Remove a guest: at the next refresh they are withdrawn from the invitees")
    public Response remove(@PathParam("movementId") UUID movementId, @PathParam("eventId") UUID eventId,
            @PathParam("guestId") UUID guestId) {
        guests.remove(movementId, eventId, guestId);
        return Response.noContent().build();
    }
}
