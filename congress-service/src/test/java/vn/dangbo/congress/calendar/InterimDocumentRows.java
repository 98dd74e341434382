package vn.dangbo.congress.calendar;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import vn.dangbo.congress.checklist.ChecklistCatalogue;
import vn.dangbo.congress.checklist.ChecklistItem;
import vn.dangbo.congress.checklist.ChecklistRules;
import vn.dangbo.congress.checklist.CongressLevel;

/**
 * INTERIM, to be deleted once the documents feature writes congress_document: a cell congress' checklist rows written
 * by SQL from the plan (due dates by ChecklistRules), and moved with a raised sequence when the congress moves, as
 * that feature will. It writes nothing for a congress that already has rows.
 */
@ApplicationScoped
class InterimDocumentRows {

    private final EntityManager entityManager;
    private final ChecklistCatalogue checklists;
    private final Set<UUID> written = ConcurrentHashMap.newKeySet();

    InterimDocumentRows(EntityManager entityManager, ChecklistCatalogue checklists) {
        this.entityManager = entityManager;
        this.checklists = checklists;
    }

    void written(UUID congress) {
        QuarkusTransaction.requiringNew().run(() -> {
            Number existing = (Number) entityManager.createNativeQuery(
                    "select count(*) from congress_document where congress_id = ?1").setParameter(1, congress)
                    .getSingleResult();
            if (existing.longValue() > 0) {
                return;
            }
            written.add(congress);
            for (ChecklistItem item : items(congress)) {
                entityManager.createNativeQuery("insert into congress_document (congress_id, code, kind, name, body, "
                        + "due_date, status, sequence, version) values (?1, ?2, ?3, ?4, ?5, ?6, 'DUE', 0, 0)")
                        .setParameter(1, congress).setParameter(2, item.code()).setParameter(3, item.kind().name())
                        .setParameter(4, item.name()).setParameter(5, item.body()).setParameter(6, item.dueDate())
                        .executeUpdate();
            }
        });
    }

    void moved(UUID congress) {
        if (!written.contains(congress)) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (ChecklistItem item : items(congress)) {
                entityManager.createNativeQuery("update congress_document set due_date = ?3, sequence = sequence + 1, "
                        + "version = version + 1 where congress_id = ?1 and code = ?2 and due_date <> ?3")
                        .setParameter(1, congress).setParameter(2, item.code()).setParameter(3, item.dueDate())
                        .executeUpdate();
            }
        });
    }

    private List<ChecklistItem> items(UUID congress) {
        Object[] dates = (Object[]) entityManager.createNativeQuery(
                "select start_date, days from congress where id = ?1").setParameter(1, congress).getSingleResult();
        LocalDate start = dates[0] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) dates[0];
        int days = ((Number) dates[1]).intValue();
        return ChecklistRules.itemsFor(checklists.find("2020-office").orElseThrow(), CongressLevel.CELL, start,
                start.plusDays(days - 1L), null);
    }
}
