package vn.dangbo.congress.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.dangbo.congress.checklist.ChecklistRules;
import vn.dangbo.congress.documents.DocumentRecords.OverdueDocument;
import vn.dangbo.congress.documents.DocumentRecords.OverduePage;
import vn.dangbo.kit.organisation.KnownOrganisation;

/**
 * The overdue items of a round or of any round, optionally of one organisation's subtree (a province, a committee),
 * the longest overdue first. One statement: the subtree is a prefix of the directory's materialised path.
 */
@ApplicationScoped
public class OverdueQueries {

    /** An item not done, in SQL over {@code congress_document d}: {@code ChecklistRules.isDone} negated. */
    static final String NOT_DONE = "d.status <> 'APPROVED' and not (d.kind = 'AFTER_REPORT' and d.status = 'SUBMITTED')";

    private final EntityManager entityManager;

    public OverdueQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * @param roundId  null: every round
     * @param subtree  null: every organisation
     */
    public OverduePage overdue(UUID roundId, KnownOrganisation subtree, LocalDate today, int limit, int offset) {
        // Measured at national scale (deploy/benchmarks/congress-bench): the subtree as a range of paths (what a
        // prefix LIKE means, but indexable in a prepared statement whatever the parameter), its congresses through
        // the round's unique index, their items through the primary key; the total counted in the same pass.
        String where = """
                from known_organisation o
                join congress c on c.organisation_id = o.id
                join congress_document d on d.congress_id = c.id
                where d.due_date < :today and\s""" + NOT_DONE + """
                  and c.status <> 'CANCELLED'
                """ + (roundId == null ? "" : " and c.round_id = :round")
                + (subtree == null ? "" : " and o.path ~>=~ :from and o.path ~<~ :to");
        Query page = bind(entityManager.createNativeQuery("""
                select d.congress_id, c.round_id, c.organisation_id, o.name, c.start_date, d.code, d.kind, d.name,
                       d.body, d.due_date, d.status, count(*) over ()
                """ + where + " order by d.due_date, o.name, c.id, d.position limit :limit offset :offset"),
                roundId, subtree, today)
                .setParameter("limit", limit)
                .setParameter("offset", offset);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = page.getResultList();
        long total = rows.isEmpty()
                ? (offset == 0 ? 0 : ((Number) bind(entityManager.createNativeQuery("select count(*) " + where),
                        roundId, subtree, today).getSingleResult()).longValue())
                : ((Number) rows.get(0)[11]).longValue();
        return new OverduePage(total, rows.stream().map(r -> {
            LocalDate due = day(r[9]);
            return new OverdueDocument((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3],
                    day(r[4]), (String) r[5], (String) r[6], (String) r[7], (String) r[8], due,
                    (String) r[10], ChecklistRules.daysLate(due, today));
        }).toList());
    }

    private static LocalDate day(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }

    private static Query bind(Query query, UUID roundId, KnownOrganisation subtree, LocalDate today) {
        query.setParameter("today", today);
        if (roundId != null) {
            query.setParameter("round", roundId);
        }
        if (subtree != null) {
            // the paths beginning with the subtree's: from it up to, not including, its last character's successor
            String path = subtree.path;
            query.setParameter("from", path);
            query.setParameter("to", path.substring(0, path.length() - 1) + (char) (path.charAt(path.length() - 1) + 1));
        }
        return query;
    }
}
