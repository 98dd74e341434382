package vn.dangbo.emulation.task;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.movement.MovementRepository;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;

/**
 * Publishes {@code task.overdue.v1} once per task and due day, the first time the scan finds it not done after its
 * due day (today in the movement's zone, by the clock). The mark is in the row ({@code overdue_announced_for}), so a
 * restart neither repeats nor skips a task; rows are locked with SKIP LOCKED, so replicas scanning at once never
 * announce one twice. A task whose anchor moved has a new due day and may be announced again when it passes.
 */
@ApplicationScoped
public class OverdueTaskScan {

    static final int BATCH = 500;

    private final EntityManager entityManager;
    private final MovementRepository movements;
    private final ChangeRecorder changes;
    private final Clock clock;

    public OverdueTaskScan(EntityManager entityManager, MovementRepository movements, ChangeRecorder changes,
            Clock clock) {
        this.entityManager = entityManager;
        this.movements = movements;
        this.changes = changes;
        this.clock = clock;
    }

    @Scheduled(identity = "task-overdue-scan", every = "${dangbo.emulation.task-scan-interval}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scan() {
        announceOverdue();
    }

    /** Announces every task overdue now and not announced for its due day yet. @return how many it announced */
    public int announceOverdue() {
        List<Movement> all = QuarkusTransaction.requiringNew().call(movements::all);
        int total = 0;
        for (Movement movement : all) {
            LocalDate today = TaskRules.today(clock, movement.zoneId());
            int announced;
            do {
                announced = QuarkusTransaction.requiringNew().call(() -> announceBatch(movement.id, today));
                total += announced;
            } while (announced == BATCH);
        }
        return total;
    }

    @SuppressWarnings("unchecked")
    private int announceBatch(UUID movementId, LocalDate today) {
        Movement movement = movements.require(movementId);
        List<Task> overdue = entityManager.createNativeQuery("""
                select t.* from task t
                where t.movement_id = :movement and t.status <> 'DONE' and t.due_on < :today
                  and (t.overdue_announced_for is null or t.overdue_announced_for <> t.due_on)
                order by t.due_on, t.position
                limit :batch
                for update of t skip locked""", Task.class)
                .setParameter("movement", movementId)
                .setParameter("today", today)
                .setParameter("batch", BATCH)
                .getResultList();
        for (Task task : overdue) {
            long daysLate = TaskRules.daysLate(task.dueOn, today);
            changes.record(Change.of(task.id).event(TaskEvents.TOPIC, TaskEvents.OVERDUE,
                    () -> new TaskEvents.Overdue(TaskViews.movement(movement), TaskViews.state(task), today,
                            daysLate)));
            // by statement: the mark is the scan's bookkeeping, not a change of the task, so its version stays and
            // the office marking it done meanwhile is not refused as a conflict
            entityManager.createNativeQuery("update task set overdue_announced_for = due_on where id = :id")
                    .setParameter("id", task.id)
                    .executeUpdate();
        }
        return overdue.size();
    }
}
