package vn.dangbo.congress.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import org.hibernate.Session;
import vn.dangbo.congress.checklist.DocumentKind;

/**
 * The rows of a calendar in one statement: the congresses (of a round, of a subtree, or both) with their
 * organisation's name and their deadlines (the documents with a due date, by kind), streamed from the database as
 * they are read so that a feed of any size is written without holding it. A subtree is a prefix of the organisation's materialised path
 * (the kit's {@code known_organisation_path} index), the documents come by their primary key's congress prefix.
 */
@ApplicationScoped
public class CalendarRepository {

    private static final String SELECT = """
            select c.id, c.version, c.status = 'CANCELLED', c.start_date, c.days, c.term, o.name,
                   d.kind, d.due_date, d.documents, d.sequence
            from congress c
            join known_organisation o on o.id = c.organisation_id
            left join lateral (
                select kind, min(due_date) as due_date, count(*) as documents, max(sequence) as sequence
                from congress_document
                where congress_id = c.id and due_date is not null
                group by kind) d on true
            """;
    private static final String ORDER = " order by c.start_date, c.id, d.due_date, d.kind desc";
    /** Rows fetched per round trip: a province's ~10,000 in a few, a national round without holding it whole. */
    private static final int FETCH_SIZE = 2_000;

    private final EntityManager entityManager;

    public CalendarRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Every row of the scope, in order (by start date, each congress' rows together), to {@code rows}; needs a
     * transaction (PostgreSQL streams with a fetch size only outside auto-commit).
     *
     * @param roundId null for every round
     * @param subtreePath the materialised path of the subtree's root ({@code /id/.../}), null for every organisation
     */
    public void forEach(UUID roundId, String subtreePath, Consumer<CalendarRow> rows) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where true");
        if (roundId != null) {
            sql.append(" and c.round_id = ?");
        }
        if (subtreePath != null) {
            // the subtree as a range of paths (what a prefix LIKE means), indexable whatever plan the prepared
            // statement gets (measured: deploy/benchmarks/congress-bench)
            sql.append(" and o.path ~>=~ ? and o.path ~<~ ?");
        }
        sql.append(ORDER);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                int parameter = 1;
                if (roundId != null) {
                    statement.setObject(parameter++, roundId);
                }
                if (subtreePath != null) {
                    statement.setString(parameter++, subtreePath);
                    statement.setString(parameter, subtreePath.substring(0, subtreePath.length() - 1)
                            + (char) (subtreePath.charAt(subtreePath.length() - 1) + 1));
                }
                statement.setFetchSize(FETCH_SIZE);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.accept(row(result));
                    }
                }
            }
        });
    }

    private static CalendarRow row(ResultSet r) throws SQLException {
        String kind = r.getString(8);
        return new CalendarRow(r.getObject(1, UUID.class), r.getLong(2), r.getBoolean(3),
                r.getObject(4, LocalDate.class), r.getInt(5), r.getString(6), r.getString(7),
                kind == null ? null : DocumentKind.valueOf(kind), r.getObject(9, LocalDate.class), r.getInt(10),
                r.getInt(11));
    }
}
