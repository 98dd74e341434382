package vn.dangbo.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * A single-node Kafka server in KRaft mode (one process that is both broker and controller), meant to
 * run in its own JVM with the classpath listed in {@code vn/dangbo/kafka/broker.classpath}.
 *
 * <pre>
 * java -cp kafka-broker.jar:&lt;broker.classpath&gt; vn.dangbo.kafka.BrokerMain \
 *      --port 9092 --controller-port 9093 --data-dir /some/dir [--partitions 3] [--ignore-stdin]
 *      [--sasl-port 9094 [--authorizer] [--ssl-keystore broker.p12 --ssl-keystore-password secret]]
 * </pre>
 *
 * <ul>
 *   <li>The log directory is {@code <data-dir>/logs}; it is formatted only when it is not formatted yet,
 *       so a restart on the same data directory keeps every topic and offset.</li>
 *   <li>When the broker answers an AdminClient {@code describeCluster}, exactly one line
 *       {@code DANGBO-KAFKA-READY 127.0.0.1:<port>} is printed to standard output. Everything else
 *       (Kafka's own logging, at WARN) goes to standard error.</li>
 *   <li>A daemon thread reads standard input until end of file and then stops the broker (bounded, then
 *       {@link Runtime#halt(int)}), so the broker dies with the process that started it, even when that
 *       process is killed with SIGKILL. {@code --ignore-stdin} turns this off (manual runs).</li>
 *   <li>SIGTERM also stops the broker (shutdown hook, same bound).</li>
 *   <li>{@code --sasl-port} adds a listener {@code SASL_PLAINTEXT} with SASL/SCRAM-SHA-512 beside the PLAINTEXT one,
 *       so a client can be tested with the credentials a cluster's KafkaUser has. Users are created after the
 *       start with {@code Admin.alterUserScramCredentials} on the PLAINTEXT listener (KRaft keeps them in its
 *       metadata log). {@code --authorizer} also runs Kafka's StandardAuthorizer: a SASL user may do only what
 *       its ACLs allow, while the PLAINTEXT and controller listeners (principal {@code User:ANONYMOUS}, a super
 *       user) stay unrestricted. Without these options the broker is exactly the plain one.</li>
 *   <li>{@code --ssl-keystore} (a PKCS12 file holding the broker's key and its certificate chain) makes that listener
 *       {@code SASL_SSL}, as a Strimzi listener with {@code tls: true} and SCRAM-SHA-512 is; no client certificate is
 *       asked for. The PLAINTEXT and controller listeners stay plain.</li>
 * </ul>
 *
 * This class must not touch any Kafka or SLF4J class before {@link #main} has set the logging properties.
 */
public final class BrokerMain {

    public static final String READY_PREFIX = "DANGBO-KAFKA-READY ";

    /** How long a shutdown may take before the JVM is halted. */
    private static final long SHUTDOWN_BOUND_MS = 5_000;

    private BrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        // slf4j-simple reads these when the first logger is created: keep Kafka quiet, on stderr.
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
        setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
        setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
        // log4j-core is on Kafka's classpath (dynamic log levels); keep its status logger silent.
        setIfAbsent("log4j2.statusLoggerLevel", "OFF");

        Options options = Options.parse(args);
        Broker broker = new Broker(options);
        broker.run();
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** Command line options. */
    static final class Options {
        int port = -1;
        int controllerPort = -1;
        Path dataDir;
        int partitions = 3;
        boolean watchStdin = true;
        int saslPort = -1;
        boolean authorizer;
        Path sslKeystore;
        String sslKeystorePassword;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--port":
                        o.port = Integer.parseInt(value(args, ++i, a));
                        break;
                    case "--controller-port":
                        o.controllerPort = Integer.parseInt(value(args, ++i, a));
                        break;
                    case "--data-dir":
                        o.dataDir = Paths.get(value(args, ++i, a)).toAbsolutePath().normalize();
                        break;
                    case "--partitions":
                        o.partitions = Integer.parseInt(value(args, ++i, a));
                        break;
                    case "--ignore-stdin":
                        o.watchStdin = false;
                        break;
                    case "--sasl-port":
                        o.saslPort = Integer.parseInt(value(args, ++i, a));
                        break;
                    case "--authorizer":
                        o.authorizer = true;
                        break;
                    case "--ssl-keystore":
                        o.sslKeystore = Paths.get(value(args, ++i, a)).toAbsolutePath().normalize();
                        break;
                    case "--ssl-keystore-password":
                        o.sslKeystorePassword = value(args, ++i, a);
                        break;
                    default:
                        throw usage("unknown argument " + a);
                }
            }
            if (o.port <= 0 || o.controllerPort <= 0 || o.dataDir == null || o.partitions <= 0) {
                throw usage("--port, --controller-port and --data-dir are required");
            }
            if (o.port == o.controllerPort) {
                throw usage("--port and --controller-port must differ");
            }
            if (o.saslPort == o.port || o.saslPort == o.controllerPort || o.saslPort == 0) {
                throw usage("--sasl-port must be a port of its own");
            }
            if (o.authorizer && o.saslPort < 0) {
                throw usage("--authorizer needs --sasl-port (the PLAINTEXT listener is never restricted)");
            }
            if (o.sslKeystore != null && o.saslPort < 0) {
                throw usage("--ssl-keystore needs --sasl-port (only the SASL listener is TLS)");
            }
            if ((o.sslKeystore == null) != (o.sslKeystorePassword == null)) {
                throw usage("--ssl-keystore and --ssl-keystore-password go together");
            }
            return o;
        }

        private static String value(String[] args, int i, String name) {
            if (i >= args.length) {
                throw usage(name + " needs a value");
            }
            return args[i];
        }

        private static IllegalArgumentException usage(String problem) {
            return new IllegalArgumentException(problem + "\nusage: BrokerMain --port <p> --controller-port <c>"
                    + " --data-dir <dir> [--partitions <n>] [--ignore-stdin] [--sasl-port <s> [--authorizer]"
                    + " [--ssl-keystore <pkcs12> --ssl-keystore-password <password>]]");
        }
    }

    /** Holds the Kafka objects; loaded only after the logging properties are set. */
    static final class Broker {
        private final Options options;
        private volatile kafka.server.KafkaRaftServer server;
        private final Object shutdownLock = new Object();
        private boolean shutdownStarted;
        private final java.util.concurrent.CountDownLatch shutdownDone = new java.util.concurrent.CountDownLatch(1);

        Broker(Options options) {
            this.options = options;
        }

        void run() throws Exception {
            Path logDir = options.dataDir.resolve("logs");
            Files.createDirectories(logDir);
            Properties props = serverProperties(options, logDir);
            Path propsFile = options.dataDir.resolve("server.properties");
            writeProperties(props, propsFile);

            if (options.watchStdin) {
                Thread watcher = new Thread(this::watchStdin, "dangbo-stdin-watch");
                watcher.setDaemon(true);
                watcher.start();
            }

            long t0 = System.nanoTime();
            formatIfNeeded(propsFile, logDir);

            kafka.server.KafkaConfig config = kafka.server.KafkaConfig.fromProps(props, false);
            server = new kafka.server.KafkaRaftServer(config, org.apache.kafka.common.utils.Time.SYSTEM);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown("SIGTERM", false), "dangbo-kafka-shutdown"));
            try {
                server.startup();
            } catch (Throwable e) {
                System.err.println("Kafka failed to start: " + e);
                e.printStackTrace(System.err);
                Runtime.getRuntime().halt(1);
            }
            awaitAcceptingRequests();
            System.err.printf("Kafka started in %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
            System.out.println(READY_PREFIX + "127.0.0.1:" + options.port);
            System.out.flush();

            server.awaitShutdown();
            // the broker stopped (SIGTERM, or it gave up by itself): leave even if Kafka left threads behind
            System.exit(0);
        }

        /**
         * {@code kafka-storage format --ignore-formatted}, without letting the tool exit the JVM. Even with
         * {@code --ignore-formatted} the tool insists that the cluster id matches the one in an existing
         * {@code meta.properties}, so an already formatted directory's id is reused.
         */
        private void formatIfNeeded(Path propsFile, Path logDir) throws Exception {
            String clusterId = existingClusterId(logDir);
            if (clusterId == null) {
                clusterId = org.apache.kafka.common.Uuid.randomUuid().toString();
            }
            String[] formatArgs = {"format", "--cluster-id", clusterId, "--config", propsFile.toString(),
                    "--ignore-formatted"};
            org.apache.kafka.common.utils.Exit.setExitProcedure((code, message) -> {
                throw new IllegalStateException("kafka-storage format wanted to exit with " + code + ": " + message);
            });
            org.apache.kafka.common.utils.Exit.setHaltProcedure((code, message) -> {
                throw new IllegalStateException("kafka-storage format wanted to halt with " + code + ": " + message);
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8)) {
                int rc = kafka.tools.StorageTool.execute(formatArgs, ps);
                if (rc != 0) {
                    throw new IllegalStateException("kafka-storage format failed (" + rc + "): "
                            + out.toString(StandardCharsets.UTF_8));
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException("kafka-storage format failed: " + e.getMessage() + "\n"
                        + out.toString(StandardCharsets.UTF_8), e);
            } finally {
                org.apache.kafka.common.utils.Exit.resetExitProcedure();
                org.apache.kafka.common.utils.Exit.resetHaltProcedure();
            }
            System.err.print(out.toString(StandardCharsets.UTF_8));
        }

        private static String existingClusterId(Path logDir) throws IOException {
            Path meta = logDir.resolve("meta.properties");
            if (!Files.isRegularFile(meta)) {
                return null;
            }
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(meta)) {
                p.load(in);
            }
            String id = p.getProperty("cluster.id");
            return id == null || id.isBlank() ? null : id.trim();
        }

        private void awaitAcceptingRequests() throws InterruptedException {
            Properties adminProps = new Properties();
            adminProps.put("bootstrap.servers", "127.0.0.1:" + options.port);
            adminProps.put("client.id", "dangbo-broker-readiness");
            adminProps.put("request.timeout.ms", "2000");
            adminProps.put("default.api.timeout.ms", "2000");
            adminProps.put("reconnect.backoff.ms", "50");
            adminProps.put("reconnect.backoff.max.ms", "200");
            adminProps.put("retry.backoff.ms", "50");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(adminProps)) {
                while (true) {
                    try {
                        Collection<org.apache.kafka.common.Node> nodes = admin.describeCluster()
                                .nodes().get(3, TimeUnit.SECONDS);
                        if (!nodes.isEmpty()) {
                            return;
                        }
                    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                        if (System.nanoTime() > deadline) {
                            System.err.println("Kafka did not accept requests in time: " + e);
                            Runtime.getRuntime().halt(1);
                        }
                    }
                    Thread.sleep(50);
                }
            }
        }

        private void watchStdin() {
            byte[] buffer = new byte[256];
            try {
                InputStream in = System.in;
                while (in.read(buffer) != -1) {
                    // the parent never writes; only end of file matters
                }
            } catch (IOException ignored) {
                // a broken pipe means the parent is gone as well
            }
            shutdown("end of standard input", true);
        }

        /**
         * Stops the broker; the first caller does the work, a later caller waits for it. Never takes longer
         * than {@link #SHUTDOWN_BOUND_MS}: a daemon thread halts the JVM after that.
         */
        private void shutdown(String reason, boolean haltAfterwards) {
            boolean first;
            synchronized (shutdownLock) {
                first = !shutdownStarted;
                shutdownStarted = true;
            }
            if (first) {
                Thread halter = new Thread(() -> {
                    try {
                        Thread.sleep(SHUTDOWN_BOUND_MS);
                    } catch (InterruptedException e) {
                        return;
                    }
                    System.err.println("Kafka shutdown took longer than " + SHUTDOWN_BOUND_MS + " ms; halting");
                    Runtime.getRuntime().halt(2);
                }, "dangbo-halter");
                halter.setDaemon(true);
                halter.start();
                System.err.println("Stopping Kafka: " + reason);
                long t0 = System.nanoTime();
                kafka.server.KafkaRaftServer s = server;
                if (s != null) {
                    try {
                        s.shutdown();
                    } catch (Throwable e) {
                        e.printStackTrace(System.err);
                    }
                }
                System.err.printf("Kafka stopped in %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
                System.err.flush();
                shutdownDone.countDown();
            } else {
                try {
                    shutdownDone.await(SHUTDOWN_BOUND_MS, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (haltAfterwards) {
                Runtime.getRuntime().halt(0);
            }
        }
    }

    static Properties serverProperties(Options o, Path logDir) {
        Map<String, String> p = new TreeMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + o.controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + o.port + ",CONTROLLER://127.0.0.1:" + o.controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + o.port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        if (o.saslPort > 0) {
            sasl(p, o);
        }

        // one node: every replication factor is 1
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("share.coordinator.state.topic.num.partitions", "5");

        p.put("auto.create.topics.enable", "true");
        p.put("num.partitions", Integer.toString(o.partitions));
        p.put("group.initial.rebalance.delay.ms", "0");

        // small, quick, and nothing is deleted behind a developer's back
        p.put("log.segment.bytes", Integer.toString(8 * 1024 * 1024));
        p.put("log.index.size.max.bytes", Integer.toString(1024 * 1024));
        p.put("log.retention.ms", "-1");
        p.put("log.retention.bytes", "-1");
        p.put("log.cleaner.dedupe.buffer.size", Integer.toString(4 * 1024 * 1024));
        p.put("log.cleaner.threads", "1");
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "4");
        p.put("background.threads", "2");
        p.put("num.recovery.threads.per.data.dir", "1");
        p.put("num.replica.fetchers", "1");

        // Fast shutdown and restart. Controlled shutdown stays on: it takes ~30 ms on one node and records
        // the broker as fenced, so a restart can register at once instead of waiting for the old
        // registration's session to time out (DuplicateBrokerRegistrationException for ~3 s).
        p.put("controlled.shutdown.enable", "true");
        p.put("controlled.shutdown.max.retries", "1");
        p.put("controlled.shutdown.retry.backoff.ms", "100");
        p.put("broker.heartbeat.interval.ms", "500");
        p.put("broker.session.timeout.ms", "3000");
        p.put("controller.quorum.election.timeout.ms", "500");
        p.put("controller.quorum.fetch.timeout.ms", "1000");
        p.put("transaction.abort.timed.out.transaction.cleanup.interval.ms", "10000");
        p.put("transaction.remove.expired.transaction.cleanup.interval.ms", "10000");
        p.put("group.consumer.session.timeout.ms", "10000");
        p.put("group.consumer.min.session.timeout.ms", "5000");
        p.put("group.min.session.timeout.ms", "1000");

        Properties props = new Properties();
        props.putAll(p);
        return props;
    }

    /**
     * The optional SASL/SCRAM-SHA-512 listener (SASL_SSL with a keystore, else SASL_PLAINTEXT), and the optional
     * authorizer. Inter-broker and controller traffic
     * stay on the PLAINTEXT and CONTROLLER listeners, whose principal is {@code User:ANONYMOUS}: as a super user it
     * keeps the broker registering with its controller (in KRaft they authorize each other's requests too), and
     * it keeps the test-support clients (TopicReader, TopicWriter, an Admin granting ACLs) unrestricted.
     */
    private static void sasl(Map<String, String> p, Options o) {
        String protocol = o.sslKeystore != null ? "SASL_SSL" : "SASL_PLAINTEXT";
        String prefix = "listener.name." + protocol.toLowerCase(java.util.Locale.ROOT) + ".";
        String sasl = protocol + "://127.0.0.1:" + o.saslPort;
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + o.port + "," + sasl + ",CONTROLLER://127.0.0.1:" + o.controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + o.port + "," + sasl);
        p.put("listener.security.protocol.map",
                "PLAINTEXT:PLAINTEXT," + protocol + ":" + protocol + ",CONTROLLER:PLAINTEXT");
        p.put(prefix + "sasl.enabled.mechanisms", "SCRAM-SHA-512");
        // the server side of SCRAM needs a login module entry, but no credentials: users live in the metadata log
        p.put(prefix + "scram-sha-512.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        if (o.sslKeystore != null) {
            // the advertised host is 127.0.0.1: the certificate names it, so a client keeps hostname verification on
            p.put(prefix + "ssl.keystore.type", "PKCS12");
            p.put(prefix + "ssl.keystore.location", o.sslKeystore.toString());
            p.put(prefix + "ssl.keystore.password", o.sslKeystorePassword);
            p.put(prefix + "ssl.key.password", o.sslKeystorePassword);
            p.put(prefix + "ssl.client.auth", "none");
        }
        if (o.authorizer) {
            p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
            p.put("super.users", "User:ANONYMOUS");
            p.put("allow.everyone.if.no.acl.found", "false");
        }
    }

    private static void writeProperties(Properties props, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# written by vn.dangbo.kafka.BrokerMain on every start; edits are overwritten");
        new TreeMap<>(props).forEach((k, v) -> lines.add(k + "=" + escape(String.valueOf(v))));
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, lines, StandardCharsets.ISO_8859_1);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String escape(String value) {
        StringBuilder sb = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '\\' || c == ':' || c == '=' || c == '#' || c == '!') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
