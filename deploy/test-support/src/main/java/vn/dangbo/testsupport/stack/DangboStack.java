package vn.dangbo.testsupport.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import vn.dangbo.testsupport.infra.Files2;
import vn.dangbo.testsupport.infra.KafkaServer;
import vn.dangbo.testsupport.infra.PostgresServer;
import vn.dangbo.testsupport.jwt.TokenIssuer;

/**
 * The whole system on this machine: PostgreSQL (one database per service), Kafka, a JWT key pair and the
 * four packaged services. The local stack runs it on fixed ports with a persistent data directory; the
 * system tests run it on free ports in a temporary one.
 */
public final class DangboStack implements AutoCloseable {

    /** A service module, its database and its port in the local stack. */
    public record Service(String module, String database, int port) {
    }

    public static final List<Service> SERVICES = List.of(
            new Service("registry-service", "registry", 8081),
            new Service("congress-service", "congress", 8082),
            new Service("emulation-service", "emulation", 8083),
            new Service("docs-service", "docs", 8084));

    /**
     * @param repositoryRoot where the service modules are (their {@code target/quarkus-app})
     * @param dataDir        persistent data directory, or null for a temporary stack
     * @param postgresPort   0 for a free port
     * @param kafkaPort      0 for a free port
     * @param freeServicePorts true to give the services free ports instead of 8081-8084
     * @param external       environment switching to an existing PostgreSQL/Kafka (see {@link External})
     * @param skipped        service modules not to start (e.g. one a developer runs in dev mode)
     */
    public record Settings(Path repositoryRoot, Path dataDir, int postgresPort, int kafkaPort,
            boolean freeServicePorts, External external, Set<String> skipped) {
    }

    /**
     * An existing PostgreSQL and/or Kafka instead of the embedded ones: {@code DANGBO_POSTGRES_URL}
     * (e.g. {@code jdbc:postgresql://db.local:5432/}, databases are created under it),
     * {@code DANGBO_POSTGRES_USER}, {@code DANGBO_POSTGRES_PASSWORD}, {@code DANGBO_KAFKA_BOOTSTRAP_SERVERS}.
     */
    public record External(String postgresUrl, String postgresUser, String postgresPassword, String kafka) {

        public static External fromEnvironment(Map<String, String> env) {
            return new External(blankToNull(env.get("DANGBO_POSTGRES_URL")),
                    env.getOrDefault("DANGBO_POSTGRES_USER", "postgres"),
                    env.getOrDefault("DANGBO_POSTGRES_PASSWORD", "postgres"),
                    blankToNull(env.get("DANGBO_KAFKA_BOOTSTRAP_SERVERS")));
        }

        public static External none() {
            return new External(null, null, null, null);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.trim();
        }
    }

    private final Settings settings;
    private final Path dataDir;
    private PostgresServer postgres;
    private KafkaServer kafka;
    private TokenIssuer tokens;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();

    private DangboStack(Settings settings) throws IOException {
        this.settings = settings;
        this.dataDir = settings.dataDir() != null ? settings.dataDir().toAbsolutePath().normalize()
                : Files.createTempDirectory("dangbo-stack-");
        Files.createDirectories(dataDir);
    }

    public static DangboStack start(Settings settings) {
        try {
            DangboStack stack = new DangboStack(settings);
            try {
                stack.startInfrastructure();
                stack.startServices();
            } catch (RuntimeException | IOException e) {
                stack.close();
                throw e;
            }
            return stack;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void startInfrastructure() {
        External external = settings.external();
        CompletableFuture<Void> database = CompletableFuture.runAsync(() -> {
            if (external.postgresUrl() == null) {
                postgres = PostgresServer.start(settings.dataDir() == null ? null : dataDir.resolve("postgres"),
                        settings.postgresPort());
            }
            for (Service service : SERVICES) {
                createDatabase(service.database());
            }
        });
        CompletableFuture<Void> broker = CompletableFuture.runAsync(() -> {
            if (external.kafka() == null) {
                kafka = KafkaServer.start(settings.dataDir() == null ? null : dataDir.resolve("kafka"),
                        settings.kafkaPort());
            }
        });
        tokens = settings.dataDir() == null ? TokenIssuer.ephemeral() : TokenIssuer.loadOrCreate(dataDir.resolve("jwt"));
        CompletableFuture.allOf(database, broker).join();
    }

    private void startServices() throws IOException {
        Path pidFile = dataDir.resolve("services.pid");
        stopOrphans(pidFile);
        for (Service service : SERVICES) {
            ports.put(service.module(), settings.freeServicePorts() ? FreePorts.find() : service.port());
        }
        List<CompletableFuture<Void>> ready = new ArrayList<>();
        for (Service service : SERVICES) {
            if (settings.skipped().contains(service.module())) {
                continue;
            }
            Map<String, String> env = new LinkedHashMap<>();
            env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl(service.database()));
            env.put("QUARKUS_DATASOURCE_USERNAME", databaseUser());
            env.put("QUARKUS_DATASOURCE_PASSWORD", databasePassword());
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers());
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", tokens.publicKeyPath().toString());
            env.put("MP_JWT_VERIFY_ISSUER", tokens.issuer());
            Path jar = settings.repositoryRoot().resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
            ServiceProcess process = ServiceProcess.start(service.module(), jar, ports.get(service.module()), env,
                    dataDir.resolve("logs").resolve(service.module() + ".log"), "384m");
            services.put(service.module(), process);
            ready.add(CompletableFuture.runAsync(() -> process.awaitReady(Duration.ofMinutes(3))));
        }
        Files.writeString(pidFile, services.values().stream().map(p -> String.valueOf(p.pid()))
                .reduce((a, b) -> a + "\n" + b).orElse("") + "\n");
        CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).join();
    }

    /**
     * A launcher killed with SIGKILL cannot stop its services; the next start does, so they do not hold
     * the ports or consume events twice.
     */
    private static void stopOrphans(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        for (String line : Files.readAllLines(pidFile)) {
            if (line.isBlank()) {
                continue;
            }
            ProcessHandle.of(Long.parseLong(line.trim()))
                    .filter(p -> p.info().commandLine().map(c -> c.contains("quarkus-run.jar")).orElse(false))
                    .ifPresent(orphan -> {
                        orphan.destroy();
                        orphan.onExit().orTimeout(20, java.util.concurrent.TimeUnit.SECONDS)
                                .exceptionally(e -> {
                                    orphan.destroyForcibly();
                                    return orphan;
                                }).join();
                    });
        }
        Files.delete(pidFile);
    }

    private void createDatabase(String name) {
        if (postgres != null) {
            postgres.createDatabase(name);
            return;
        }
        Properties credentials = new Properties();
        credentials.setProperty("user", databaseUser());
        credentials.setProperty("password", databasePassword());
        try (Connection c = new org.postgresql.Driver().connect(settings.external().postgresUrl() + "postgres", credentials);
             PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("create database \"" + name + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " on " + settings.external().postgresUrl(), e);
        }
    }

    public String jdbcUrl(String database) {
        return postgres != null ? postgres.jdbcUrl(database) : settings.external().postgresUrl() + database;
    }

    public String databaseUser() {
        return postgres != null ? postgres.username() : settings.external().postgresUser();
    }

    public String databasePassword() {
        return postgres != null ? postgres.password() : settings.external().postgresPassword();
    }

    public String kafkaBootstrapServers() {
        return kafka != null ? kafka.bootstrapServers() : settings.external().kafka();
    }

    /** The embedded broker (null when an external Kafka is used): the fault test stops and restarts it. */
    public KafkaServer kafka() {
        return kafka;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public TokenIssuer tokens() {
        return tokens;
    }

    public ServiceProcess service(String module) {
        ServiceProcess process = services.get(module);
        if (process == null) {
            throw new IllegalArgumentException("no service " + module);
        }
        return process;
    }

    public List<ServiceProcess> services() {
        return List.copyOf(services.values());
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Services first (they flush their outboxes and close their consumers), then Kafka, then PostgreSQL. */
    @Override
    public void close() {
        List<CompletableFuture<Void>> stopping = new ArrayList<>();
        for (ServiceProcess process : services.values()) {
            stopping.add(CompletableFuture.runAsync(process::close));
        }
        CompletableFuture.allOf(stopping.toArray(CompletableFuture[]::new)).join();
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (settings.dataDir() == null) {
            // a temporary stack's directory (service logs, pid file): every test run would otherwise leave one
            Files2.deleteQuietly(dataDir);
        }
    }
}
