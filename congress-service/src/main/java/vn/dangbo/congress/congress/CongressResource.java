package vn.dangbo.congress.congress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.congress.congress.CongressRecords.CancelCongressRequest;
import vn.dangbo.congress.congress.CongressRecords.CongressResponse;
import vn.dangbo.congress.congress.CongressRecords.RescheduleCongressRequest;
import vn.dangbo.congress.congress.CongressRecords.ScheduleCongressRequest;
import vn.dangbo.congress.plandata.VietnamDay;
import vn.dangbo.kit.security.Roles;

@Path("/congresses")
@Tag(name = "Congresses", description = "Đại hội")
public class CongressResource {

    private final ScheduleCongress schedule;
    private final RescheduleCongress reschedule;
    private final CancelCongress cancel;
    private final RecordCongressHeld held;
    private final CongressLookup lookup;

    public CongressResource(ScheduleCongress schedule, RescheduleCongress reschedule, CancelCongress cancel,
            RecordCongressHeld held, CongressLookup lookup) {
        this.schedule = schedule;
        this.reschedule = reschedule;
        this.cancel = cancel;
        this.held = held;
        this.lookup = lookup;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Schedule an organisation's congress (an officer: only inside their subtree); "
            + "publishes vn.dangbo.congress.congress.scheduled.v1")
    public Response schedule(@NotNull @Valid ScheduleCongressRequest request, @Context UriInfo uri) {
        CongressResponse created = view(schedule.schedule(request));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @POST
    @Path("/{id}/reschedule")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Move a congress to new dates with a reason, every rule of its round checked again; "
            + "publishes vn.dangbo.congress.congress.rescheduled.v1")
    public CongressResponse reschedule(@PathParam("id") UUID id, @NotNull @Valid RescheduleCongressRequest request) {
        return view(reschedule.reschedule(id, request));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Call a congress off with a reason (the organisation may then have a new one in the "
            + "round); publishes vn.dangbo.congress.congress.cancelled.v1")
    public CongressResponse cancel(@PathParam("id") UUID id, @NotNull @Valid CancelCongressRequest request) {
        return view(cancel.cancel(id, request));
    }

    @POST
    @Path("/{id}/held")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Record that a congress took place (from its first day on); publishes "
            + "vn.dangbo.congress.congress.held.v1")
    public CongressResponse held(@PathParam("id") UUID id) {
        return view(held.held(id, VietnamDay.today()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    public CongressResponse get(@PathParam("id") UUID id) {
        return view(lookup.get(id));
    }

    /** The congress as the API shows it, with its organisation's name as the registry last published it. */
    private CongressResponse view(Congress congress) {
        return CongressResponse.of(congress, lookup.organisationName(congress));
    }
}
