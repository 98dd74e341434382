package vn.dangbo.emulation.movement;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.movement.MovementRecords.AnchorResponse;
import vn.dangbo.emulation.movement.MovementRecords.EligibleOrganisationResponse;
import vn.dangbo.emulation.movement.MovementRecords.LaunchRequest;
import vn.dangbo.emulation.movement.MovementRecords.MovementResponse;
import vn.dangbo.emulation.movement.MovementRecords.PlanResponse;
import vn.dangbo.emulation.movement.MovementRecords.RescheduleRequest;
import vn.dangbo.emulation.movement.MovementRecords.SettingsResponse;
import vn.dangbo.emulation.plan.MovementPlans;
import vn.dangbo.kit.security.Roles;
import vn.dangbo.kit.web.ProblemException;

@Path("/movements")
@Tag(name = "Movements", description = "Phong trào thi đua")
public class MovementResource {

    private final MovementService service;
    private final MovementLaunch launch;
    private final AnchorRescheduling rescheduling;
    private final SettingsChange settingsChange;
    private final MovementViews views;
    private final MovementPlans plans;

    public MovementResource(MovementService service, MovementLaunch launch, AnchorRescheduling rescheduling,
            SettingsChange settingsChange, MovementViews views, MovementPlans plans) {
        this.service = service;
        this.launch = launch;
        this.rescheduling = rescheduling;
        this.settingsChange = settingsChange;
        this.views = views;
        this.plans = plans;
    }

    @GET
    @Path("/eligible-organisations")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "Grassroots organisations that may register for the emulation movement, in Vietnamese "
            + "alphabetical order (Tổ chức cơ sở đảng được đăng ký tham gia phong trào thi đua)")
    public List<EligibleOrganisationResponse> eligibleOrganisations(
            @Parameter(description = "The bloc committee running the movement; without it, every known bloc")
            @QueryParam("blocId") String blocId) {
        return service.eligibleOrganisations(parseBlocId(blocId)).stream()
                .map(EligibleOrganisationResponse::of)
                .toList();
    }

    @GET
    @Path("/plans")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The plans a movement may be launched from (Kế hoạch)")
    public List<PlanResponse> plans() {
        return plans.all().stream().map(p -> new PlanResponse(p.id(), p.name(), p.source(), p.period().from(),
                p.period().to())).toList();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Launch a bloc's movement from a plan (Phát động phong trào thi đua)")
    public Response launch(@Valid @NotNull LaunchRequest request) {
        MovementResponse movement = launch.launch(request);
        return Response.created(URI.create("/movements/" + movement.id())).entity(movement).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "Every movement, the latest first")
    public List<MovementResponse> all() {
        return views.all();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "A movement: its period and anchors (the meeting, the seminar, the tournament's finals)")
    public MovementResponse one(@PathParam("id") UUID id) {
        return views.one(id);
    }

    @GET
    @Path("/{id}/participants")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The organisations taking part: the active grassroots organisations of the bloc's subtree")
    public List<EligibleOrganisationResponse> participants(@PathParam("id") UUID id) {
        return views.participants(id);
    }

    @PUT
    @Path("/{id}/anchors/{key}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Move an anchor (the meeting to 17/5): every deadline anchored to it moves with it")
    public AnchorResponse reschedule(@PathParam("id") UUID id, @PathParam("key") String key,
            @Valid @NotNull RescheduleRequest request) {
        return rescheduling.reschedule(id, key, request.date());
    }

    @GET
    @Path("/{id}/settings")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The movement's settings, section by section (quotas, deadlines, thresholds, categories)")
    public SettingsResponse settings(@PathParam("id") UUID id) {
        return views.settings(id);
    }

    @PUT
    @Path("/{id}/settings/{section}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Change one section of the movement's settings (checked by the feature that reads it)")
    public SettingsResponse changeSettings(@PathParam("id") UUID id, @PathParam("section") String section,
            @RequestBody(required = true, description = "The section's new value, in the shape its feature reads",
                    content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.OBJECT,
                            additionalProperties = Schema.True.class))) JsonNode value) {
        return views.settings(settingsChange.replaceSection(id, section, value));
    }

    private static UUID parseBlocId(String blocId) {
        if (blocId == null || blocId.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(blocId.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("blocId", "không phải mã UUID hợp lệ");
        }
    }
}
