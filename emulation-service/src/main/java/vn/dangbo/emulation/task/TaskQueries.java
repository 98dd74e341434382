package vn.dangbo.emulation.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.movement.MovementRepository;
import vn.dangbo.emulation.movement.MovementSettingsStore;
import vn.dangbo.emulation.task.TaskRecords.TaskResponse;
import vn.dangbo.kit.calendar.IcsWriter;
import vn.dangbo.kit.web.ProblemException;

/** The task board as lists and as calendars; overdue is judged on today in the movement's zone by the clock. */
@ApplicationScoped
public class TaskQueries {

    static final String PRODUCT = "-//dangbo//emulation-service//VI";

    private final MovementRepository movements;
    private final MovementSettingsStore settings;
    private final TaskRepository tasks;
    private final Clock clock;

    public TaskQueries(MovementRepository movements, MovementSettingsStore settings, TaskRepository tasks,
            Clock clock) {
        this.movements = movements;
        this.settings = settings;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** The tasks, filtered by owner body code, status and overdue flag when each is given. */
    @Transactional
    public List<TaskResponse> list(UUID movementId, String owner, String status, Boolean overdue) {
        Movement movement = movements.require(movementId);
        TaskStatus wanted = status == null || status.isBlank() ? null : status(status);
        LocalDate today = TaskRules.today(clock, movement.zoneId());
        return tasks.of(movementId, owner == null || owner.isBlank() ? null : requireBody(movement, owner.strip()))
                .stream()
                .map(t -> TaskViews.response(t, today))
                .filter(t -> wanted == null || t.status() == wanted)
                .filter(t -> overdue == null || t.overdue() == overdue)
                .toList();
    }

    /** The movement's calendar (RFC 5545): every task as an all-day event on its due day; of one owner if given. */
    @Transactional
    public String calendar(UUID movementId, String owner) {
        Movement movement = movements.require(movementId);
        List<Task> listed = tasks.of(movementId, owner == null ? null : requireBody(movement, owner));
        return IcsWriter.write(PRODUCT, TaskCalendar.events(listed.stream().map(TaskViews::state).toList()),
                clock.instant());
    }

    private String requireBody(Movement movement, String code) {
        TaskSettings plan = settings.section(movement, TasksSection.NAME, TaskSettings.class);
        return plan.body(code).map(TaskSettings.Body::code).orElseThrow(() -> ProblemException.notFound(
                "Kế hoạch của phong trào thi đua không có cơ quan với mã " + code + " (các mã: " + String.join(", ",
                        plan.bodies().stream().map(TaskSettings.Body::code).toList()) + ")"));
    }

    private static TaskStatus status(String status) {
        try {
            return TaskStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "không có trạng thái " + status + " (các trạng thái: "
                    + String.join(", ", Arrays.stream(TaskStatus.values()).map(Enum::name).toList()) + ")");
        }
    }
}
