package vn.dangbo.emulation.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.UUID;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.movement.MovementRepository;
import vn.dangbo.emulation.task.TaskRecords.StatusRequest;
import vn.dangbo.emulation.task.TaskRecords.TaskResponse;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.ProblemException;

/**
 * The office records where a task stands (the task board is the bloc's: write access on the bloc). Done publishes
 * {@code task.done.v1}; entering or leaving DONE changes the task's calendar event, so its SEQUENCE is raised.
 */
@ApplicationScoped
public class TaskStatusChange {

    static final int MAX_NOTE = 2000;

    private final MovementRepository movements;
    private final TaskRepository tasks;
    private final AccessGuard access;
    private final ChangeRecorder changes;
    private final Clock clock;

    public TaskStatusChange(MovementRepository movements, TaskRepository tasks, AccessGuard access,
            ChangeRecorder changes, Clock clock) {
        this.movements = movements;
        this.tasks = tasks;
        this.access = access;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public TaskResponse change(UUID movementId, UUID taskId, StatusRequest request) {
        Movement movement = movements.require(movementId);
        access.requireWriteAccess(movement.blocId);
        TaskStatus status = status(request);
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        if (note != null && note.length() > MAX_NOTE) {
            throw ProblemException.invalid("note", "tối đa " + MAX_NOTE + " ký tự");
        }
        Task task = tasks.find(movementId, taskId).orElseThrow(() -> ProblemException.notFound(
                "Phong trào thi đua không có nhiệm vụ với mã " + taskId));
        TaskEvents.TaskState before = TaskViews.state(task);
        if ((task.status == TaskStatus.DONE) != (status == TaskStatus.DONE)) {
            task.sequence++;
        }
        boolean done = status == TaskStatus.DONE && task.status != TaskStatus.DONE;
        task.status = status;
        task.note = note;
        task.doneAt = status == TaskStatus.DONE ? (done ? clock.instant() : task.doneAt) : null;
        Change change = Change.of(task.id).audit("task", "STATUS:" + status, before, () -> TaskViews.state(task));
        if (done) {
            change.event(TaskEvents.TOPIC, TaskEvents.DONE, () -> new TaskEvents.Done(TaskViews.movement(movement),
                    TaskViews.state(task), task.note, task.doneAt));
        }
        changes.record(change);
        return TaskViews.response(task, TaskRules.today(clock, movement.zoneId()));
    }

    private static TaskStatus status(StatusRequest request) {
        if (request == null || request.status() == null || request.status().isBlank()) {
            throw ProblemException.invalid("status", "phải có (TODO, IN_PROGRESS hoặc DONE)");
        }
        try {
            return TaskStatus.valueOf(request.status().strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "không có trạng thái " + request.status() + " (các trạng thái: "
                    + String.join(", ", Arrays.stream(TaskStatus.values()).map(Enum::name).toList()) + ")");
        }
    }
}
