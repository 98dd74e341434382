package vn.dangbo.benchmarks.emulation;

import static vn.dangbo.benchmarks.emulation.BenchClient.expect;
import static vn.dangbo.benchmarks.emulation.BenchClient.ms;
import static vn.dangbo.benchmarks.emulation.BenchClient.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
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

/** The phases of the national benchmark over emulation-service's and docs-service's APIs. */
final class NationalMovement {

    private static final String PLAN = "2024-khoi-65-nam";
    private static final LocalDate PERIOD_FROM = LocalDate.of(2023, 12, 1);
    private static final String[] CATEGORIES = {"CORE_TASK", "OUTSTANDING_ISSUE", "PARTY_LIFE_QUALITY"};
    private static final int WORKS_PER_IMPORT = 500;
    private static final String FORM = "GIAY_KHEN_BTV_DUK";

    private final BenchClient api;
    private final BenchClient docs;
    private final NationalCountry country;
    private final int clients;
    private final EmulationBenchmark.Probe probe;
    private String movement;

    NationalMovement(BenchClient api, BenchClient docs, NationalCountry country, int clients,
            EmulationBenchmark.Probe probe) {
        this.api = api;
        this.docs = docs;
        this.country = country;
        this.clients = clients;
        this.probe = probe;
    }

    void run(int nominations, int reportsPerWork) throws Exception {
        long launching = System.nanoTime();
        movement = EmulationBenchmark.id(api.post("/movements", Map.of("planId", PLAN, "blocId", country.root)));
        api.line("movement launched by the root over the API in %,d ms", ms(launching));
        long listing = System.nanoTime();
        int participants = read(expect(api.get("/movements/" + movement + "/participants"), 200)).size();
        api.line("participants: %,d grassroots organisations (GET .../participants in %,d ms)", participants,
                ms(listing));

        String missing = "/movements/" + movement + "/works/missing?page=0&size=50&under=";
        perProvince("missing-works list of a province, before any work (first page of 50)", missing);
        List<List<String>> works = registerWorks();
        importReports(works, reportsPerWork);
        perProvince("missing-works list of a province, every organisation with its works", missing);

        expect(api.post("/movements/" + movement + "/deadline-overrides", EmulationBenchmark.override()), 201);
        List<String> nominated = nominate(nominations);
        perProvince("nomination list of a province (first page of 50)",
                "/movements/" + movement + "/nominations?page=0&size=50&under=");
        decide(nominated.subList(0, EmulationBenchmark.QUOTA));
    }

    /** Two works per organisation through POST, from several keep-alive clients; the ids by organisation. */
    private List<List<String>> registerWorks() throws Exception {
        int count = country.grassroots.size();
        String[][] ids = new String[count][2];
        long took = parallel("works", count, g -> {
            for (int w = 0; w < 2; w++) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("organisationId", country.grassroots.get(g).toString());
                body.put("title", (w == 0 ? "Công trình" : "Phần việc") + " thi đua số " + (w + 1) + " của tổ chức "
                        + (g + 1));
                body.put("categoryCode", CATEGORIES[(g + w) % CATEGORIES.length]);
                body.put("targetDate", LocalDate.of(2024, 4, 1 + (g % 29)).toString());
                body.put("description", "Đăng ký trong đợt thi đua chào mừng kỷ niệm 65 năm");
                ids[g][w] = EmulationBenchmark.id(api.post("/movements/" + movement + "/works", body));
            }
        });
        api.line("works registered through POST: %,d in %,d ms = %,.0f works/s (%d client threads, keep-alive)",
                count * 2, took, count * 2 * 1000.0 / took, clients);
        List<List<String>> byOrganisation = new ArrayList<>();
        for (String[] pair : ids) {
            byOrganisation.add(Arrays.asList(pair));
        }
        return byOrganisation;
    }

    /** {@code reportsPerWork} reports per work through the CSV import, {@value #WORKS_PER_IMPORT} works a file. */
    private void importReports(List<List<String>> works, int reportsPerWork) throws Exception {
        List<String> all = works.stream().flatMap(List::stream).toList();
        int files = (all.size() + WORKS_PER_IMPORT - 1) / WORKS_PER_IMPORT;
        long took = parallel("report files", files, f -> {
            StringBuilder csv = new StringBuilder("workId,reportedOn,percent,text\n");
            for (String work : all.subList(f * WORKS_PER_IMPORT, Math.min(all.size(), (f + 1) * WORKS_PER_IMPORT))) {
                for (int r = 0; r < reportsPerWork; r++) {
                    // every 5 days from 1/12/2023: the last of 30 on 25/4/2024, inside the period
                    csv.append(work).append(',').append(PERIOD_FROM.plusDays(5L * r)).append(',')
                            .append(Math.round(100.0 * (r + 1) / reportsPerWork)).append(",Báo cáo tiến độ lần ")
                            .append(r + 1).append('\n');
                }
            }
            HttpResponse<String> answer = expect(api.postCsv("/movements/" + movement + "/progress-reports/import",
                    csv.toString()), 200, 201);
            JsonNode result = read(answer);
            if (result.path("rejected").asInt(0) > 0 || result.path("invalid").asInt(0) > 0) {
                throw new IllegalStateException("import refused rows: " + BenchClient.abbreviate(answer.body()));
            }
        });
        long rows = (long) all.size() * reportsPerWork;
        api.line("progress reports imported as CSV: %,d rows (%d a work, %d works a file) in %,d ms = %,.0f rows/s "
                + "(%d client threads)", rows, reportsPerWork, WORKS_PER_IMPORT, took, rows * 1000.0 / took, clients);
    }

    /** Nominations through POST: a collective (the first cell) and an individual in turn, as drafts. */
    private List<String> nominate(int count) throws Exception {
        String[] ids = new String[count];
        long took = parallel("nominations", count, g -> {
            boolean collective = g % 2 == 0;
            ids[g] = EmulationBenchmark.id(api.post("/movements/" + movement + "/nominations", Map.of(
                    "nominatedBy", country.grassroots.get(g).toString(),
                    "nomineeKind", collective ? "ORGANISATION" : "MEMBER",
                    "nomineeId", (collective ? country.collective.get(g) : country.member.get(g)).toString(),
                    "achievement", "Có thành tích xuất sắc trong đợt thi đua chào mừng kỷ niệm 65 năm")));
        });
        api.line("nominations through POST: %,d in %,d ms = %,.0f nominations/s (%d client threads)", count, took,
                count * 1000.0 / took, clients);
        return Arrays.asList(ids);
    }

    /**
     * 85 nominations handed in, reviewed and approved, then one decision: the time until docs-service lists the
     * decision and the 85 certificates of the root's register, and until emulation-service has them CERTIFIED.
     */
    private void decide(List<String> awards) throws Exception {
        String base = "/movements/" + movement + "/nominations/";
        long approving = System.nanoTime();
        parallel("approvals", awards.size(), i -> {
            String id = awards.get(i);
            expect(api.post(base + id + "/submit", null), 200);
            expect(api.post(base + id + "/review", null), 200);
            expect(api.post(base + id + "/council-vote", Map.of("membersPresent", 7, "votesFor", 7,
                    "votesAgainst", 0)), 200);
        });
        api.line("%d nominations handed in, reviewed and approved by the council's tally in %,d ms", awards.size(),
                ms(approving));
        awaitRelayed();
        long deciding = System.nanoTime();
        String decision = EmulationBenchmark.id(api.post("/movements/" + movement + "/award-decisions", Map.of(
                "formCode", FORM, "nominationIds", awards, "decidedOn", "2024-05-06")));
        long answered = ms(deciding);
        String certificates = "/documents?type=GK&issuerId=" + country.root;
        long issued = -1;
        long inEmulation = -1;
        long deadline = System.nanoTime() + 180_000_000_000L;
        while ((issued < 0 || inEmulation < 0) && System.nanoTime() < deadline) {
            if (issued < 0 && read(expect(docs.get(certificates), 200)).size() >= awards.size()
                    && read(expect(docs.get("/documents?type=QĐ&relatedTo=" + decision), 200)).size() == 1) {
                issued = ms(deciding);
            }
            if (inEmulation < 0 && probe.count("emulation",
                    "select count(*) from nomination where state = 'CERTIFIED'") >= awards.size()) {
                inEmulation = ms(deciding);
            }
            Thread.sleep(20);
        }
        if (issued < 0 || inEmulation < 0) {
            api.line("after 180 s: %d certificates and %d decisions in docs-service, %d awards CERTIFIED, %d events "
                    + "waiting in emulation-service's outbox; see deploy/benchmarks/target/emulation-bench-logs",
                    probe.count("docs", "select count(*) from issued_document where type = 'GK'"),
                    probe.count("docs", "select count(*) from issued_document where type = 'QĐ'"),
                    probe.count("emulation", "select count(*) from nomination where state = 'CERTIFIED'"),
                    pending());
        }
        api.line("award decision of %d: answered in %,d ms; the decision and %d certificates issued by docs-service "
                + "%,d ms after the request (%s: at most %,d ms); all %d CERTIFIED in emulation-service after %,d ms",
                awards.size(), answered, awards.size(), issued,
                issued < 0 ? "TARGET MISSED" : EmulationBenchmark.verdict(issued,
                        EmulationBenchmark.CERTIFICATES_TARGET_MS),
                EmulationBenchmark.CERTIFICATES_TARGET_MS, awards.size(), inEmulation);
    }

    /**
     * Every event of the load (a work's registration and each imported report publish one) relayed to Kafka before
     * the decision, so its event does not queue behind them: the decision is timed, not the relay's backlog.
     */
    private void awaitRelayed() throws Exception {
        long waiting = System.nanoTime();
        long backlog = pending();
        while (pending() > 0) {
            Thread.sleep(500);
        }
        api.line("emulation-service's outbox relayed its backlog of %,d events in %,d ms before the decision", backlog,
                ms(waiting));
    }

    private long pending() throws Exception {
        return probe.count("emulation", "select count(*) from outbox_event where delivered_at is null");
    }

    /** One warm-up pass over the provinces, then two timed passes in a shuffled order. */
    private void perProvince(String what, String pathAndQuery) {
        long bytes = 0;
        for (UUID province : country.provinces) {
            bytes += expect(api.get(pathAndQuery + province), 200).body().length();
        }
        List<UUID> order = new ArrayList<>(country.provinces);
        order.addAll(country.provinces);
        Collections.shuffle(order, new Random(7));
        long[] times = new long[order.size()];
        for (int i = 0; i < order.size(); i++) {
            long start = System.nanoTime();
            expect(api.get(pathAndQuery + order.get(i)), 200);
            times[i] = ms(start);
        }
        Arrays.sort(times);
        long p95 = times[(int) Math.ceil(times.length * 0.95) - 1];
        api.line("%s: p50 %d ms, p95 %d ms, max %d ms over %d requests (63 provinces twice, after a warm-up pass; "
                + "%,d characters a response on average) — %s: p95 at most %d ms", what, times[times.length / 2], p95,
                times[times.length - 1], times.length, bytes / country.provinces.size(),
                EmulationBenchmark.verdict(p95, EmulationBenchmark.LIST_TARGET_MS), EmulationBenchmark.LIST_TARGET_MS);
    }

    /** An action per index 0..count-1 from the client threads; the wall time, failing on the first error. */
    private long parallel(String what, int count, IndexedAction action) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicLong progress = new AtomicLong();
        Map<Integer, String> failures = new ConcurrentHashMap<>();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count && failures.isEmpty(); i = next.getAndIncrement()) {
                    try {
                        action.run(i);
                    } catch (Exception e) {
                        failures.putIfAbsent(i, String.valueOf(e.getMessage()));
                    }
                    long done = progress.incrementAndGet();
                    if (done % Math.max(1, count / 10) == 0) {
                        System.out.printf("  %s: %,d of %,d after %,d ms%n", what, done, count, ms(started));
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        if (!failures.isEmpty()) {
            Map.Entry<Integer, String> first = failures.entrySet().iterator().next();
            throw new IllegalStateException(what + " #" + first.getKey() + ": " + first.getValue());
        }
        return ms(started);
    }

    @FunctionalInterface
    interface IndexedAction {
        void run(int index) throws Exception;
    }
}
