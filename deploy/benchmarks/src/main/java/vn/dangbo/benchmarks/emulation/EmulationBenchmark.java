package vn.dangbo.benchmarks.emulation;

import static vn.dangbo.benchmarks.emulation.BenchClient.expect;
import static vn.dangbo.benchmarks.emulation.BenchClient.ms;
import static vn.dangbo.benchmarks.emulation.BenchClient.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dangbo.testsupport.stack.DangboStack;

/**
 * The emulation movement at national scale (issue 13 item 10), run by {@code deploy/benchmarks/emulation-bench}:
 * emulation-service and docs-service packaged, as the local stack runs them (one JVM each, 384 MB heap), on an
 * embedded PostgreSQL and Kafka. The registry benchmark's country (seed 20240510: 63 provinces, 52,000 grassroots
 * organisations, 342,931 organisations, one member per grassroots organisation) is written into both services'
 * directories with COPY (setup: in service the registry's events fill them); then over the API:
 * <ol>
 * <li>the country's movement launched by the root bloc committee (every grassroots organisation takes part);</li>
 * <li>the missing-works list of a province ({@code under=} the province) timed before any work;</li>
 * <li>2 works per organisation through {@code POST .../works}, 30 progress reports per work through the CSV import,
 * from several keep-alive clients (the rates);</li>
 * <li>the missing-works list of a province timed again, then 50,000 nominations through {@code POST
 * .../nominations} (collectives and individuals, half each) and the nomination list of a province timed;</li>
 * <li>85 nominations handed in, reviewed and approved, then decided in one award decision: the time until
 * docs-service has issued the decision and the 85 certificates, and until emulation-service has them all
 * CERTIFIED.</li>
 * </ol>
 * Arguments: {@code [grassroots organisations] [client threads] [nominations] [reports per work]} (default 52,000,
 * 8, 50,000 scaled to the organisations, 30). Results: stdout lines starting with [benchmark], and
 * {@code deploy/benchmarks/target/emulation-benchmark.txt}.
 */
public final class EmulationBenchmark {

    static final long LIST_TARGET_MS = 100;
    static final long CERTIFICATES_TARGET_MS = 5_000;
    static final int QUOTA = 85;

    private EmulationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int grassroots = args.length > 0 ? Integer.parseInt(args[0]) : NationalCountry.GRASSROOTS;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int nominations = args.length > 2 ? Integer.parseInt(args[2])
                : (int) Math.min(grassroots, Math.round(grassroots * 50_000.0 / NationalCountry.GRASSROOTS));
        int reportsPerWork = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        Path root = Path.of("").toAbsolutePath();
        List<String> report = BenchClient.newReport();
        long started = System.nanoTime();
        System.out.println("emulation-bench: starting PostgreSQL, Kafka, emulation-service and docs-service ...");
        DangboStack stack = DangboStack.start(new DangboStack.Settings(root, null, 0, 0, true,
                DangboStack.External.none(), Set.of("registry-service", "congress-service")));
        // the one way the stack stops: at the JVM's exit, after the last phase, a failure, Ctrl-C or a SIGTERM
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "emulation-bench-stop"));
        String admin = stack.tokens().admin();
        BenchClient emulation = new BenchClient(stack.service("emulation-service").baseUrl(), admin, report);
        BenchClient docs = new BenchClient(stack.service("docs-service").baseUrl(), admin, report);
        emulation.line("JVM %s, %d processors, load average %.1f; services as the local stack runs them",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        NationalCountry country = setUp(stack, grassroots, emulation);
        Probe probe = (database, sql) -> {
            try (Connection c = DriverManager.getConnection(stack.jdbcUrl(database), stack.databaseUser(),
                    stack.databasePassword()); Statement s = c.createStatement(); var r = s.executeQuery(sql)) {
                r.next();
                return r.getLong(1);
            }
        };
        try {
            new NationalMovement(emulation, docs, country, clients, probe).run(nominations, reportsPerWork);
        } finally {
            keepLogs(stack, root.resolve("deploy/benchmarks/target/emulation-bench-logs"));
        }
        emulation.line("total %,d ms", ms(started));
        emulation.writeReport(root.resolve("deploy/benchmarks/target/emulation-benchmark.txt"));
    }

    private static NationalCountry setUp(DangboStack stack, int grassroots, BenchClient out) throws Exception {
        long started = System.nanoTime();
        NationalCountry country = NationalCountry.generate(grassroots);
        for (String database : List.of("emulation", "docs")) {
            try (Connection c = DriverManager.getConnection(stack.jdbcUrl(database), stack.databaseUser(),
                    stack.databasePassword())) {
                c.setAutoCommit(false);
                country.loadDirectory(c);
                if (database.equals("emulation")) {
                    country.loadMembers(c);
                }
                c.commit();
                try (Statement s = c.createStatement()) {
                    s.execute("analyze known_organisation");
                    if (database.equals("emulation")) {
                        s.execute("analyze known_member");
                    }
                }
            }
        }
        out.line("directory: %,d organisations (%d provinces, %,d grassroots) and %,d members written with COPY into "
                + "emulation-service's and docs-service's directories in %,d ms (setup: in service the registry's "
                + "events fill them)", country.size(), NationalCountry.PROVINCES, grassroots, country.member.size(),
                ms(started));
        return country;
    }

    /**
     * A count read from a service's database: what no API lists in one answer (the CERTIFIED awards, the outbox's
     * backlog), read by the benchmark only to know when to stop waiting.
     */
    @FunctionalInterface
    interface Probe {
        long count(String database, String sql) throws Exception;
    }

    /** The services' logs outlive the temporary stack, to read after a run. */
    private static void keepLogs(DangboStack stack, Path target) throws java.io.IOException {
        Files.createDirectories(target);
        try (var logs = Files.list(stack.dataDir().resolve("logs"))) {
            for (Path log : logs.toList()) {
                Files.copy(log, target.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static String verdict(long measured, long target) {
        return measured <= target ? "target met" : "TARGET MISSED";
    }

    static Map<String, Object> override() {
        return Map.of("kind", "NOMINATION", "until", OffsetDateTime.now().plusDays(2).toString(),
                "reason", "Đo hiệu năng: Hội đồng Thi đua - Khen thưởng cho phép nộp danh sách đề nghị khen thưởng");
    }

    static String id(java.net.http.HttpResponse<String> created) {
        return read(expect(created, 201)).path("id").asText();
    }
}
