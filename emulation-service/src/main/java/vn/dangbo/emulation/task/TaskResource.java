package vn.dangbo.emulation.task;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.emulation.task.TaskRecords.StatusRequest;
import vn.dangbo.emulation.task.TaskRecords.TaskResponse;
import vn.dangbo.kit.security.Roles;

@Path("/movements/{movementId}/tasks")
@Tag(name = "Tasks", description = "Nhiệm vụ tổ chức thực hiện kế hoạch")
public class TaskResource {

    private final TaskQueries queries;
    private final TaskStatusChange statusChange;

    public TaskResource(TaskQueries queries, TaskStatusChange statusChange) {
        this.queries = queries;
        this.statusChange = statusChange;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The plan's tasks in its order, with owner body, helpers, due day and overdue flag "
            + "(Bảng nhiệm vụ)")
    public List<TaskResponse> list(@PathParam("movementId") UUID movementId,
            @Parameter(description = "Owner body code, e.g. BTG") @QueryParam("owner") String owner,
            @Parameter(description = "TODO, IN_PROGRESS or DONE") @QueryParam("status") String status,
            @Parameter(description = "true: only overdue tasks; false: only the others") @QueryParam("overdue")
            Boolean overdue) {
        return queries.list(movementId, owner, status, overdue);
    }

    @POST
    @Path("/{taskId}/status")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Record where a task stands; DONE publishes task.done.v1 (Cập nhật tiến độ nhiệm vụ)")
    public TaskResponse status(@PathParam("movementId") UUID movementId, @PathParam("taskId") UUID taskId,
            @NotNull StatusRequest request) {
        return statusChange.change(movementId, taskId, request);
    }
}
