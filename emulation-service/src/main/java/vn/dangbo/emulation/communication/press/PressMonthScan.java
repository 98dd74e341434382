package vn.dangbo.emulation.communication.press;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.communication.CommunicationEvents;
import vn.dangbo.emulation.communication.OfficeDesk;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;

/**
 * Publishes {@code press.month-missed.v1} once per movement and month, the first time a scan finds the month ended
 * without a press item. The announced months are a table whose key refuses a second row, so a restart or two replicas
 * scanning at once never announce a month twice; an item recorded late for a month already announced does not take
 * the announcement back (it happened).
 */
@ApplicationScoped
public class PressMonthScan {

    private final EntityManager entityManager;
    private final PressItems items;
    private final OfficeDesk desk;
    private final ChangeRecorder changes;

    public PressMonthScan(EntityManager entityManager, PressItems items, OfficeDesk desk, ChangeRecorder changes) {
        this.entityManager = entityManager;
        this.items = items;
        this.desk = desk;
        this.changes = changes;
    }

    @Scheduled(identity = "press-month-scan", every = "${dangbo.emulation.press-scan-interval}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scan() {
        announceMissed();
    }

    /** @return how many months it announced, over every movement */
    public int announceMissed() {
        List<UUID> movements = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select m.id from Movement m order by m.id", UUID.class).getResultList());
        int announced = 0;
        for (UUID movementId : movements) {
            announced += QuarkusTransaction.requiringNew().call(() -> announce(movementId));
        }
        return announced;
    }

    private int announce(UUID movementId) {
        Movement movement = desk.read(movementId);
        PressSettings settings = desk.section(movement, PressSection.NAME, PressSettings.class);
        List<YearMonth> missed = PressCoverageRules.missed(settings.monthlyFrom(), settings.monthlyUntil(),
                items.counts(movementId), desk.today(movement));
        int announced = 0;
        for (YearMonth month : missed) {
            int inserted = entityManager.createNativeQuery("insert into press_month_announced (movement_id, month) "
                            + "values (:m, :month) on conflict do nothing")
                    .setParameter("m", movementId).setParameter("month", month.toString()).executeUpdate();
            if (inserted == 1) {
                changes.record(Change.of(movementId).event(CommunicationEvents.TOPIC,
                        CommunicationEvents.PRESS_MONTH_MISSED, () -> new CommunicationEvents.PressMonthMissed(
                                desk.ref(movement), month.toString(), month.atEndOfMonth(),
                                settings.monthlyFrom().toString(), settings.monthlyUntil().toString())));
                announced++;
            }
        }
        return announced;
    }
}
