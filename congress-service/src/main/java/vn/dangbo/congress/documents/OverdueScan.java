package vn.dangbo.congress.documents;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import vn.dangbo.congress.checklist.ChecklistRules;
import vn.dangbo.congress.plandata.VietnamDay;

/**
 * Publishes {@code document.overdue.v1} once per item and due date, the first time the scan finds it past due and
 * not done. The state is in the table ({@code overdue_announced_for}), so a restart neither repeats nor skips an
 * item; each batch locks its rows with SKIP LOCKED, so replicas scanning at once share the items and never announce
 * one twice. A congress moved to later dates has new due dates: its items may be announced again when those pass.
 */
@ApplicationScoped
public class OverdueScan {

    static final int BATCH = 500;

    private final EntityManager entityManager;
    private final DocumentChanges changes;

    public OverdueScan(EntityManager entityManager, DocumentChanges changes) {
        this.entityManager = entityManager;
        this.changes = changes;
    }

    @Scheduled(identity = "overdue-scan", every = "${dangbo.congress.overdue-scan-interval}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scan() {
        announceOverdue(VietnamDay.today());
    }

    /** Announces every item overdue on {@code today} not announced yet. @return how many it announced */
    public int announceOverdue(LocalDate today) {
        int total = 0;
        int announced;
        do {
            announced = QuarkusTransaction.requiringNew().call(() -> announceBatch(today));
            total += announced;
        } while (announced == BATCH);
        return total;
    }

    @SuppressWarnings("unchecked")
    private int announceBatch(LocalDate today) {
        List<CongressDocument> overdue = entityManager.createNativeQuery("""
                select d.* from congress_document d
                join congress c on c.id = d.congress_id
                where d.due_date < :today and\s""" + OverdueQueries.NOT_DONE + """
                  and (d.overdue_announced_for is null or d.overdue_announced_for <> d.due_date)
                  and c.status <> 'CANCELLED'
                order by d.due_date
                limit :batch
                for update of d skip locked""", CongressDocument.class)
                .setParameter("today", today)
                .setParameter("batch", BATCH)
                .getResultList();
        for (CongressDocument document : overdue) {
            long daysLate = ChecklistRules.daysLate(document.dueDate, today);
            changes.record(document, DocumentEvents.OVERDUE, state -> new DocumentEvents.Overdue(state, daysLate));
            // by statement, not through the entity: the mark is the scan's bookkeeping, not a change of the item, so
            // it leaves the version alone and an officer approving the item meanwhile is not refused as a conflict
            entityManager.createNativeQuery("update congress_document set overdue_announced_for = due_date "
                    + "where congress_id = :congress and code = :code")
                    .setParameter("congress", document.congressId)
                    .setParameter("code", document.code)
                    .executeUpdate();
        }
        return overdue.size();
    }
}
