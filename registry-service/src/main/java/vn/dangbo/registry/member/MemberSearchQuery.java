package vn.dangbo.registry.member;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGStatement;
import vn.dangbo.kit.persistence.LikePatterns;
import vn.dangbo.kit.text.VietnameseText;

/**
 * The ids of one search page, in list order, from PostgreSQL (plain JDBC: the statement shapes below are chosen per
 * request and planned with the actual values). A page is the first members in list order among those that match; at
 * national size the way to find them depends on how many match, so the query is one of three shapes:
 * <ul>
 * <li>{@link Strategy#NAME_COLLECT}: a rare name (fewer than {@code rareName} keys start with it) — its keys are read
 * by their range and sorted by the list order they carry;</li>
 * <li>{@link Strategy#NAME_MERGED}: a common name — each key it begins ("thi lan", "thi lan anh"; for a single word,
 * each word the typed letters begin: "an", "anh") is read in list order, checking the subtree in the index, and the
 * reads are merged, stopping at a page;</li>
 * <li>{@link Strategy#MEMBER_SCAN}: no name, a subtree of few cells and members, or a single letter or two that
 * begin too many words — members are read in list order (or a small subtree's members collected) from indexes
 * carrying the filter columns.</li>
 * </ul>
 * A subtree is given to PostgreSQL as the list of its organisations when it is small enough (a hashed lookup per row)
 * and otherwise as an {@code exists} on the organisation path.
 */
final class MemberSearchQuery {

    enum Strategy { NAME_COLLECT, NAME_MERGED, MEMBER_SCAN }

    /**
     * @param rareName              name keys below which a name is collected and sorted
     * @param smallSubtreeMembers   estimated members up to which a subtree of few cells (at most
     *                              200 organisations) is read whatever the name
     * @param maxWords              distinct words (or keys, for several words) a typed name may begin before the
     *                              members are scanned instead
     * @param subtreeIds            organisations up to which a subtree is passed as their ids
     * @param forced                a strategy to use whatever the sizes (tests compare the strategies), or null
     */
    record Limits(int rareName, long smallSubtreeMembers, int maxWords, int subtreeIds, Strategy forced) {

        static final Limits DEFAULT = new Limits(10_000, 30_000, 40, 20_000, null);
    }

    private static final int SMALL_SUBTREE_ORGANISATIONS = 200;

    private final Connection connection;
    private final Limits limits;

    MemberSearchQuery(Connection connection, Limits limits) {
        this.connection = connection;
        this.limits = limits;
    }

    /** The ids of the page (up to {@code size}) after the cursor; a member matching by two words counts once. */
    List<UUID> page(MemberSearch.Filters filters, MemberSearch.Cursor after, int size, String subtreePath)
            throws SQLException {
        try (Statement s = connection.createStatement()) {
            // the shapes are chosen for the values at hand, so plan them with those values; and no parallel workers:
            // a page is a short read, and starting workers costs more than they save
            s.execute("set local plan_cache_mode = force_custom_plan");
            s.execute("set local max_parallel_workers_per_gather = 0");
        }
        Subtree subtree = subtreePath == null ? null : subtree(subtreePath);
        String name = filters.name() == null || filters.name().isBlank() ? null : VietnameseText.fold(filters.name());
        Strategy strategy = limits.forced();
        List<String> along = null;
        if (name != null && strategy == null) {
            Choice choice = chooseForName(name, subtree);
            strategy = choice.strategy();
            along = choice.along();
        }
        if (name == null) {
            strategy = Strategy.MEMBER_SCAN;
        }
        if (strategy == Strategy.NAME_MERGED && along == null) {
            along = beginning(mergedColumn(name), name, Integer.MAX_VALUE);
        }
        if (along != null && along.isEmpty()) {
            return List.of();
        }
        // a member may match by two of its keys: read more rows until a full page of distinct members or the end
        int rows = size;
        while (true) {
            List<UUID> ids = run(strategy, name, along, filters, after, subtree, rows);
            List<UUID> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
            if (distinct.size() >= size || ids.size() < rows) {
                return distinct.size() > size ? distinct.subList(0, size) : distinct;
            }
            rows *= 2;
        }
    }

    /** A way to answer, and the keys or words to merge along for the merging ways. */
    private record Choice(Strategy strategy, List<String> along) {
    }

    private Choice chooseForName(String name, Subtree subtree) throws SQLException {
        // a subtree of few cells (a grassroots committee) is read cell by cell whatever the name; a province of few
        // members but thousands of cells is not (thousands of index descents): there the name decides
        if (subtree != null && subtree.ids() != null && subtree.ids().length <= SMALL_SUBTREE_ORGANISATIONS
                && subtree.estimatedMembers() <= limits.smallSubtreeMembers()) {
            return new Choice(Strategy.MEMBER_SCAN, null);
        }
        if (nameKeysUpTo(name, limits.rareName()) < limits.rareName()) {
            return new Choice(Strategy.NAME_COLLECT, null);
        }
        List<String> along = beginning(mergedColumn(name), name, limits.maxWords() + 1);
        if (along.size() > limits.maxWords()) {
            return new Choice(Strategy.MEMBER_SCAN, null);
        }
        return new Choice(Strategy.NAME_MERGED, along);
    }

    /** Several typed words are the start of keys; one word (or its first letters) the start of words. */
    private static String mergedColumn(String name) {
        return name.contains(" ") ? "name_key" : "word";
    }

    private List<UUID> run(Strategy strategy, String name, List<String> along, MemberSearch.Filters f,
            MemberSearch.Cursor after, Subtree subtree, int rows) throws SQLException {
        Sql sql = new Sql();
        switch (strategy) {
            case NAME_COLLECT -> {
                sql.add("select k.member_id from member_name_key k");
                keyConditions(sql, name, null, f, after, subtree);
                sql.add(" order by k.sort_key, k.member_id limit ?", rows);
            }
            case NAME_MERGED -> {
                // each key (or word) read in list order up to a page, then the pages merged
                String column = "k." + mergedColumn(name);
                sql.add("select x.member_id from unnest(?::text[]) as v(value) cross join lateral ("
                        + "select k.sort_key, k.member_id from member_name_key k", (Object) along.toArray(String[]::new));
                keyConditions(sql, null, column, f, after, subtree);
                sql.add(" order by k.sort_key, k.member_id limit ?) x order by x.sort_key, x.member_id limit ?",
                        rows, rows);
            }
            case MEMBER_SCAN -> {
                sql.add("select m.id from member m where true");
                if (name != null) {
                    // the same match as a key prefix: the typed words from the start of a word of the name
                    sql.add(" and (' ' || m.name_search) like ?", "% " + LikePatterns.escape(name) + "%");
                }
                subtreeCondition(sql, "m.organisation_id", subtree);
                memberConditions(sql, f, true);
                if (after != null) {
                    sql.add(" and (m.sort_key, m.id) > (? collate \"C\", ?)", after.sortKey(), after.id());
                }
                sql.add(" order by m.sort_key, m.id limit ?", rows);
            }
        }
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement statement = sql.prepare(connection); ResultSet r = statement.executeQuery()) {
            while (r.next()) {
                ids.add(r.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    /** The conditions on keys: a name's key range, or equality with the value of the merge ({@code column}). */
    private void keyConditions(Sql sql, String name, String column, MemberSearch.Filters f, MemberSearch.Cursor after,
            Subtree subtree) {
        boolean memberFilters = hasMemberFilters(f);
        if (memberFilters) {
            sql.add(" join member m on m.id = k.member_id");
        }
        if (name != null) {
            sql.add(" where k.name_key >= ? and k.name_key < ?", name, name + '\uffff');
        } else {
            sql.add(" where " + column + " = v.value");
        }
        subtreeCondition(sql, "k.organisation_id", subtree);
        if (f.state() != null) {
            sql.add(" and k.state = ?", f.state().name());
        }
        if (memberFilters) {
            memberConditions(sql, f, false);
        }
        if (after != null) {
            sql.add(" and (k.sort_key, k.member_id) > (? collate \"C\", ?)", after.sortKey(), after.id());
        }
    }

    /** Filters the keys cannot answer (the member row is read for them). */
    private static boolean hasMemberFilters(MemberSearch.Filters f) {
        return f.status() != null || f.sex() != null || f.bornFrom() != null
                || f.bornTo() != null || (f.ethnicity() != null && !f.ethnicity().isBlank());
    }

    /** Conditions on the member row; {@code withState} false when the keys answer the state. */
    private static void memberConditions(Sql sql, MemberSearch.Filters f, boolean withState) {
        if (f.status() != null) {
            sql.add(" and m.status = ?", f.status().name());
        }
        if (withState && f.state() != null) {
            sql.add(" and m.state = ?", f.state().name());
        }
        if (f.sex() != null) {
            sql.add(" and m.sex = ?", f.sex().name());
        }
        if (f.bornFrom() != null) {
            sql.add(" and m.birth_date >= ?", f.bornFrom());
        }
        if (f.bornTo() != null) {
            sql.add(" and m.birth_date <= ?", f.bornTo());
        }
        if (f.ethnicity() != null && !f.ethnicity().isBlank()) {
            sql.add(" and lower(m.ethnicity) = lower(?)", VietnameseText.nfcStripped(f.ethnicity()));
        }
    }

    private static void subtreeCondition(Sql sql, String column, Subtree subtree) {
        if (subtree == null) {
            return;
        }
        if (subtree.ids() != null) {
            sql.add(" and " + column + " = any(?)", (Object) subtree.ids());
        } else {
            sql.add(" and exists (select 1 from organisation o where o.id = " + column + " and o.path like ?)",
                    LikePatterns.startingWith(subtree.path()));
        }
    }

    /** A subtree: its organisations when few enough, and an estimate of its members from the planner's figures. */
    private record Subtree(String path, UUID[] ids, long estimatedMembers) {
    }

    private Subtree subtree(String path) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement s = unprepared(
                "select id from organisation where path like ? limit ?")) {
            s.setString(1, LikePatterns.startingWith(path));
            s.setInt(2, limits.subtreeIds() + 1);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getObject(1, UUID.class));
                }
            }
        }
        double organisations = 1;
        double members = 0;
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
                "select relname, reltuples from pg_class where relname in ('organisation', 'member') "
                        + "and relnamespace = current_schema()::regnamespace")) {
            while (r.next()) {
                if (r.getString(1).equals("organisation")) {
                    organisations = Math.max(1, r.getDouble(2));
                } else {
                    members = Math.max(0, r.getDouble(2));
                }
            }
        }
        long estimate = (long) (members * Math.min(1.0, ids.size() / organisations));
        boolean few = ids.size() <= limits.subtreeIds();
        return new Subtree(path, few ? ids.toArray(UUID[]::new) : null, few ? estimate : Long.MAX_VALUE);
    }

    /** The name keys starting with the folded name, counted up to a limit (an index-only range read). */
    private int nameKeysUpTo(String name, int limit) throws SQLException {
        try (PreparedStatement s = unprepared("select count(*) from (select 1 from member_name_key "
                + "where name_key >= ? and name_key < ? limit ?) k")) {
            s.setString(1, name);
            s.setString(2, name + '\uffff');
            s.setInt(3, limit);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /**
     * The distinct words (or keys) beginning with the letters, up to a limit: a skip along the index, one descent
     * per value whatever the number of members.
     */
    private List<String> beginning(String column, String letters, int limit) throws SQLException {
        List<String> words = new ArrayList<>();
        try (PreparedStatement s = unprepared(("""
                with recursive w(v) as (
                    (select $c from member_name_key where $c >= ? and $c < ? order by $c limit 1)
                    union all
                    select (select k.$c from member_name_key k where k.$c > w.v and k.$c < ?
                            order by k.$c limit 1)
                    from w where w.v is not null)
                select v from w where v is not null limit ?""").replace("$c", column))) {
            s.setString(1, letters);
            s.setString(2, letters + '\uffff');
            s.setString(3, letters + '\uffff');
            s.setInt(4, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    words.add(r.getString(1));
                }
            }
        }
        return words;
    }

    /**
     * A statement PostgreSQL plans with its values every time: a cached generic plan cannot turn {@code path like ?}
     * into an index range, and reads every organisation instead.
     */
    private PreparedStatement unprepared(String sql) throws SQLException {
        return unprepared(connection, sql);
    }

    private static PreparedStatement unprepared(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        return statement;
    }

    /** SQL text with its parameters in order. */
    private static final class Sql {
        private final StringBuilder text = new StringBuilder();
        private final List<Object> params = new ArrayList<>();

        Sql add(String fragment, Object... values) {
            text.append(fragment);
            params.addAll(List.of(values));
            return this;
        }

        PreparedStatement prepare(Connection connection) throws SQLException {
            PreparedStatement statement = unprepared(connection, text.toString());
            for (int i = 0; i < params.size(); i++) {
                Object value = params.get(i);
                if (value instanceof UUID[] ids) {
                    statement.setArray(i + 1, connection.createArrayOf("uuid", ids));
                } else if (value instanceof String[] texts) {
                    statement.setArray(i + 1, connection.createArrayOf("text", texts));
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            return statement;
        }
    }
}
