package vn.dangbo.testsupport.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL 17 server from the zonky binaries artifact (no installation, no Docker).
 *
 * <p>Layout of the directory this class owns ({@code dataDir}, or a temporary directory):
 * <pre>
 *   pgdata/        the cluster (initdb'ed on the first start only)
 *   postgres.log   initdb's and the server's output
 * </pre>
 *
 * <p>With a {@code dataDir} the cluster is persistent: {@link #stop()} leaves it, the next
 * {@link #start(Path, int)} on the same directory reuses it (zonky runs initdb only when
 * {@code pgdata/postgresql.conf} is missing). Before starting, a postgres left running by a launcher that
 * was killed with SIGKILL (zonky's {@code pg_ctl} daemonizes it, so only a shutdown hook stops it) is
 * stopped, and stale {@code postmaster.pid} files are removed. Without a {@code dataDir} everything is
 * deleted on {@link #stop()}.
 *
 * <p>Authentication is {@code trust}; user {@code postgres}. As root, zonky runs the binaries under
 * {@code unshare -U}. Unix-domain sockets are off (TCP on 127.0.0.1 only), fsync is off (zonky's {@code -F}),
 * {@code max_connections=300}, UTF-8 with the built-in {@code C.UTF-8} locale provider (Unicode-aware
 * {@code upper}/{@code lower} independent of the operating system's locales).
 *
 * <p>{@link #stop()} is also run by a JVM shutdown hook.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USERNAME = "postgres";
    public static final String PASSWORD = "postgres";

    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_\\-]{0,62}");
    /** Kept strongly reachable: java.util.logging forgets loggers nobody references. */
    private static final Logger ZONKY_LOG = Logger.getLogger("io.zonky.test.db");

    private final Path root;
    private final Path cluster;
    private final Path logFile;
    private final boolean temporary;
    private final EmbeddedPostgres postgres;
    private final int port;
    private final Duration startDuration;
    private final Thread shutdownHook;
    private volatile boolean stopped;

    private PostgresServer(Path root, boolean temporary, int portOrZero) throws IOException {
        this.root = root;
        this.temporary = temporary;
        this.cluster = root.resolve("pgdata");
        this.logFile = root.resolve("postgres.log");
        Files.createDirectories(root);

        if (!temporary) {
            assertNotInUse(cluster);
            stopOrphanedPostmaster(cluster);
            removeUnusableCluster(cluster);
        }
        int chosenPort = portOrZero > 0 ? portOrZero : Files2.freePort();
        long t0 = System.nanoTime();
        ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(logFile.toFile());
        quietZonkyLogging();
        this.postgres = EmbeddedPostgres.builder()
                .setDataDirectory(cluster)
                .setCleanDataDirectory(temporary)
                .setRegisterShutdownHook(false)
                .setPort(chosenPort)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(toLog)
                .setErrorRedirector(toLog)
                .setLocaleConfig("locale", "C")
                .setLocaleConfig("locale-provider", "builtin")
                .setLocaleConfig("builtin-locale", "C.UTF-8")
                .setServerConfig("max_connections", "300")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("unix_socket_directories", "")
                .setServerConfig("timezone", "UTC")
                .setServerConfig("log_timezone", "UTC")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                // bulk loads (a national member file) would otherwise checkpoint every few seconds
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("shared_buffers", "1GB")
                .setServerConfig("log_min_messages", "warning")
                .start();
        this.port = postgres.getPort();
        this.startDuration = Duration.ofNanos(System.nanoTime() - t0);
        this.shutdownHook = new Thread(this::stopQuietly, "dangbo-postgres-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** A handle that does not own the server (see {@link #attach(int)}). */
    private PostgresServer(int port, Path rootOrNull) {
        this.root = rootOrNull;
        this.cluster = rootOrNull == null ? null : rootOrNull.resolve("pgdata");
        this.logFile = rootOrNull == null ? null : rootOrNull.resolve("postgres.log");
        this.temporary = false;
        this.postgres = null;
        this.port = port;
        this.startDuration = Duration.ZERO;
        this.shutdownHook = null;
    }

    /**
     * A handle on a PostgreSQL that another {@code PostgresServer} (typically one in another class loader of
     * this JVM) started on 127.0.0.1:{@code port}: {@link #createDatabase(String)}, {@link #jdbcUrl(String)}
     * and {@link #connect(String)} work; {@link #stop()} does nothing (the owner stops it).
     */
    public static PostgresServer attach(int port) {
        return new PostgresServer(port, null);
    }

    /**
     * Like {@link #attach(int)}, knowing the owner's {@link #directory()}: the fault drills ({@link #pause()},
     * {@link #resume()}, {@link #halt()}, {@link #startAgain()}) work on this handle too.
     */
    public static PostgresServer attach(int port, Path directory) {
        return new PostgresServer(port, directory);
    }

    /**
     * Starts PostgreSQL.
     *
     * @param dataDirOrNull a directory to keep the cluster in across starts, or {@code null} for a temporary
     *                      one deleted on {@link #stop()}
     * @param portOrZero    the TCP port, or 0 for a free one
     */
    public static PostgresServer start(Path dataDirOrNull, int portOrZero) {
        try {
            if (dataDirOrNull == null) {
                return new PostgresServer(Files.createTempDirectory("dangbo-postgres-"), true, portOrZero);
            }
            return new PostgresServer(dataDirOrNull.toAbsolutePath().normalize(), false, portOrZero);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        } catch (RuntimeException e) {
            Path log = (dataDirOrNull == null ? null : dataDirOrNull.resolve("postgres.log"));
            throw new IllegalStateException("PostgreSQL did not start: " + e.getMessage()
                    + (log == null ? "" : System.lineSeparator() + Files2.tail(log, 30)), e);
        }
    }

    /** Creates the database unless it exists. */
    public synchronized void createDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection c = connect("postgres");
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE \"" + name + "\"");
            } catch (SQLException e) {
                if (!"42P04".equals(e.getSQLState())) { // duplicate_database: someone else was quicker
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
    }

    /** A JDBC connection as {@link #username()}, without going through {@link java.sql.DriverManager}. */
    public Connection connect(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", USERNAME);
        p.setProperty("password", PASSWORD);
        return new org.postgresql.Driver().connect(jdbcUrl(database), p);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String username() {
        return USERNAME;
    }

    /** Any password is accepted (trust authentication); this is the one the services are configured with. */
    public String password() {
        return PASSWORD;
    }

    public int port() {
        return port;
    }

    /** The directory holding {@code pgdata/} and {@code postgres.log} (null for an {@link #attach(int)} handle). */
    public Path directory() {
        return root;
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isTemporary() {
        return temporary;
    }

    /** How long {@link #start(Path, int)} took (including initdb on a fresh cluster). */
    public Duration startDuration() {
        return startDuration;
    }

    /** Stops the server ({@code pg_ctl stop -m fast}); a temporary directory is deleted. Idempotent. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (postgres == null) {
            return; // attached handle: the owner stops the server
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temporary) {
                Files2.deleteQuietly(root);
            }
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException ignored) {
                // the JVM is shutting down: we are (in) the hook
            }
        }
    }

    // ---- fault drills: the server of a running test made unreachable or hung, then brought back -------------

    /**
     * Hangs the server as a frozen machine would: the postmaster and every backend get SIGSTOP, so open
     * connections stay open and new TCP connections are even accepted by the kernel, but nothing answers.
     * Always {@link #resume()} in a {@code finally}: other tests of the JVM share the server.
     */
    public void pause() {
        signalAll("STOP");
    }

    /** Undoes {@link #pause()} (SIGCONT to the postmaster and its children); nothing is lost. */
    public void resume() {
        signalAll("CONT");
    }

    /**
     * Stops the server the way an operator or a crash of the machine's service would ({@code pg_ctl stop -m fast}:
     * SIGINT to the postmaster, open connections closed), keeping the cluster for {@link #startAgain()} on the same
     * port. Unlike {@link #stop()} this works on an attached handle and deletes nothing. A paused server is resumed
     * first (a stopped process would not see the signal).
     */
    public synchronized void halt() {
        long pid = postmasterPid();
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow(
                () -> new IllegalStateException("no PostgreSQL process " + pid));
        signalAll("CONT");
        signal(pid, "INT");
        if (!awaitExit(postmaster, Duration.ofSeconds(60))) {
            throw new IllegalStateException("PostgreSQL " + pid + " did not stop within 60 s");
        }
    }

    /**
     * Starts the server {@link #halt()} stopped, with the same binary, options and port (the postmaster's own
     * {@code postmaster.opts}), and waits until it accepts connections. The process is detached like the one
     * {@code pg_ctl} starts, so {@link #stop()} of the owner stops it as before.
     */
    public synchronized void startAgain() {
        Path options = requireCluster().resolve("postmaster.opts");
        try {
            String commandLine = Files.readString(options, StandardCharsets.UTF_8).strip();
            // as root, zonky runs the binaries in a user namespace (PostgreSQL refuses uid 0): the same here
            String prefix = io.zonky.test.db.postgres.util.LinuxUtils.isUnshareAvailable() ? "unshare -U " : "";
            String log = logFile == null ? "/dev/null" : "'" + logFile + "'";
            Process launcher = new ProcessBuilder("sh", "-c",
                    "nohup " + prefix + commandLine + " >>" + log + " 2>&1 </dev/null &")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            launcher.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting PostgreSQL", e);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
                s.execute("select 1");
                return;
            } catch (SQLException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("PostgreSQL did not accept connections within 60 s after a restart"
                            + (logFile == null ? "" : System.lineSeparator() + Files2.tail(logFile, 30)), notYet);
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for PostgreSQL", e);
                }
            }
        }
    }

    /** The postmaster's pid, from {@code postmaster.pid} of the cluster. */
    public long postmasterPid() {
        Path pidFile = requireCluster().resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return Long.parseLong(lines.get(0).trim());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("PostgreSQL is not running (no readable " + pidFile + ")", e);
        }
    }

    private Path requireCluster() {
        if (cluster == null) {
            throw new IllegalStateException("a handle attached without the server's directory cannot drill faults");
        }
        return cluster;
    }

    /** The postmaster first (no new backend is forked while the others are signalled), then every child. */
    private void signalAll(String signal) {
        long pid = postmasterPid();
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow(
                () -> new IllegalStateException("no PostgreSQL process " + pid));
        StringBuilder pids = new StringBuilder().append(pid);
        postmaster.descendants().forEach(child -> pids.append(' ').append(child.pid()));
        signal(pids.toString(), signal);
    }

    @Override
    public void close() {
        stop();
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException ignored) {
            // at JVM exit
        }
    }

    @Override
    public String toString() {
        return "PostgresServer[127.0.0.1:" + port + ", " + (root == null ? "attached" : root)
                + (temporary ? " (temporary)" : "") + "]";
    }

    // ---------------------------------------------------------------------------------------------------

    private static void quietZonkyLogging() {
        try {
            ZONKY_LOG.setLevel(Level.WARNING);
        } catch (RuntimeException ignored) {
            // a logging backend that does not let us: only noise
        }
    }

    /** zonky's own lock file in the cluster: held while a server of some JVM uses the directory. */
    private static void assertNotInUse(Path cluster) throws IOException {
        Path lockFile = cluster.resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileOutputStream out = new FileOutputStream(lockFile.toFile(), true)) {
            FileLock lock = out.getChannel().tryLock();
            if (lock == null) {
                throw new IllegalStateException(cluster + " is in use by another running PostgresServer");
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException(cluster + " is in use by a PostgresServer of this JVM", e);
        }
    }

    /**
     * A launcher killed with SIGKILL leaves its daemonized postgres running (and holding the port and the
     * cluster). Stop it the way pg_ctl would (SIGINT = fast shutdown), then remove stale lock files.
     */
    private static void stopOrphanedPostmaster(Path cluster) throws IOException {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        long pid = -1;
        try {
            pid = lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException ignored) {
            // garbage: treat as stale
        }
        Optional<ProcessHandle> process = pid > 0 ? ProcessHandle.of(pid) : Optional.empty();
        if (process.isPresent() && process.get().isAlive() && isPostgres(process.get())) {
            ProcessHandle postmaster = process.get();
            signal(pid, "INT");
            if (!awaitExit(postmaster, Duration.ofSeconds(30))) {
                postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
                postmaster.destroyForcibly();
                awaitExit(postmaster, Duration.ofSeconds(10));
            }
        }
        Files.deleteIfExists(pidFile);
    }

    private static boolean isPostgres(ProcessHandle p) {
        String command = p.info().command().orElse("") + " " + p.info().commandLine().orElse("");
        return command.contains("postgres");
    }

    private static void signal(long pid, String signal) {
        signal(Long.toString(pid), signal);
    }

    private static void signal(String pids, String signal) {
        long pid = Long.parseLong(pids.split(" ")[0]);
        try {
            Process kill = new ProcessBuilder("sh", "-c", "kill -" + signal + " " + pids)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            kill.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy); // SIGTERM: smart shutdown
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean awaitExit(ProcessHandle p, Duration timeout) {
        try {
            p.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return !p.isAlive();
        } catch (java.util.concurrent.ExecutionException e) {
            return !p.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !p.isAlive();
        }
    }

    /** A directory without postgresql.conf is no cluster (an interrupted initdb): initdb needs it empty. */
    private static void removeUnusableCluster(Path cluster) throws IOException {
        if (Files.isDirectory(cluster) && !Files.exists(cluster.resolve("postgresql.conf"))) {
            try (var entries = Files.list(cluster)) {
                if (entries.findAny().isPresent()) {
                    Files2.deleteQuietly(cluster);
                }
            }
        }
    }
}
