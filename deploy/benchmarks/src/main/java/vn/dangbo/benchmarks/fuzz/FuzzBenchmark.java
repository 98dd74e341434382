package vn.dangbo.benchmarks.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.dangbo.testsupport.fuzz.DatabaseFingerprint;
import vn.dangbo.testsupport.fuzz.FuzzReport;
import vn.dangbo.testsupport.fuzz.OpenApiFuzzer;
import vn.dangbo.testsupport.stack.DangboStack;

/**
 * The OpenAPI fuzzer at volume (issue 16 item 1), run by {@code deploy/benchmarks/fuzz-bench}: the four services
 * packaged, as the local stack runs them, on an embedded PostgreSQL and Kafka; {@code requests} malformed requests per
 * service (default 10,000), the four services at once, each sequentially with its database fingerprint around every
 * write. A small tree (bloc, committee, cell, one member) is created in the registry first; its ids are the known
 * values. Fails (exit 1) on any 5xx or other violation, printing the seed and the reproducible requests. Results:
 * stdout lines starting with [benchmark], and {@code deploy/benchmarks/target/fuzz-benchmark.txt}.
 */
public final class FuzzBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FuzzBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261208L;
        Path root = Path.of("").toAbsolutePath();
        List<String> report = Collections.synchronizedList(new ArrayList<>());
        System.out.println("fuzz-bench: starting PostgreSQL, Kafka and the four services ...");
        DangboStack stack = DangboStack.start(new DangboStack.Settings(root, null, 0, 0, true,
                DangboStack.External.none(), Set.of()));
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "fuzz-bench-stop"));
        String admin = stack.tokens().admin();
        Map<String, String> known = tree(stack.service("registry-service").baseUrl(), admin);
        line(report, "JVM %s, %d processors, load average %.1f; seed %d, %,d requests per service; known ids %s",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), seed,
                requests, known);
        ExecutorService pool = Executors.newFixedThreadPool(DangboStack.SERVICES.size());
        Map<String, Future<FuzzReport>> runs = new LinkedHashMap<>();
        for (DangboStack.Service service : DangboStack.SERVICES) {
            String url = stack.jdbcUrl(service.database());
            DatabaseFingerprint fingerprint = new DatabaseFingerprint(() -> DriverManager.getConnection(url,
                    stack.databaseUser(), stack.databasePassword()));
            runs.put(service.module(), pool.submit(() -> new OpenApiFuzzer(new OpenApiFuzzer.Settings(
                    stack.service(service.module()).baseUrl(), admin, seed, requests, known, fingerprint)).run()));
        }
        int violations = 0;
        for (Map.Entry<String, Future<FuzzReport>> run : runs.entrySet()) {
            FuzzReport r = run.getValue().get();
            violations += r.violations().size();
            line(report, "%s: %,d requests over %d operations in %,d ms (%.0f/s): 2xx %,d, 4xx %,d, 5xx %,d; "
                    + "statuses %s; %d violations", run.getKey(), r.requests(), r.operations(), r.elapsed().toMillis(),
                    r.requests() * 1000.0 / Math.max(1, r.elapsed().toMillis()), r.count(200, 299), r.count(400, 499),
                    r.count(500, 599), r.statuses(), r.violations().size());
            if (!r.violations().isEmpty()) {
                line(report, "%s violations:%n%s", run.getKey(), r.details(20));
            }
        }
        pool.shutdown();
        Files.createDirectories(root.resolve("deploy/benchmarks/target"));
        Files.write(root.resolve("deploy/benchmarks/target/fuzz-benchmark.txt"), report, StandardCharsets.UTF_8);
        System.exit(violations == 0 ? 0 : 1);
    }

    /** A bloc, a grassroots committee, a cell and a member in the registry: ids the requests can aim at. */
    private static Map<String, String> tree(String registry, String token) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String bloc = create(http, registry + "/organisations", token, Map.of("type", "BLOC_COMMITTEE",
                "name", "Đảng bộ Khối thử dữ liệu hỏng", "shortCode", "ĐUK", "term", "2020-2025"));
        Map<String, Object> office = new LinkedHashMap<>(Map.of("parentId", bloc, "type", "GRASSROOTS_COMMITTEE",
                "name", "Đảng bộ Văn phòng thử", "shortCode", "ĐU", "term", "2020-2025"));
        String committee = create(http, registry + "/organisations", token, office);
        String cell = create(http, registry + "/organisations", token, Map.of("parentId", committee, "type", "CELL",
                "name", "Chi bộ thử", "shortCode", "CB", "term", "2020-2025"));
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("organisationId", cell);
        member.put("fullName", "Nguyễn Văn Thử");
        member.put("birthDate", "1985-04-12");
        member.put("sex", "MALE");
        member.put("ethnicity", "Kinh");
        member.put("religion", "Không");
        member.put("nationalId", "001085000001");
        member.put("phone", "0912345678");
        member.put("partyCardNumber", "TD000001");
        member.put("admittedOn", "2010-05-19");
        member.put("fullMemberOn", "2011-05-19");
        String memberId = create(http, registry + "/members", token, member);
        return Map.of("organisations/{id}", cell, "members/{id}", memberId, "organisationId", cell, "parentId",
                committee, "blocId", bloc, "{id}", cell);
    }

    private static String create(HttpClient http, String url, String token, Object body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 201) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body()).path("id").asText();
    }

    private static void line(List<String> report, String format, Object... args) {
        String text = String.format(format, args);
        report.add(text);
        System.out.println("[benchmark] " + text);
    }
}
