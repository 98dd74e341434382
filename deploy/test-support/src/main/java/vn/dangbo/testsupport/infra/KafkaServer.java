package vn.dangbo.testsupport.infra;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real single-node Kafka (KRaft, broker and controller in one process) in a child JVM, started from the
 * artifacts Maven resolved for {@code vn.dangbo:kafka-broker} (its {@code vn/dangbo/kafka/broker.classpath}
 * resource lists them), so the broker's classpath never meets the caller's.
 *
 * <p>Layout of the directory this class owns ({@code dataDir}, or a temporary directory):
 * <pre>
 *   logs/               Kafka's log directory (topics, offsets, the KRaft metadata log)
 *   server.properties   the configuration BrokerMain wrote (informational)
 *   broker.log          the child's output (Kafka logs at WARN)
 *   broker.pid          the pid of the running child
 *   ports.properties    the ports, reused by the next start on this directory
 * </pre>
 *
 * <p>The child's standard input stays open; when this JVM dies (even by SIGKILL) the child sees end of file
 * and stops. {@link #stop()} stops the child and keeps the data; {@link #startAgain()} starts a new child on
 * the same ports and data, with every topic and committed offset still there. {@link #close()} stops it and
 * deletes a temporary directory; a JVM shutdown hook calls {@link #close()}.
 *
 * <p>Instances in different class loaders of one JVM (Quarkus restarts) may control the same broker: the
 * child is found through {@code broker.pid}, so {@link #stop()} works on a broker another instance started.
 */
public final class KafkaServer implements AutoCloseable {

    public static final String READY_PREFIX = "DANGBO-KAFKA-READY ";
    public static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final String CLASSPATH_RESOURCE = "vn/dangbo/kafka/broker.classpath";
    private static final String MAIN_CLASS = "vn.dangbo.kafka.BrokerMain";

    private final Path root;
    private final boolean temporary;
    private final int port;
    private final int controllerPort;
    private final int partitions;
    private final Path logFile;
    private final Path pidFile;
    private final Thread shutdownHook;

    private Process process;
    private OutputStream childStdin;
    private Duration lastStartDuration = Duration.ZERO;
    private boolean closed;

    private KafkaServer(Path root, boolean temporary, int port, int controllerPort, int partitions) {
        this.root = root;
        this.temporary = temporary;
        this.port = port;
        this.controllerPort = controllerPort;
        this.partitions = partitions;
        this.logFile = root.resolve("broker.log");
        this.pidFile = root.resolve("broker.pid");
        this.shutdownHook = new Thread(this::closeQuietly, "dangbo-kafka-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** {@link #start(Path, int, int)} with 3 partitions per auto-created topic. */
    public static KafkaServer start(Path dataDirOrNull, int portOrZero) {
        return start(dataDirOrNull, portOrZero, 3);
    }

    /**
     * Starts a broker and waits (at most {@link #START_TIMEOUT}) until it accepts requests.
     *
     * @param dataDirOrNull a directory to keep topics and offsets in across starts, or {@code null} for a
     *                      temporary one (deleted by {@link #close()})
     * @param portOrZero    the client (PLAINTEXT) port, or 0 for the port this directory used last time, or
     *                      a free one; the controller port is chosen the same way. Both are kept for
     *                      {@link #startAgain()}.
     * @param partitions    {@code num.partitions} of auto-created topics
     */
    public static KafkaServer start(Path dataDirOrNull, int portOrZero, int partitions) {
        Path root;
        boolean temporary = dataDirOrNull == null;
        try {
            root = temporary ? Files.createTempDirectory("dangbo-kafka-") : dataDirOrNull.toAbsolutePath().normalize();
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stopOrphanedBroker(root.resolve("broker.pid"));
        Properties previous = readPorts(root);
        int port = portOrZero > 0 ? portOrZero : reusablePort(previous, "port");
        int controllerPort = reusablePort(previous, "controller.port");
        while (controllerPort == port) {
            controllerPort = Files2.freePort();
        }
        writePorts(root, port, controllerPort, partitions);
        KafkaServer server = new KafkaServer(root, temporary, port, controllerPort, partitions);
        try {
            server.startAgain();
        } catch (RuntimeException e) {
            server.closeQuietly();
            throw e;
        }
        return server;
    }

    /**
     * A handle on the broker that another {@code KafkaServer} (typically one in another class loader of this
     * JVM) started on this directory: same ports and data; {@link #stop()}, {@link #startAgain()} and
     * {@link #isRunning()} work on it, {@link #close()} never deletes the directory.
     */
    public static KafkaServer attach(Path dataDir) {
        Path root = dataDir.toAbsolutePath().normalize();
        Properties ports = readPorts(root);
        String port = ports.getProperty("port");
        String controllerPort = ports.getProperty("controller.port");
        if (port == null || controllerPort == null) {
            throw new IllegalStateException("no Kafka was started on " + root);
        }
        return new KafkaServer(root, false, Integer.parseInt(port.trim()), Integer.parseInt(controllerPort.trim()),
                Integer.parseInt(ports.getProperty("partitions", "3").trim()));
    }

    /** {@code 127.0.0.1:<port>}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    /** The directory holding {@code logs/}, {@code broker.log} and friends. */
    public Path directory() {
        return root;
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isTemporary() {
        return temporary;
    }

    /** How long the last start took, from launching the child JVM to its READY line. */
    public synchronized Duration lastStartDuration() {
        return lastStartDuration;
    }

    /** Whether a broker child for this directory is running (started by this or another instance). */
    public synchronized boolean isRunning() {
        return (process != null && process.isAlive()) || runningChild().isPresent();
    }

    /**
     * Starts the broker again on the same ports and data directory (after {@link #stop()}); waits until it
     * accepts requests. Does nothing when it is running.
     */
    public synchronized void startAgain() {
        if (closed) {
            throw new IllegalStateException("closed: " + this);
        }
        if (isRunning()) {
            return;
        }
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xshare:auto");
        command.add("-Djava.awt.headless=true");
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        command.add("-cp");
        command.add(brokerClasspath());
        command.add(MAIN_CLASS);
        command.add("--port");
        command.add(Integer.toString(port));
        command.add("--controller-port");
        command.add(Integer.toString(controllerPort));
        command.add("--data-dir");
        command.add(root.toString());
        command.add("--partitions");
        command.add(Integer.toString(partitions));

        long t0 = System.nanoTime();
        Process child;
        try {
            appendLog("---- starting Kafka on " + bootstrapServers() + " (controller " + controllerPort + ") at "
                    + java.time.Instant.now() + System.lineSeparator());
            child = new ProcessBuilder(command)
                    .directory(root.toFile())
                    .redirectError(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectOutput(ProcessBuilder.Redirect.PIPE)
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot launch the Kafka JVM", e);
        }
        process = child;
        childStdin = child.getOutputStream(); // never written, never closed until stop(): EOF = parent gone
        writePid(child.pid());

        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread pump = new Thread(() -> pumpStdout(child, ready), "dangbo-kafka-output-" + child.pid());
        pump.setDaemon(true);
        pump.start();
        child.onExit().thenRun(() -> ready.completeExceptionally(
                new IllegalStateException("the Kafka JVM exited with " + child.exitValue())));
        try {
            ready.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            stopChild(child, Duration.ofSeconds(5));
            process = null;
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new IllegalStateException("Kafka did not become ready on " + bootstrapServers() + " within "
                    + START_TIMEOUT.toSeconds() + " s: " + cause + System.lineSeparator() + "---- " + logFile
                    + System.lineSeparator() + Files2.tail(logFile, 40), cause);
        }
        lastStartDuration = Duration.ofNanos(System.nanoTime() - t0);
    }

    /** {@link #stop()} then {@link #startAgain()}. */
    public synchronized void restart() {
        stop();
        startAgain();
    }

    /**
     * Stops the broker (it shuts down cleanly within about a second, at most 5 s, then it is killed); the
     * data stays for {@link #startAgain()}. Idempotent.
     */
    public synchronized void stop() {
        if (process != null) {
            stopChild(process, Duration.ofSeconds(15));
            process = null;
        }
        // a broker another instance (class loader) started for this directory
        runningChild().ifPresent(other -> {
            other.destroy(); // SIGTERM: BrokerMain's shutdown hook stops Kafka cleanly
            if (!awaitExit(other, Duration.ofSeconds(15))) {
                other.destroyForcibly();
                awaitExit(other, Duration.ofSeconds(5));
            }
        });
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // next start overwrites it
        }
    }

    /** Stops the broker; deletes the directory when it is temporary. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        try {
            stop();
        } finally {
            closed = true;
            if (temporary) {
                Files2.deleteQuietly(root);
            }
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException ignored) {
                // JVM shutting down
            }
        }
    }

    @Override
    public String toString() {
        return "KafkaServer[" + bootstrapServers() + ", " + root + (temporary ? " (temporary)" : "") + "]";
    }

    // ---------------------------------------------------------------------------------------------------

    private void closeQuietly() {
        try {
            close();
        } catch (RuntimeException ignored) {
            // at JVM exit
        }
    }

    private void stopChild(Process child, Duration timeout) {
        try {
            if (childStdin != null) {
                childStdin.close(); // BrokerMain: end of input -> clean shutdown -> halt
            }
        } catch (IOException ignored) {
            // already gone
        }
        childStdin = null;
        try {
            if (!child.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                child.destroy();
                if (!child.waitFor(5, TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                    child.waitFor(5, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroyForcibly();
        }
    }

    private void pumpStdout(Process child, CompletableFuture<Void> ready) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
             OutputStream log = Files.newOutputStream(logFile, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith(READY_PREFIX)) {
                    ready.complete(null);
                }
                log.write((line + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
                log.flush();
            }
        } catch (IOException ignored) {
            // the child is gone
        }
    }

    private void appendLog(String text) throws IOException {
        Files.write(logFile, text.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private void writePid(long pid) {
        try {
            Files.write(pidFile, Long.toString(pid).getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The broker child recorded in {@code broker.pid}, if it is alive and really our broker. */
    private Optional<ProcessHandle> runningChild() {
        return brokerFromPidFile(pidFile);
    }

    private static Optional<ProcessHandle> brokerFromPidFile(Path pidFile) {
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(new String(Files.readAllBytes(pidFile), StandardCharsets.US_ASCII).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(KafkaServer::isBroker);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the process runs BrokerMain (not a process that got a recycled pid). ProcessHandle.Info cuts
     * long command lines (our classpath), so Linux's /proc is read directly.
     */
    private static boolean isBroker(ProcessHandle p) {
        Path cmdline = Paths.get("/proc", Long.toString(p.pid()), "cmdline");
        if (Files.isReadable(cmdline)) {
            try {
                return new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).contains(MAIN_CLASS);
            } catch (IOException e) {
                return false;
            }
        }
        return p.info().commandLine().map(c -> c.contains(MAIN_CLASS))
                .orElseGet(() -> p.info().command().orElse("").contains("java"));
    }

    /**
     * A broker still running on this directory: if its launcher (a JVM) is alive, the directory is in use
     * and starting fails; a broker whose launcher is gone (it normally stops by itself on end of input) is
     * stopped.
     */
    private static void stopOrphanedBroker(Path pidFile) {
        brokerFromPidFile(pidFile).ifPresent(p -> {
            Optional<ProcessHandle> launcher = p.parent().filter(ProcessHandle::isAlive)
                    .filter(parent -> parent.info().command().orElse("").contains("java"));
            if (launcher.isPresent()) {
                throw new IllegalStateException(pidFile.getParent() + " is in use by the Kafka broker " + p.pid()
                        + " of the running JVM " + launcher.get().pid()
                        + (launcher.get().pid() == ProcessHandle.current().pid() ? " (this one)" : ""));
            }
            p.destroy();
            if (!awaitExit(p, Duration.ofSeconds(15))) {
                p.destroyForcibly();
                awaitExit(p, Duration.ofSeconds(5));
            }
        });
    }

    private static boolean awaitExit(ProcessHandle p, Duration timeout) {
        try {
            p.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return !p.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !p.isAlive();
        }
    }

    private static Properties readPorts(Path root) {
        Properties p = new Properties();
        Path file = root.resolve("ports.properties");
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException ignored) {
                // choose new ones
            }
        }
        return p;
    }

    private static int reusablePort(Properties previous, String key) {
        try {
            int port = Integer.parseInt(previous.getProperty(key, "0"));
            if (port > 0 && Files2.isPortFree(port)) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // choose a new one
        }
        return Files2.freePort();
    }

    private static void writePorts(Path root, int port, int controllerPort, int partitions) {
        String text = "# ports of the last Kafka started on this directory (vn.dangbo.testsupport.infra.KafkaServer)\n"
                + "port=" + port + "\ncontroller.port=" + controllerPort + "\npartitions=" + partitions + "\n";
        try {
            Files.write(root.resolve("ports.properties"), text.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The kafka-broker jar (or classes directory) holding BrokerMain, then every artifact its
     * {@code broker.classpath} resource lists.
     */
    static String brokerClasspath() {
        URL url = KafkaServer.class.getClassLoader().getResource(CLASSPATH_RESOURCE);
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (url == null && context != null) {
            url = context.getResource(CLASSPATH_RESOURCE);
        }
        if (url == null) {
            throw new IllegalStateException(CLASSPATH_RESOURCE + " is not on the classpath: add the dependency"
                    + " vn.dangbo:kafka-broker (through vn.dangbo:test-support) and build it with Maven");
        }
        String listed;
        try (InputStream in = url.openStream()) {
            listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url, e);
        }
        Path location = brokerLocation(url);
        List<String> missing = new ArrayList<>();
        for (String entry : listed.split(File.pathSeparator)) {
            if (!entry.isBlank() && !Files.exists(Paths.get(entry.trim()))) {
                missing.add(entry.trim());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the Kafka broker's artifacts are missing from the local Maven"
                    + " repository (rebuild vn.dangbo:kafka-broker): " + missing);
        }
        return location + File.pathSeparator + listed;
    }

    private static Path brokerLocation(URL url) {
        String s = url.toString();
        try {
            if (s.startsWith("jar:")) {
                // jar:file:/.../kafka-broker-<version>.jar!/vn/dangbo/kafka/broker.classpath
                int bang = s.indexOf("!/");
                return Paths.get(new URI(s.substring("jar:".length(), bang)));
            }
            if ("file".equals(url.getProtocol())) {
                // file:/.../target/classes/vn/dangbo/kafka/broker.classpath
                Path file = Paths.get(url.toURI());
                return file.getParent().getParent().getParent().getParent();
            }
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot tell where " + url + " comes from", e);
        }
        throw new IllegalStateException("cannot tell where " + url + " comes from (neither a jar nor a directory)");
    }
}
