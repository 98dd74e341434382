package vn.dangbo.testsupport.fuzz;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A cheap fingerprint of a service's database: per table its row count, and where the table has them the sum of its
 * {@code version} column and the latest {@code updated_at}/{@code changed_at}/{@code created_at}. Two equal
 * fingerprints around a refused request mean it wrote nothing (no insert, delete, or versioned update). Tables the
 * service fills from elsewhere (the inbox of consumed events, Flyway's history) are left out.
 */
public final class DatabaseFingerprint {

    /** Opens a connection to the service's database (e.g. {@code dataSource::getConnection}). */
    @FunctionalInterface
    public interface ConnectionSource {
        Connection open() throws SQLException;
    }

    private static final Pattern IGNORED = Pattern.compile("(?i).*(inbox|flyway|processed_event|shedlock).*");
    private static final Set<String> TIME_COLUMNS = Set.of("updated_at", "changed_at", "modified_at", "updated");

    private final ConnectionSource connections;
    private String query;

    public DatabaseFingerprint(ConnectionSource connections) {
        this.connections = connections;
    }

    /** Table name to "count/versions/latest". */
    public Map<String, String> take() {
        try (Connection c = connections.open(); Statement s = c.createStatement()) {
            if (query == null) {
                query = buildQuery(c);
            }
            Map<String, String> fingerprint = new TreeMap<>();
            if (query.isEmpty()) {
                return fingerprint;
            }
            try (ResultSet rows = s.executeQuery(query)) {
                while (rows.next()) {
                    fingerprint.put(rows.getString(1), rows.getString(2));
                }
            }
            return fingerprint;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the database fingerprint", e);
        }
    }

    /** The tables whose fingerprint differs, with before → after. */
    public static String difference(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        Map<String, String> all = new LinkedHashMap<>(before);
        after.forEach(all::putIfAbsent);
        for (String table : all.keySet()) {
            if (!Objects.equals(before.get(table), after.get(table))) {
                changed.add(table + " " + before.get(table) + " → " + after.get(table));
            }
        }
        return String.join(", ", changed);
    }

    private static String buildQuery(Connection c) throws SQLException {
        Map<String, List<String>> columns = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("select t.table_schema || '.' || "
                + "t.table_name, col.column_name from information_schema.tables t join information_schema.columns col "
                + "on col.table_schema = t.table_schema and col.table_name = t.table_name where t.table_type = "
                + "'BASE TABLE' and t.table_schema not in ('pg_catalog', 'information_schema')")) {
            while (rows.next()) {
                columns.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, List<String>> table : columns.entrySet()) {
            if (IGNORED.matcher(table.getKey()).matches()) {
                continue;
            }
            StringBuilder value = new StringBuilder("count(*)::text");
            if (table.getValue().contains("version")) {
                value.append(" || '/' || coalesce(sum(version), 0)::text");
            }
            if (!table.getKey().toLowerCase().contains("outbox")) {
                for (String column : table.getValue()) {
                    if (TIME_COLUMNS.contains(column)) {
                        value.append(" || '/' || coalesce(max(").append(column).append(")::text, '')");
                    }
                }
            }
            parts.add("select '" + table.getKey() + "', " + value + " from " + table.getKey());
        }
        return String.join(" union all ", parts);
    }
}
