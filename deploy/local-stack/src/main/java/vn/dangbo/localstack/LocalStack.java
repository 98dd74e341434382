package vn.dangbo.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import vn.dangbo.demodata.DemoDataGenerator;
import vn.dangbo.demodata.DemoDataLoader;
import vn.dangbo.demodata.DemoFiles;
import vn.dangbo.demodata.DemoEventsLoader;
import vn.dangbo.demodata.DemoMovementLoader;
import vn.dangbo.demodata.DemoRoundLoader;
import vn.dangbo.testsupport.stack.DangboStack;
import vn.dangbo.testsupport.stack.ServiceProcess;

/**
 * README command 1: PostgreSQL, Kafka and the four services on this machine, with the demo bloc loaded and
 * tokens printed. Ctrl-C or SIGTERM stops everything; the next start reuses the data in {@code .dangbo/}.
 */
public final class LocalStack {

    private static final String REGISTRY = "registry-service";
    private static final String CONGRESS = "congress-service";
    private static final String EMULATION = "emulation-service";

    private LocalStack() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Path root = repositoryRoot();
        Path dataDir = System.getenv("DANGBO_HOME") != null ? Path.of(System.getenv("DANGBO_HOME"))
                : root.resolve(".dangbo");
        DangboStack.External external = DangboStack.External.fromEnvironment(System.getenv());
        System.out.println("dangbo: starting PostgreSQL, Kafka and four services (data in " + dataDir + ") ...");
        DangboStack stack = DangboStack.start(new DangboStack.Settings(root, dataDir,
                intEnv("DANGBO_POSTGRES_PORT", 15432), intEnv("DANGBO_KAFKA_PORT", 19092), false, external,
                skipped()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\ndangbo: stopping services, Kafka and PostgreSQL ...");
            stack.close();
            System.out.println("dangbo: stopped");
            stopped.countDown();
        }, "dangbo-stop"));
        try {
            loadDemoData(stack);
        } catch (RuntimeException e) {
            System.err.println("dangbo: " + e.getMessage());
            System.exit(1); // the shutdown hook stops what was started
        }
        Duration startup = Duration.ofNanos(System.nanoTime() - started);
        print(stack, startup);
        stopped.await();
    }

    /**
     * The demo bloc goes in through the registry's import API, as an office's files would; only into an empty
     * registry, so the next start reuses the data. A registry run in dev mode instead (DANGBO_SKIP) gets none.
     * Then the Office committee's 2020 congress round goes into congress-service through its API, unless it is
     * there (a congress-service run in dev mode gets none). Then the bloc's emulation movement of the 65th
     * anniversary plan, with a few works, progress reports and nominations, goes into emulation-service through its
     * API, unless it is there (an emulation-service run in dev mode gets none), then its seminar, meeting and
     * tournament (only what is not there).
     */
    private static void loadDemoData(DangboStack stack) {
        if (skipped().contains(REGISTRY)) {
            return;
        }
        System.out.println("dangbo: loading the demo bloc into the registry (only if it is empty) ...");
        String seed = env("DANGBO_DEMO_DATA_SEED");
        String referenceDate = env("DANGBO_DEMO_DATA_REFERENCE_DATE");
        DemoDataLoader.Result result = new DemoDataLoader(stack.service(REGISTRY).baseUrl(), stack.tokens().admin())
                .loadIntoEmptyRegistry(seed == null ? DemoDataLoader.SEED : Long.parseLong(seed),
                        referenceDate == null ? DemoDataLoader.REFERENCE_DATE : LocalDate.parse(referenceDate));
        System.out.println("dangbo: " + result.describe());
        if (result.outcome() == DemoDataLoader.Outcome.LEFT_ALONE) {
            return;
        }
        if (!skipped().contains(CONGRESS)) {
            System.out.println("dangbo: entering the Office committee's 2020 congress round (only if it is not there) ...");
            DemoRoundLoader.Result round = new DemoRoundLoader(stack.service(CONGRESS).baseUrl(),
                    stack.tokens().admin()).load();
            System.out.println("dangbo: " + round.describe());
        }
        if (!skipped().contains(EMULATION)) {
            System.out.println("dangbo: launching the bloc's emulation movement for the 65th anniversary (only if it is "
                    + "not there) ...");
            DemoMovementLoader.Result movement = new DemoMovementLoader(stack.service(EMULATION).baseUrl(),
                    stack.service(REGISTRY).baseUrl(), stack.tokens().admin()).load();
            System.out.println("dangbo: " + movement.describe());
            System.out.println("dangbo: scheduling its seminar and meeting with their guests, and its tournament with "
                    + "a few teams (only what is not there) ...");
            DemoEventsLoader.Result events = new DemoEventsLoader(stack.service(EMULATION).baseUrl(),
                    stack.service(REGISTRY).baseUrl(), stack.tokens().admin()).load(movement.movementId());
            System.out.println("dangbo: " + events.describe());
        }
    }

    private static void print(DangboStack stack, Duration startup) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("\n================ dangbo is running (started in ").append(startup.toMillis() / 100 / 10.0)
                .append(" s) ================\n");
        out.append(String.format("PostgreSQL  %s (user %s)%n", stack.jdbcUrl("<service>"), stack.databaseUser()));
        out.append(String.format("Kafka       %s%n", stack.kafkaBootstrapServers()));
        for (String module : skipped()) {
            out.append(String.format("%n%-18s not started (DANGBO_SKIP): run it with ./mvnw -pl %s quarkus:dev%n", module, module));
        }
        for (ServiceProcess service : stack.services()) {
            String base = service.baseUrl();
            out.append(String.format("%n%-18s %s%n", service.name(), base));
            out.append(String.format("  Swagger UI       %s/q/swagger-ui%n", base));
            out.append(String.format("  OpenAPI          %s/q/openapi%n", base));
            out.append(String.format("  AsyncAPI         %s/events/asyncapi.yaml%n", base));
            out.append(String.format("  health           %s/q/health  (ready: /q/health/ready)%n", base));
            out.append(String.format("  metrics          %s/q/metrics%n", base));
            out.append(String.format("  log              %s%n", service.logFile()));
        }
        UUID office = DemoFiles.idOf(DemoDataGenerator.OFFICE_KEY);
        String admin = stack.tokens().token("quan.tri", "admin", null, Duration.ofHours(12));
        String officer = stack.tokens().token("can.bo.vp", "officer", office.toString(), Duration.ofHours(12));
        String viewer = stack.tokens().token("nguoi.xem", "viewer", null, Duration.ofHours(12));
        out.append("\nAccess tokens (valid 12 h; paste as  Authorization: Bearer <token>):\n");
        out.append("admin   ").append(admin).append('\n');
        out.append("officer (Đảng bộ Văn phòng UBND tỉnh, ").append(office).append(")\n        ").append(officer).append('\n');
        out.append("viewer  ").append(viewer).append('\n');
        out.append("\nTry:  curl -H \"Authorization: Bearer $ADMIN\" ").append("http://localhost:8081")
                .append("/organisations/").append(office).append("/children\n");
        out.append("Ctrl-C stops everything.\n");
        System.out.print(out);
        Path tokens = stack.dataDir().resolve("tokens.env");
        Files.writeString(tokens, "ADMIN=" + admin + "\nOFFICER=" + officer + "\nVIEWER=" + viewer + "\n");
        System.out.println("(tokens also in " + tokens + ": source it in a shell)");
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("deploy"))
                    && Files.isDirectory(p.resolve("registry-service"))) {
                return p;
            }
        }
        throw new IllegalStateException("run from inside the dangbo repository (no pom.xml with deploy/ above " + dir + ")");
    }

    /** DANGBO_SKIP=docs-service,congress-service: services a developer runs in dev mode instead. */
    private static Set<String> skipped() {
        String value = System.getenv("DANGBO_SKIP");
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    private static int intEnv(String name, int fallback) {
        String value = env(name);
        return value == null ? fallback : Integer.parseInt(value);
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

}
