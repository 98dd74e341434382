package vn.dangbo.testsupport.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
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
 *   tls/                with a TLS listener: the test CA (ca.crt, PEM) and the broker's keystore it signed
 * </pre>
 *
 * <p>The child's standard input stays open; when this JVM dies (even by SIGKILL) the child sees end of file
 * and stops. {@link #stop()} stops the child and keeps the data; {@link #startAgain()} starts a new child on
 * the same ports and data, with every topic and committed offset still there. {@link #close()} stops it and
 * deletes a temporary directory; a JVM shutdown hook calls {@link #close()}.
 *
 * <p>Instances in different class loaders of one JVM (Quarkus restarts) may control the same broker: the
 * child is found through {@code broker.pid}, so {@link #stop()} works on a broker another instance started.
 *
 * <p>A broker started with {@link Security#SASL_SCRAM} or {@link Security#SASL_SCRAM_WITH_ACLS} also listens on
 * {@link #saslBootstrapServers()} (SASL_PLAINTEXT, SCRAM-SHA-512) for users added with {@link #addScramUser}; with
 * ACLs, such a user may do only what the ACLs granted on the PLAINTEXT listener allow. With
 * {@link Security#SASL_SSL_SCRAM_WITH_ACLS} that listener is SASL_SSL, as a Strimzi listener with {@code tls: true}:
 * its certificate, for {@code IP:127.0.0.1} and {@code DNS:localhost}, is signed by a CA made for this directory,
 * which a client trusts through {@link #caCertificatePem()} ({@code ssl.truststore.type=PEM}) with hostname
 * verification on; {@link #saslClientSettings} gives a user's complete client settings for either variant. The
 * PLAINTEXT listener is the same in every variant and never restricted.
 */
public final class KafkaServer implements AutoCloseable {

    public static final String READY_PREFIX = "DANGBO-KAFKA-READY ";
    public static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    static {
        // The shutdown hook runs stop() when this class loader may no longer load classes (a closed Quarkus or
        // test class loader at JVM exit): load what stop() needs now.
        BrokerProcesses.load();
    }

    private final Path root;
    private final boolean temporary;
    private final int port;
    private final int controllerPort;
    private final BrokerPorts ports;
    private final Path logFile;
    private final Path pidFile;
    private final Thread shutdownHook;

    private Process process;
    private OutputStream childStdin;
    private Duration lastStartDuration = Duration.ZERO;
    private boolean closed;

    private KafkaServer(Path root, boolean temporary, BrokerPorts ports) {
        this.root = root;
        this.temporary = temporary;
        this.port = ports.port();
        this.controllerPort = ports.controllerPort();
        this.ports = ports;
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
        return start(dataDirOrNull, portOrZero, partitions, Security.PLAINTEXT);
    }

    /**
     * {@link #start(Path, int, int)} with an extra SASL listener and, optionally, ACLs ({@link Security}); the SASL
     * port is chosen like the controller port.
     */
    public static KafkaServer start(Path dataDirOrNull, int portOrZero, int partitions, Security security) {
        Path root;
        boolean temporary = dataDirOrNull == null;
        try {
            root = temporary ? Files.createTempDirectory("dangbo-kafka-") : dataDirOrNull.toAbsolutePath().normalize();
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BrokerProcesses.stopOrphanedBroker(root.resolve("broker.pid"));
        BrokerPorts ports = BrokerPorts.choose(root, portOrZero, partitions, security);
        if (security.tls()) {
            certificateAuthority(root).serverKeystore(); // before the start, so its timeout never counts keytool
        }
        KafkaServer server = new KafkaServer(root, temporary, ports);
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
        return new KafkaServer(root, false, BrokerPorts.recorded(root));
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

    /** {@code 127.0.0.1:<sasl port>}, the SASL_PLAINTEXT (SCRAM-SHA-512) listener. */
    public String saslBootstrapServers() {
        if (ports.saslPort() <= 0) {
            throw new IllegalStateException(this + " was started without a SASL listener (Security.SASL_SCRAM)");
        }
        return "127.0.0.1:" + ports.saslPort();
    }

    /** {@code SASL_SSL} when the SASL listener is TLS, else {@code SASL_PLAINTEXT}. */
    public String saslSecurityProtocol() {
        saslBootstrapServers();
        return ports.tls() ? "SASL_SSL" : "SASL_PLAINTEXT";
    }

    /**
     * The certificate of the CA that signed the SASL_SSL listener's certificate, as a PEM file: what a client names in
     * {@code ssl.truststore.location} with {@code ssl.truststore.type=PEM}, as a pod names Strimzi's cluster CA.
     */
    public Path caCertificatePem() {
        if (!ports.tls()) {
            throw new IllegalStateException(this + " has no TLS listener (Security.SASL_SSL_SCRAM_WITH_ACLS)");
        }
        return certificateAuthority(root).certificatePem();
    }

    /**
     * Everything a client of the SASL listener needs as SCRAM user {@code user}: bootstrap servers, security protocol,
     * mechanism and {@code sasl.jaas.config}, and with TLS the CA as a PEM truststore (hostname verification stays on).
     */
    public Map<String, Object> saslClientSettings(String user, String password) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("bootstrap.servers", saslBootstrapServers());
        settings.put("security.protocol", saslSecurityProtocol());
        settings.put("sasl.mechanism", "SCRAM-SHA-512");
        settings.put("sasl.jaas.config", scramJaasConfig(user, password));
        if (ports.tls()) {
            settings.put("ssl.truststore.type", "PEM");
            settings.put("ssl.truststore.location", caCertificatePem().toString());
        }
        return settings;
    }

    /** Whether a SASL user is limited to its ACLs (StandardAuthorizer). */
    public boolean enforcesAcls() {
        return ports.authorizer();
    }

    /**
     * Creates (or changes the password of) a SCRAM-SHA-512 user, through the PLAINTEXT listener; waits until the
     * SASL listener accepts the user, since KRaft hands the credential to the broker asynchronously.
     */
    public void addScramUser(String user, String password) {
        ScramUsers.upsert(this, user, password);
    }

    /** The client's {@code sasl.jaas.config} for a SCRAM user, as a Strimzi KafkaUser's Secret holds it. */
    public static String scramJaasConfig(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
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
        List<String> command = BrokerLauncher.command(root, ports);
        long t0 = System.nanoTime();
        Process child = BrokerLauncher.launch(command, root, logFile, bootstrapServers(), controllerPort);
        process = child;
        childStdin = child.getOutputStream(); // never written, never closed until stop(): EOF = parent gone
        BrokerProcesses.writePid(pidFile, child.pid());
        try {
            BrokerReadiness.await(child, logFile, START_TIMEOUT);
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
        runningChild().ifPresent(BrokerProcesses::terminate);
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
        BrokerProcesses.stopChild(child, childStdin, timeout);
        childStdin = null;
    }

    /** The broker child recorded in {@code broker.pid}, if it is alive and really our broker. */
    private Optional<ProcessHandle> runningChild() {
        return BrokerProcesses.brokerFromPidFile(pidFile);
    }

    /** The listeners and access control of a broker start. */
    public enum Security {
        /** Only the PLAINTEXT listener: what every test and the local stack use. */
        PLAINTEXT(false, false, false),
        /** Also a SASL_PLAINTEXT listener with SCRAM-SHA-512; an authenticated user may do anything. */
        SASL_SCRAM(true, false, false),
        /** Also a SASL_PLAINTEXT listener with SCRAM-SHA-512, whose users may do only what their ACLs allow. */
        SASL_SCRAM_WITH_ACLS(true, true, false),
        /**
         * Also a SASL_SSL listener with SCRAM-SHA-512 (a certificate signed by the directory's test CA), whose users may
         * do only what their ACLs allow: the cluster's listener as the services' pods see it.
         */
        SASL_SSL_SCRAM_WITH_ACLS(true, true, true);

        private final boolean sasl;
        private final boolean authorizer;
        private final boolean tls;

        Security(boolean sasl, boolean authorizer, boolean tls) {
            this.sasl = sasl;
            this.authorizer = authorizer;
            this.tls = tls;
        }

        boolean sasl() {
            return sasl;
        }

        boolean authorizer() {
            return authorizer;
        }

        boolean tls() {
            return tls;
        }
    }

    /** The CA of a broker directory's TLS listener, made on its first TLS start and kept for every later one. */
    static CertificateAuthority certificateAuthority(Path root) {
        return CertificateAuthority.in(root.resolve("tls"), "dangbo test Kafka CA");
    }

    /** Kept here for {@code KafkaServerTest}; see {@link BrokerClasspath#resolve()}. */
    static String brokerClasspath() {
        return BrokerClasspath.resolve();
    }
}
