package vn.dangbo.emulation.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dangbo.emulation.movement.AnchorMoved;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.movement.MovementAnchor;
import vn.dangbo.emulation.movement.MovementLaunched;
import vn.dangbo.emulation.movement.MovementRepository;
import vn.dangbo.emulation.movement.MovementSettingsStore;
import vn.dangbo.emulation.task.TaskEvents.BodyRef;
import vn.dangbo.emulation.task.TaskSettings.Assignment;
import vn.dangbo.emulation.task.TaskSettings.Block;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;

/**
 * The task board follows the movement: at launch the plan's assignments become tasks, each assigned by an event;
 * when an anchor moves (the meeting to 17/5), the tasks due by it move with it, in the same transaction, and their
 * calendar events get a raised SEQUENCE so subscribed calendars replace them. Fixed-dated tasks stay.
 */
@ApplicationScoped
public class TaskBoard {

    private final MovementRepository movements;
    private final MovementSettingsStore settings;
    private final TaskRepository tasks;
    private final ChangeRecorder changes;

    public TaskBoard(MovementRepository movements, MovementSettingsStore settings, TaskRepository tasks,
            ChangeRecorder changes) {
        this.movements = movements;
        this.settings = settings;
        this.tasks = tasks;
        this.changes = changes;
    }

    void load(@Observes MovementLaunched launched) {
        Movement movement = movements.require(launched.movementId());
        TaskSettings plan = settings.section(movement, TasksSection.NAME, TaskSettings.class);
        Map<String, LocalDate> anchors = new LinkedHashMap<>();
        for (MovementAnchor anchor : movements.anchors(movement.id)) {
            anchors.put(anchor.key, anchor.effectiveDate());
        }
        int position = 0;
        for (Block block : plan.blocks()) {
            for (Assignment assignment : block.tasks()) {
                Task task = task(movement.id, plan, block, assignment, anchors, position++);
                tasks.persist(task);
                changes.record(Change.of(task.id)
                        .event(TaskEvents.TOPIC, TaskEvents.ASSIGNED,
                                () -> new TaskEvents.Assigned(TaskViews.movement(movement), TaskViews.state(task)))
                        .audit("task", "ASSIGNED", null, () -> TaskViews.state(task)));
            }
        }
    }

    void move(@Observes AnchorMoved moved) {
        Map<String, LocalDate> anchors = Map.of(moved.key(), moved.after());
        for (Task task : tasks.anchoredTo(moved.movementId(), moved.key())) {
            LocalDate dueOn = TaskRules.dueOn(task.dueRule(), anchors);
            if (!dueOn.equals(task.dueOn)) {
                TaskEvents.TaskState before = TaskViews.state(task);
                task.dueOn = dueOn;
                task.sequence++;
                changes.record(Change.of(task.id).audit("task", "DUE_MOVED:" + moved.key(), before,
                        () -> TaskViews.state(task)));
            }
        }
    }

    private static Task task(UUID movementId, TaskSettings plan, Block block, Assignment assignment,
            Map<String, LocalDate> anchors, int position) {
        Task task = new Task();
        task.id = UUID.randomUUID();
        task.movementId = movementId;
        task.blockNo = block.no();
        task.position = position;
        task.key = assignment.key();
        task.title = assignment.title();
        task.ownerCode = block.owner();
        task.ownerName = name(plan, block.owner());
        List<BodyRef> helpers = assignment.helpers().stream().map(code -> new BodyRef(code, name(plan, code)))
                .toList();
        task.helpers = TaskViews.helpersJson(helpers);
        task.dueDate = assignment.due().date();
        task.dueAnchor = assignment.due().anchor();
        task.dueOffsetDays = assignment.due().isAnchored() ? offset(assignment) : null;
        task.dueOn = TaskRules.dueOn(assignment.due(), anchors);
        task.status = TaskStatus.TODO;
        return task;
    }

    private static int offset(Assignment assignment) {
        Integer offset = assignment.due().offsetDays();
        return offset == null ? 0 : offset;
    }

    private static String name(TaskSettings plan, String code) {
        return plan.body(code).map(TaskSettings.Body::name)
                .orElseThrow(() -> new IllegalStateException("the tasks section has no body " + code));
    }
}
