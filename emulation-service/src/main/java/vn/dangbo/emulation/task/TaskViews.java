package vn.dangbo.emulation.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.LocalDate;
import java.util.List;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.movement.MovementViews;
import vn.dangbo.emulation.plan.MovementPlans;
import vn.dangbo.emulation.task.TaskEvents.BodyRef;
import vn.dangbo.emulation.task.TaskEvents.Due;
import vn.dangbo.emulation.task.TaskEvents.MovementRef;
import vn.dangbo.emulation.task.TaskEvents.TaskState;
import vn.dangbo.emulation.task.TaskRecords.TaskResponse;

/** A task as a response, as an event's state, and its helpers to and from their stored JSON. */
final class TaskViews {

    private static final TypeReference<List<BodyRef>> BODIES = new TypeReference<>() {
    };

    private TaskViews() {
    }

    static TaskResponse response(Task task, LocalDate today) {
        return new TaskResponse(task.id, task.movementId, task.blockNo, task.key, task.title, owner(task),
                helpers(task), due(task), task.dueOn, MovementViews.day(task.dueOn), task.status, task.note,
                task.doneAt, TaskRules.isOverdue(task.status, task.dueOn, today), task.sequence, task.version);
    }

    static TaskState state(Task task) {
        return new TaskState(task.id, task.blockNo, task.key, task.title, owner(task), helpers(task), due(task),
                task.dueOn, task.status.name(), task.sequence);
    }

    static MovementRef movement(Movement movement) {
        return new MovementRef(movement.id, movement.name);
    }

    static List<BodyRef> helpers(Task task) {
        try {
            return MovementPlans.JSON.readValue(task.helpers, BODIES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("task " + task.id + " has helpers that are not JSON", e);
        }
    }

    static String helpersJson(List<BodyRef> helpers) {
        try {
            return MovementPlans.JSON.writeValueAsString(helpers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BodyRef owner(Task task) {
        return new BodyRef(task.ownerCode, task.ownerName);
    }

    private static Due due(Task task) {
        return new Due(task.dueDate, task.dueAnchor, task.dueOffsetDays);
    }
}
