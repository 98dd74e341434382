package vn.dangbo.benchmarks.emulation;

import static vn.dangbo.benchmarks.emulation.BenchClient.expect;
import static vn.dangbo.benchmarks.emulation.BenchClient.ms;
import static vn.dangbo.benchmarks.emulation.BenchClient.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
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
import java.util.function.Supplier;

/**
 * The commemoration meeting's invitations and check-in at the door: the invitees (every grassroots organisation's
 * secretary, the guests imported), one issue timed until docs-service's number is on the batch, then the scanners.
 */
final class MeetingLoad {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"};
    private static final String[] GIVEN = {"Văn Hải", "Thị Hương", "Đức Thắng", "Minh Tuấn", "Thị Lan", "Quốc Bảo"};
    private static final String[] TITLES = {"Nguyên Bí thư Đảng ủy Khối", "Nguyên Phó Bí thư Đảng ủy Khối",
        "Nguyên Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối", "Nguyên Trưởng Ban Tổ chức Đảng ủy Khối"};

    private final BenchClient api;
    private final Supplier<BenchClient> scanner;
    private final String movement;
    private String event;

    MeetingLoad(BenchClient api, Supplier<BenchClient> scanner, String movement) {
        this.api = api;
        this.scanner = scanner;
        this.movement = movement;
    }

    void run(int secretaries, int guests, int scanners) throws Exception {
        event = EmulationBenchmark.id(api.post("/movements/" + movement + "/events", Map.of("kind", "MEETING")));
        importGuests(guests);
        int invited = issue(secretaries + guests);
        checkIn(tokens(scanners), invited, scanners);
    }

    private String base() {
        return "/movements/" + movement + "/events/" + event;
    }

    /** The guests (former leaders of the bloc) imported as CSV into the meeting's group of former leaders. */
    private void importGuests(int guests) {
        String group = null;
        for (JsonNode g : items(read(expect(api.get(base() + "/invitee-groups"), 200)), "groups")) {
            if ("EXTERNAL".equals(g.path("source").asText())
                    && (group == null || g.path("label").asText().startsWith("Nguyên"))) {
                group = g.path("code").asText(); // the former leaders' group, else the first of outside people
                if (g.path("label").asText().startsWith("Nguyên")) {
                    break;
                }
            }
        }
        if (group == null) {
            throw new IllegalStateException("the meeting has no group of people outside the registry");
        }
        StringBuilder csv = new StringBuilder("nhóm,họ tên,chức vụ,đơn vị\n");
        for (int i = 0; i < guests; i++) {
            csv.append(group).append(',').append(FAMILY[i % FAMILY.length]).append(' ')
                    .append(GIVEN[(i / FAMILY.length) % GIVEN.length]).append(' ').append(i + 1).append(',')
                    .append(TITLES[i % TITLES.length]).append(",Đảng bộ Khối (nghỉ hưu)\n");
        }
        long started = System.nanoTime();
        HttpResponse<String> answer = expect(api.postCsv(base() + "/guests/import", csv.toString()), 200, 201);
        JsonNode result = read(answer);
        if (result.path("rejected").asInt(0) > 0 || result.path("errors").size() > 0) {
            throw new IllegalStateException("the guests' import refused rows: " + BenchClient.abbreviate(
                    answer.body()));
        }
        api.line("%d guests imported as CSV into the meeting's group %s in %,d ms", guests, group, ms(started));
    }

    /**
     * {@code POST .../invitations/issue}: the invitees built from the groups, one batch requested from docs-service;
     * timed until the batch shows docs-service's number (docs.documents.v1 → emulation-service).
     */
    private int issue(int expected) throws Exception {
        long started = System.nanoTime();
        JsonNode issued = read(expect(api.post(base() + "/invitations/issue", Map.of("signature", Map.of(
                "authority", "T/M BAN THƯỜNG VỤ", "position", "BÍ THƯ", "name", "Nguyễn Văn Thành"))), 201));
        long answered = ms(started);
        String batch = issued.path("batchId").asText();
        int count = issued.path("count").asInt();
        JsonNode document = null;
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (document == null && System.nanoTime() < deadline) {
            for (JsonNode b : items(read(expect(api.get(base() + "/invitations/batches"), 200)), "batches")) {
                JsonNode d = b.path("document");
                if (batch.equals(b.path("batchId").asText()) && d.isObject() && d.hasNonNull("number")) {
                    document = d;
                }
            }
            if (document == null) {
                Thread.sleep(20);
            }
        }
        long took = ms(started);
        if (document == null) {
            api.line("after 180 s the batch %s has no document number: see deploy/benchmarks/target/"
                    + "events-bench-logs", batch);
            throw new IllegalStateException("docs-service did not number the invitations");
        }
        api.line("invitations issued: %d in one batch (request answered in %,d ms); docs-service's batch %s number "
                + "%s recorded on it %,d ms after the request — %s: at most %,d ms", count, answered,
                document.path("symbol").asText(), document.path("number").asText(), took,
                EmulationBenchmark.verdict(took, EventsBenchmark.ISSUE_TARGET_MS), EventsBenchmark.ISSUE_TARGET_MS);
        if (count != expected) {
            throw new IllegalStateException("expected " + expected + " invitations, the batch has " + count);
        }
        return count;
    }

    /** Every invitee's personal token (what their QR code holds), read by the office's detail of each. */
    private List<String> tokens(int clients) throws Exception {
        List<String> ids = new ArrayList<>();
        for (JsonNode invitee : items(read(expect(api.get(base() + "/invitees?page=0&size=500"), 200)), "items")) {
            ids.add(invitee.path("id").asText());
        }
        String[] tokens = new String[ids.size()];
        parallel(clients, ids.size(), (client, i) -> tokens[i] = read(expect(client.get(base() + "/invitees/"
                + ids.get(i)), 200)).path("token").asText());
        return Arrays.asList(tokens);
    }

    /**
     * The door: every token scanned once and a tenth of them twice (a second scan changes nothing), shuffled over
     * the scanners, each with its own keep-alive connection and a nonce per scan; every request timed. First a
     * rehearsal through the same scanners, every check-in undone, as the office tries its scanners before the doors
     * open (the service's first requests pay for its warm-up, not the door's; the README gives the cold figure too).
     */
    private void checkIn(List<String> tokens, int invited, int scanners) throws Exception {
        String path = base() + "/check-ins";
        // the rehearsal: the office tries every scanner before the doors open (each token scanned and undone)
        parallel(scanners, tokens.size(), (client, i) -> {
            String invitee = read(expect(client.post(path, Map.of("token", tokens.get(i), "nonce",
                    UUID.randomUUID().toString())), 201)).path("invitee").path("id").asText();
            expect(client.delete(path + "/" + invitee), 200, 204);
        });
        List<String> scans = new ArrayList<>(tokens);
        for (int i = 0; i < tokens.size(); i += 10) {
            scans.add(tokens.get(i));
        }
        Collections.shuffle(scans, new Random(510));
        long[] times = new long[scans.size()];
        int[] statuses = new int[scans.size()];
        long started = System.nanoTime();
        parallel(scanners, scans.size(), (client, i) -> {
            long start = System.nanoTime();
            HttpResponse<String> answer = expect(client.post(path, Map.of("token", scans.get(i), "nonce",
                    UUID.randomUUID().toString())), 200, 201);
            times[i] = (System.nanoTime() - start) / 1_000;
            statuses[i] = answer.statusCode();
        });
        long wall = ms(started);
        long first = Arrays.stream(statuses).filter(s -> s == 201).count();
        long again = Arrays.stream(statuses).filter(s -> s == 200).count();
        // the scanners take the scans in order: the later half shows the door once the service is warm
        long[] later = Arrays.copyOfRange(times, times.length / 2, times.length);
        Arrays.sort(later);
        Arrays.sort(times);
        long p95 = EventsBenchmark.percentile(times, 0.95);
        api.line("check-in: %d scans (%d tokens, %d of them scanned twice) from %d parallel scanners in %,d ms: p50 "
                + "%.1f ms, p95 %.1f ms, max %.1f ms — %s: p95 at most %d ms", scans.size(), tokens.size(),
                scans.size() - tokens.size(), scanners, wall, EventsBenchmark.percentile(times, 0.5) / 1000.0,
                p95 / 1000.0, times[times.length - 1] / 1000.0,
                EmulationBenchmark.verdict((p95 + 999) / 1000, EventsBenchmark.CHECK_IN_P95_TARGET_MS),
                EventsBenchmark.CHECK_IN_P95_TARGET_MS);
        api.line("check-in, the later half of the scans: p50 %.1f ms, p95 %.1f ms",
                EventsBenchmark.percentile(later, 0.5) / 1000.0, EventsBenchmark.percentile(later, 0.95) / 1000.0);
        JsonNode attendance = read(expect(api.get(base() + "/attendance"), 200));
        long checkedIn = total(attendance, "checkedIn");
        boolean exact = first == tokens.size() && again == scans.size() - tokens.size() && checkedIn == invited;
        api.line("counts after the door: %d first scans (201), %d \"already checked in\" (200); the attendance "
                + "shows %d checked in of %d invited — %s", first, again, checkedIn, invited,
                exact ? "exact" : "NOT EXACT");
        if (!exact) {
            throw new IllegalStateException("the check-in counts are not exact: " + BenchClient.abbreviate(
                    attendance.toString()));
        }
    }

    /** The total of a count in the attendance answer: its {@code total} object, or at its top level. */
    private static long total(JsonNode attendance, String count) {
        JsonNode total = attendance.path("total");
        if (total.isObject() && total.has(count)) {
            return total.path(count).asLong();
        }
        if (total.isNumber() && "checkedIn".equals(count)) {
            return attendance.path("checkedIn").asLong(total.asLong());
        }
        return attendance.path(count).asLong(-1);
    }

    /** A list answer: bare, or in the named field (or {@code items}). */
    static List<JsonNode> items(JsonNode answer, String field) {
        JsonNode array = answer.isArray() ? answer : answer.has(field) ? answer.path(field) : answer.path("items");
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    /** An action per index from {@code clients} threads, each with its own client; fails on the first error. */
    private void parallel(int clients, int count, ClientAction action) throws Exception {
        AtomicInteger next = new AtomicInteger();
        Map<Integer, String> failures = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            BenchClient client = scanner.get();
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count && failures.isEmpty(); i = next.getAndIncrement()) {
                    try {
                        action.run(client, i);
                    } catch (Exception e) {
                        failures.putIfAbsent(i, String.valueOf(e.getMessage()));
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
            throw new IllegalStateException("#" + first.getKey() + ": " + first.getValue());
        }
    }

    @FunctionalInterface
    interface ClientAction {
        void run(BenchClient client, int index) throws Exception;
    }
}
