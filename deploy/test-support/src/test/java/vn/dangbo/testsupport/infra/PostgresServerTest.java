package vn.dangbo.testsupport.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerTest {

    static {
        vn.dangbo.testsupport.QuietLogging.install();
    }

    @Test
    void temporaryServerCreatesDatabasesAndAnswersQueries() throws Exception {
        PostgresServer pg = PostgresServer.start(null, 0);
        Path dir = pg.directory();
        try {
            System.out.printf("PostgreSQL (temporary, initdb + start) started in %d ms%n", pg.startDuration().toMillis());
            pg.createDatabase("registry");
            pg.createDatabase("registry"); // idempotent
            try (Connection c = pg.connect("registry"); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT current_database(), upper('đảng bộ'), current_setting('max_connections'),"
                         + " current_setting('server_encoding')")) {
                assertTrue(rs.next());
                assertEquals("registry", rs.getString(1));
                assertEquals("ĐẢNG BỘ", rs.getString(2), "Unicode-aware case mapping (builtin C.UTF-8 locale)");
                assertEquals("300", rs.getString(3));
                assertEquals("UTF8", rs.getString(4));
            }
            assertEquals("jdbc:postgresql://127.0.0.1:" + pg.port() + "/registry", pg.jdbcUrl("registry"));
            assertTrue(Files.isDirectory(dir));
        } finally {
            pg.stop();
            pg.stop(); // idempotent
        }
        assertFalse(Files.exists(dir), "a temporary cluster is deleted on stop");
    }

    @Test
    void persistentClusterKeepsRowsAcrossRestarts(@TempDir Path dir) throws Exception {
        PostgresServer first = PostgresServer.start(dir, 0);
        try {
            first.createDatabase("congress");
            try (Connection c = first.connect("congress"); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE delegate (id int PRIMARY KEY, name text NOT NULL)");
                s.execute("INSERT INTO delegate VALUES (1, 'Nguyễn Văn A'), (2, 'Trần Thị B')");
            }
        } finally {
            first.stop();
        }
        assertTrue(Files.exists(dir.resolve("pgdata/PG_VERSION")), "the cluster stays");

        PostgresServer second = PostgresServer.start(dir, 0);
        try {
            System.out.printf("PostgreSQL (existing cluster) started in %d ms%n", second.startDuration().toMillis());
            second.createDatabase("congress"); // exists already: nothing happens
            assertEquals(List.of("Nguyễn Văn A", "Trần Thị B"), names(second));
        } finally {
            second.stop();
        }
    }

    /** The fault drills of the services' tests: a hung server answers nothing, a halted one refuses; both come back whole. */
    @Test
    void pausedAndHaltedServersComeBackWithTheirRows() throws Exception {
        PostgresServer pg = PostgresServer.start(null, 0);
        try {
            pg.createDatabase("drill");
            try (Connection c = pg.connect("drill"); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE delegate (id int PRIMARY KEY, name text NOT NULL)");
                s.execute("INSERT INTO delegate VALUES (1, 'Nguyễn Văn A')");
            }
            Connection open = pg.connect("drill");
            pg.pause();
            try {
                open.setNetworkTimeout(Runnable::run, 1500);
                long t0 = System.nanoTime();
                java.sql.SQLException hung = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                        () -> open.createStatement().executeQuery("SELECT count(*) FROM delegate"));
                long waited = (System.nanoTime() - t0) / 1_000_000;
                assertTrue(waited >= 1000 && waited < 10_000, "the query hung until the client gave up: " + waited + " ms");
                assertTrue(String.valueOf(hung.getSQLState()).startsWith("08"), "a connection failure: " + hung.getSQLState());
            } finally {
                pg.resume();
            }
            assertEquals(List.of("Nguyễn Văn A"), names(pg, "drill"));

            pg.halt();
            try {
                org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class, () -> pg.connect("drill").close(),
                        "a halted server refuses connections");
            } finally {
                pg.startAgain();
            }
            assertEquals(List.of("Nguyễn Văn A"), names(pg, "drill"));
        } finally {
            pg.stop();
        }
    }

    /** A launcher killed with SIGKILL leaves postgres running; the next start stops it and reuses the cluster. */
    @Test
    void startStopsAPostgresOrphanedByAKilledLauncher(@TempDir Path dir) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m"));
        String logManager = System.getProperty("java.util.logging.manager");
        if (logManager != null) {
            command.add("-Djava.util.logging.manager=" + logManager);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), OrphaningLauncher.class.getName(), dir.toString()));
        Process launcher = new ProcessBuilder(command).redirectErrorStream(true).start();
        long orphanPid;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            String started = null;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("STARTED ")) {
                    started = line;
                    break;
                }
            }
            assertTrue(started != null, "the launcher did not start postgres");
            launcher.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertTrue(launcher.waitFor(10, TimeUnit.SECONDS));
        }
        orphanPid = Long.parseLong(Files.readAllLines(dir.resolve("pgdata/postmaster.pid")).get(0).trim());
        assertTrue(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false), "postgres outlived its launcher");

        PostgresServer pg = PostgresServer.start(dir, 0);
        try {
            assertFalse(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false), "the orphan was stopped");
            assertEquals(List.of("orphan"), names(pg));
        } finally {
            pg.stop();
        }
    }

    private static List<String> names(PostgresServer pg) throws Exception {
        return names(pg, "congress");
    }

    private static List<String> names(PostgresServer pg, String database) throws Exception {
        try (Connection c = pg.connect(database); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM delegate ORDER BY id")) {
            List<String> names = new java.util.ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        }
    }

    /** Run in a child JVM by the orphan test: starts postgres with a table and waits to be killed. */
    public static final class OrphaningLauncher {
        public static void main(String[] args) throws Exception {
            PostgresServer pg = PostgresServer.start(Paths.get(args[0]), 0);
            pg.createDatabase("congress");
            try (Connection c = pg.connect("congress"); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE delegate (id int PRIMARY KEY, name text NOT NULL)");
                s.execute("INSERT INTO delegate VALUES (1, 'orphan')");
            }
            System.out.println("STARTED " + pg.port());
            System.out.flush();
            Thread.currentThread().join(); // until SIGKILL
        }
    }
}
