package vn.dangbo.testsupport.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.dangbo.testsupport.infra.KafkaServer;
import vn.dangbo.testsupport.infra.PostgresServer;
import vn.dangbo.testsupport.jwt.TokenIssuer;

/**
 * Real PostgreSQL, a real Kafka broker and a JWT key pair for {@code @QuarkusTest}s, started once per JVM and
 * shared by every test class and every Quarkus restart (test profiles) in that JVM.
 *
 * <p>Use it on every {@code @QuarkusTest} class of a service (or on a common base class / meta-annotation),
 * always with the same arguments:
 * <pre>{@code
 * @QuarkusTest
 * @QuarkusTestResource(value = RealInfrastructure.class,
 *         initArgs = @ResourceArg(name = "database", value = "registry"),
 *         restrictToAnnotatedClass = false)
 * class MemberResourceTest { ... }
 * }</pre>
 * ({@code io.quarkus.test.common.QuarkusTestResource} and {@code io.quarkus.test.common.ResourceArg}; in
 * Quarkus 3.34 {@code @QuarkusTestResource} is not deprecated. The equivalent newer form is
 * {@code @WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database",
 * value = "registry"), scope = TestResourceScope.GLOBAL)}; do not mix the two forms in one module, and keep
 * the arguments identical, or Quarkus restarts the application between test classes.)
 *
 * <p>Argument {@code database} (required): the database created (if missing) for this service. {@link #start()}
 * returns {@code quarkus.datasource.jdbc.url}, {@code quarkus.datasource.username},
 * {@code quarkus.datasource.password}, {@code kafka.bootstrap.servers},
 * {@code mp.jwt.verify.publickey.location} and {@code mp.jwt.verify.issuer}.
 *
 * <p>Tests reach the same servers through {@link #postgres()}, {@link #kafka()} and {@link #tokens()}.
 *
 * <h2>Why system properties</h2>
 * Quarkus loads this class (and the whole test-support jar) again in a new class loader for each application
 * restart (each {@code @TestProfile}), so static fields alone would start a second PostgreSQL and Kafka. The
 * first instance in the JVM starts the servers and publishes where they are in system properties
 * ({@code vn.dangbo.testsupport.*}); instances in later class loaders attach to them. The servers stop in JVM
 * shutdown hooks, never in {@link #stop()} (which Quarkus calls at every application restart).
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE_ARG = "database";

    static final String PROP_POSTGRES_PORT = "vn.dangbo.testsupport.postgres.port";
    static final String PROP_POSTGRES_DIR = "vn.dangbo.testsupport.postgres.dir";
    static final String PROP_KAFKA_DIR = "vn.dangbo.testsupport.kafka.dir";
    static final String PROP_JWT_DIR = "vn.dangbo.testsupport.jwt.dir";

    /**
     * One monitor for every class loader of the JVM: string literals are interned JVM-wide, whichever class
     * loader loaded the class that names them.
     */
    private static final Object JVM_LOCK = "vn.dangbo.testsupport.quarkus.RealInfrastructure#JVM_LOCK";

    private static volatile Servers servers;

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        String value = initArgs == null ? null : initArgs.get(DATABASE_ARG);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(RealInfrastructure.class.getSimpleName()
                    + " needs @ResourceArg(name = \"database\", value = \"<service database>\")");
        }
        this.database = value.trim();
    }

    @Override
    public Map<String, String> start() {
        if (database == null) {
            throw new IllegalStateException("init(Map) did not run: use initArgs = @ResourceArg(name = \"database\", ...)");
        }
        Servers s = servers();
        s.postgres.createDatabase(database);
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", s.postgres.jdbcUrl(database));
        config.put("quarkus.datasource.username", s.postgres.username());
        config.put("quarkus.datasource.password", s.postgres.password());
        config.put("kafka.bootstrap.servers", s.kafka.bootstrapServers());
        config.put("mp.jwt.verify.publickey.location", s.tokens.publicKeyPath().toString());
        config.put("mp.jwt.verify.issuer", s.tokens.issuer());
        return config;
    }

    /** Nothing: the servers live as long as the JVM (shutdown hooks stop them). */
    @Override
    public void stop() {
    }

    /**
     * The JVM's PostgreSQL (started if needed). A fault test may {@link PostgresServer#pause()} /
     * {@link PostgresServer#resume()} or {@link PostgresServer#halt()} / {@link PostgresServer#startAgain()} it,
     * always undoing it in a {@code finally}: every test class of the JVM shares it.
     */
    public static PostgresServer postgres() {
        return servers().postgres;
    }

    /** The JVM's Kafka broker (started if needed); a fault test may {@link KafkaServer#stop()} and {@link KafkaServer#startAgain()} it. */
    public static KafkaServer kafka() {
        return servers().kafka;
    }

    /** Mints tokens the services of this JVM accept. */
    public static TokenIssuer tokens() {
        return servers().tokens;
    }

    private static Servers servers() {
        Servers s = servers;
        if (s != null) {
            return s;
        }
        synchronized (JVM_LOCK) {
            if (servers == null) {
                servers = System.getProperty(PROP_POSTGRES_PORT) == null ? startServers() : attachServers();
            }
            return servers;
        }
    }

    /** First in the JVM: start everything, publish the coordinates. */
    private static Servers startServers() {
        PostgresServer postgres = null;
        KafkaServer kafka = null;
        try {
            Path jwtDir = Files.createTempDirectory("dangbo-test-jwt-");
            jwtDir.toFile().deleteOnExit();
            TokenIssuer tokens = TokenIssuer.loadOrCreate(jwtDir);
            jwtDir.resolve(TokenIssuer.PRIVATE_KEY_FILE).toFile().deleteOnExit();
            jwtDir.resolve(TokenIssuer.PUBLIC_KEY_FILE).toFile().deleteOnExit();
            postgres = PostgresServer.start(null, 0);
            kafka = KafkaServer.start(null, 0);
            System.out.printf("[test-support] PostgreSQL %s (%d ms), Kafka %s (%d ms)%n",
                    postgres.jdbcUrl(""), postgres.startDuration().toMillis(),
                    kafka.bootstrapServers(), kafka.lastStartDuration().toMillis());
            System.setProperty(PROP_JWT_DIR, jwtDir.toString());
            System.setProperty(PROP_KAFKA_DIR, kafka.directory().toString());
            System.setProperty(PROP_POSTGRES_DIR, postgres.directory().toString());
            System.setProperty(PROP_POSTGRES_PORT, Integer.toString(postgres.port()));
            return new Servers(postgres, kafka, tokens);
        } catch (IOException e) {
            closeAll(postgres, kafka);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            closeAll(postgres, kafka);
            throw e;
        }
    }

    /** A later class loader: the servers run already. */
    private static Servers attachServers() {
        int port = Integer.parseInt(System.getProperty(PROP_POSTGRES_PORT));
        String postgresDir = System.getProperty(PROP_POSTGRES_DIR);
        return new Servers(postgresDir == null ? PostgresServer.attach(port) : PostgresServer.attach(port, Paths.get(postgresDir)),
                KafkaServer.attach(Paths.get(System.getProperty(PROP_KAFKA_DIR))),
                TokenIssuer.loadOrCreate(Paths.get(System.getProperty(PROP_JWT_DIR))));
    }

    private static void closeAll(PostgresServer postgres, KafkaServer kafka) {
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.stop();
        }
    }

    private static final class Servers {
        final PostgresServer postgres;
        final KafkaServer kafka;
        final TokenIssuer tokens;

        Servers(PostgresServer postgres, KafkaServer kafka, TokenIssuer tokens) {
            this.postgres = postgres;
            this.kafka = kafka;
            this.tokens = tokens;
        }
    }
}
