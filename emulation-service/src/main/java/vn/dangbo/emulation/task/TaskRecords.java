package vn.dangbo.emulation.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.task.TaskEvents.BodyRef;
import vn.dangbo.emulation.task.TaskEvents.Due;

/** The task board's requests and responses. */
public final class TaskRecords {

    private TaskRecords() {
    }

    /** {@code status} TODO, IN_PROGRESS or DONE; {@code note} what was done or what holds it up. */
    public record StatusRequest(String status, String note) {
    }

    /**
     * A task as the board shows it; {@code overdue}: not done and its due day over (today in the movement's zone);
     * {@code sequence}: its calendar event's SEQUENCE.
     */
    public record TaskResponse(UUID id, UUID movementId, int blockNo, String key, String title, BodyRef owner,
            List<BodyRef> helpers, Due due, LocalDate dueOn, String dueOnText, TaskStatus status, String note,
            Instant doneAt, boolean overdue, int sequence, long version) {
    }
}
