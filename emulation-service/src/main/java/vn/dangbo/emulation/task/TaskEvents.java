package vn.dangbo.emulation.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The task board's events on {@code emulation.tasks.v1} (key = task id); their schemas are
 * {@code events/schemas/<type>.json}. A task names its owner and helper bodies by code and name, never a person.
 */
public final class TaskEvents {

    public static final String TOPIC = "emulation.tasks.v1";
    public static final String ASSIGNED = "vn.dangbo.emulation.task.assigned.v1";
    public static final String OVERDUE = "vn.dangbo.emulation.task.overdue.v1";
    public static final String DONE = "vn.dangbo.emulation.task.done.v1";

    private TaskEvents() {
    }

    public record MovementRef(UUID id, String name) {
    }

    public record BodyRef(String code, String name) {
    }

    /** The due rule as the plan writes it: a fixed date, or an anchor and an offset in days. */
    public record Due(LocalDate date, String anchor, Integer offsetDays) {
    }

    public record TaskState(UUID id, int blockNo, String key, String title, BodyRef owner, List<BodyRef> helpers,
            Due due, LocalDate dueOn, String status, int sequence) {
    }

    /** A task of the plan given to its owner body at the movement's launch. */
    public record Assigned(MovementRef movement, TaskState task) {
    }

    /** A task found not done after its due day, once per task and due day. */
    public record Overdue(MovementRef movement, TaskState task, LocalDate today, long daysLate) {
    }

    /** A task marked done by the office, with its note. */
    public record Done(MovementRef movement, TaskState task, String note, Instant doneAt) {
    }
}
