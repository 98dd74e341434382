package vn.dangbo.congress.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.dangbo.congress.benchmark.BenchmarkApi.ms;
import static vn.dangbo.congress.benchmark.BenchmarkApi.ok;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * A national congress round (issue 11 item 10), run by {@code deploy/benchmarks/congress-bench}; not part of the
 * normal build (tag "benchmark"). Loads the registry benchmark's country (seed 20240510: 63 provinces, 52,000
 * grassroots organisations, 342,931 organisations) into the directory, then through the API:
 * <ol>
 * <li>opens a round convened by the root (rule set 2020, wide windows) and schedules the congress of every
 * grassroots organisation ({@code dangbo.bench.clients} client threads, keep-alive), timing the rate, then the
 * root's own congress (its rule reads which of 52,000 organisations still lack one);</li>
 * <li>times, per province (63 provinces, each twice after a warm-up pass), the overdue list and the calendar of the
 * province's subtree, when the service has those endpoints.</li>
 * </ol>
 * {@code dangbo.bench.grassroots} (default 52,000) gives a smaller country for a quick check. Results: stdout lines
 * starting with [benchmark], and congress-service/target/benchmark.txt.
 */
@Tag("benchmark")
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "congress"))
class NationalRoundBenchmark {

    private static final LocalDate LOWER_FROM = LocalDate.of(2020, 4, 1);
    private static final int LOWER_DAYS = 180;

    @Inject
    AgroalDataSource dataSource;

    private BenchmarkApi api;

    @Test
    void nationalRound() throws Exception {
        int size = Integer.getInteger("dangbo.bench.grassroots", NationalCountry.GRASSROOTS);
        int clients = Integer.getInteger("dangbo.bench.clients", 8);
        api = new BenchmarkApi(RealInfrastructure.tokens().admin());
        long started = System.nanoTime();
        NationalCountry country = NationalCountry.generate(size);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            country.loadDirectory(c);
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("analyze known_organisation");
            }
        }
        api.line("directory: %,d organisations (%d provinces, %,d grassroots) loaded with COPY into known_organisation "
                + "in %,d ms (setup: in service the registry's events fill it)", country.size(),
                NationalCountry.PROVINCES, size, ms(started));

        String round = open(country.root);
        api.line("round opened over the API: convened by the root, rule set 2020, lower congresses 01/04-30/09/2020, "
                + "the root's 01/10-31/12/2020");
        long refusing = System.nanoTime();
        HttpResponse<String> early = api.post("/congresses", congress(round, country.root, 2, LocalDate.of(2020, 10, 15),
                "2020-2025"));
        assertEquals(422, early.statusCode(), early.body());
        api.line("the root's congress before any grassroots one: refused in %,d ms (%s)", ms(refusing),
                JsonPath.from(early.body()).getString("detail").replaceAll("^(.{160}).*( và .*)$", "$1…$2"));

        scheduleGrassroots(country, round, clients);
        long analysing = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("vacuum analyze congress");
            if (tableExists(s, "congress_document")) {
                s.execute("vacuum analyze congress_document");
                try (var r = s.executeQuery("select count(*) from congress_document")) {
                    r.next();
                    api.line("checklist items written while scheduling: %,d", r.getLong(1));
                }
            }
        }
        api.line("vacuum analyze of the congresses and their checklist items: %,d ms (what autovacuum does after such a "
                + "load)", ms(analysing));
        long last = System.nanoTime();
        HttpResponse<String> root = api.post("/congresses", congress(round, country.root, 2, LocalDate.of(2020, 10, 15),
                "2020-2025"));
        assertEquals(201, root.statusCode(), root.body());
        api.line("the root's congress after all %,d: scheduled in %,d ms (every rule checked against the whole round)",
                size, ms(last));

        Map<String, String> endpoints = new java.util.LinkedHashMap<>();
        endpoints.put("overdue list", "/rounds/" + round + "/overdue?organisationId=");
        endpoints.put("calendar", "/rounds/" + round + "/calendar.ics?organisationId=");
        String openapi = api.get("/q/openapi?format=json").body();
        for (Map.Entry<String, String> endpoint : endpoints.entrySet()) {
            String template = endpoint.getValue().replace(round, "{id}").replaceAll("\\?.*", "");
            if (!openapi.contains("\"" + template + "\"")) {
                api.line("%s of a province: endpoint not present (%s)", endpoint.getKey(), template);
                continue;
            }
            perProvince(endpoint.getKey() + " of a province", country, endpoint.getValue());
        }
        api.line("total %,d ms", ms(started));
        api.writeReport("benchmark.txt");
    }

    /** Every grassroots congress through POST /congresses, from several keep-alive clients at once. */
    private void scheduleGrassroots(NationalCountry country, String round, int clients) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicLong slowest = new AtomicLong();
        Map<Integer, String> failures = new ConcurrentHashMap<>();
        long scheduling = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            running.add(pool.submit(() -> {
                for (int g = next.getAndIncrement(); g < country.grassroots.size(); g = next.getAndIncrement()) {
                    long one = System.nanoTime();
                    HttpResponse<String> response = api.post("/congresses", congress(round, country.grassroots.get(g),
                            1, LOWER_FROM.plusDays(g % LOWER_DAYS), "2020-2022"));
                    slowest.accumulateAndGet(ms(one), Math::max);
                    if (response.statusCode() != 201) {
                        failures.putIfAbsent(g, response.statusCode() + " " + response.body());
                    }
                    if ((g + 1) % 10_000 == 0) {
                        api.line("  %,d scheduled after %,d ms", g + 1, ms(scheduling));
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        long took = ms(scheduling);
        int count = country.grassroots.size();
        api.line("scheduled through the API: %,d grassroots congresses in %,d ms = %,.0f congresses/s (%d client threads, "
                + "keep-alive; slowest request %,d ms)", count, took, count * 1000.0 / took, clients, slowest.get());
        assertEquals(Map.of(), failures.isEmpty() ? Map.of() : Map.of(failures.size(), failures.values().iterator()
                .next()), "every grassroots congress scheduled");
    }

    private static boolean tableExists(Statement s, String table) throws java.sql.SQLException {
        try (var r = s.executeQuery("select to_regclass('" + table + "') is not null")) {
            r.next();
            return r.getBoolean(1);
        }
    }

    /** One warm-up pass over the provinces, then two timed passes in a shuffled order. */
    private void perProvince(String what, NationalCountry country, String pathAndQuery) {
        long bytes = 0;
        for (UUID province : country.provinces) {
            bytes += ok(api.get(pathAndQuery + province)).body().length();
        }
        List<UUID> order = new ArrayList<>(country.provinces);
        order.addAll(country.provinces);
        Collections.shuffle(order, new Random(7));
        long[] times = new long[order.size()];
        for (int i = 0; i < order.size(); i++) {
            long start = System.nanoTime();
            ok(api.get(pathAndQuery + order.get(i)));
            times[i] = ms(start);
        }
        Arrays.sort(times);
        api.line("%s: p50 %d ms, p95 %d ms, max %d ms over %d requests (63 provinces twice, after a warm-up pass; "
                + "%,d characters a response on average) — target p95 at most 100 ms", what, times[times.length / 2],
                times[(int) Math.ceil(times.length * 0.95) - 1], times[times.length - 1], times.length,
                bytes / country.provinces.size());
    }

    private String open(UUID root) {
        HttpResponse<String> response = api.post("/rounds", """
                {"conveningCommitteeId": "%s", "ruleSetId": "2020", "ageReferenceMonths": {"GRASSROOTS": "2020-04"},
                 "cellWindow": {"from": "2020-04-01", "to": "2020-09-30"},
                 "committeeWindow": {"from": "2020-10-01", "to": "2020-12-31"},
                 "cellTerm": "2020-2022", "committeeTerm": "2020-2025"}
                """.formatted(root));
        assertEquals(201, response.statusCode(), response.body());
        return JsonPath.from(response.body()).getString("id");
    }

    private static String congress(String round, UUID organisation, int days, LocalDate start, String term) {
        return """
                {"roundId": "%s", "organisationId": "%s", "kind": "ALL_MEMBER", "startDate": "%s", "days": %d,
                 "term": "%s"}""".formatted(round, organisation, start, days, term);
    }
}
