package vn.dangbo.congress.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.dangbo.congress.benchmark.BenchmarkApi.created;
import static vn.dangbo.congress.benchmark.BenchmarkApi.ms;
import static vn.dangbo.congress.benchmark.BenchmarkApi.ok;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
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
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.RegistryFixtures;
import vn.dangbo.congress.RegistryFixtures.Org;
import vn.dangbo.congress.RoundFixtures;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * The elections of a delegate congress (issue 12 item 11), run by {@code deploy/benchmarks/election-bench}; not part
 * of the normal build (tag "benchmark"). A grassroots committee of {@code dangbo.bench.delegates} + 50 full members in
 * 4 cells (roll loaded with SQL into the roll consumer's table: setup, not measured), its cells' congresses and its
 * delegate congress scheduled, then through the API: the delegates entered and checked in, the counting committee
 * (2 tellers, each ballot entered twice), and 6 elections in the order the rules allow at a party committee:
 * <ol>
 * <li>the congress ({@code dangbo.bench.delegates} voters, default 350): the committee (15 of 19), then, once its
 * result is declared (the order), the delegation to the higher congress (20 delegates + 3 alternates on 26 names);
 * every ballot entered twice (both tellers' entries shuffled) from {@code dangbo.bench.clients} keep-alive client
 * threads at once, then the count closed and the result read;</li>
 * <li>the new committee's first meeting (15 voters): the standing committee (3 of 4), the secretary (1 of 2), the
 * deputy (1 of 2, not the secretary) and the inspection commission (3 of 4), entered the same way.</li>
 * </ol>
 * First, the chain of 10,000 entries (which also warms the service's JIT up, as a running service is): another
 * committee's delegate congress of {@code dangbo.bench.largeDelegates} (default 5,000) delegates elects its committee,
 * every ballot entered twice (10,000 entries + the opening and the ballots' figures), closed, and
 * {@code GET /elections/{id}/verification} timed 5 times. Measured: each entry's latency at
 * the client (p50/p95/p99), the time from the last entry's response to the declared result read back (closing +
 * {@code GET /elections/{id}/result}) and the verification. Results: stdout lines starting with [benchmark], and
 * congress-service/target/election-benchmark.txt.
 */
@Tag("benchmark")
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "congress"))
class DelegateCongressElectionsBenchmark {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dung", "Đức", "Giang", "Hà", "Hải", "Hùng",
        "Khánh", "Lan", "Long", "Mai", "Nam", "Phong", "Quang", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Vinh", "Yến"};

    @Inject
    AgroalDataSource dataSource;

    private BenchmarkApi api;
    private int clients;

    /** A congress set up for the benchmark: its id and the delegates checked in, in roll order. */
    private record Congress(String id, List<UUID> delegates) {
    }

    /** An election whose list is approved: the candidates in printed order, the seats a ballot may keep. */
    private record Listed(String name, String id, List<String> candidates, int keep, String serialPrefix,
            int voters, int spares) {
    }

    /** One teller's entry of one ballot. */
    private record Entry(Listed election, String serial, String teller, List<String> kept) {
    }

    @Test
    void delegateCongressElections() throws Exception {
        int delegates = Integer.getInteger("dangbo.bench.delegates", 350);
        int largeDelegates = Integer.getInteger("dangbo.bench.largeDelegates", 5_000);
        clients = Integer.getInteger("dangbo.bench.clients", 8);
        api = new BenchmarkApi(RealInfrastructure.tokens().admin());
        long started = System.nanoTime();

        // the chain of 10,000 entries, first: it also warms the service up (JIT) as a running one is
        long large = System.nanoTime();
        Congress big = congress("Đảng bộ Khối Doanh nghiệp tỉnh", largeDelegates);
        api.line("setup: a committee's delegate congress of %,d delegates (%,d members in 4 cells, roll by SQL; congresses,"
                + " delegates, check-in and the counting committee over the API): %,d ms", largeDelegates,
                largeDelegates + 50, ms(large));
        Listed bigCommittee = listed("Ban Chấp hành (đại hội %d đại biểu)".formatted(largeDelegates), big.id,
                "{\"office\": \"PARTY_COMMITTEE\", \"seats\": 15}", big.delegates.subList(0, 19), 15);
        List<Long> bigLatencies = count(List.of(bigCommittee));
        api.line("  its entries: %s", percentiles(bigLatencies));
        closeAndRead(bigCommittee, new ArrayList<>());
        long records = 0;
        List<Long> verifications = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long verifying = System.nanoTime();
            JsonPath verification = JsonPath.from(ok(api.get("/elections/" + bigCommittee.id + "/verification")).body());
            verifications.add(ms(verifying));
            assertTrue(verification.getBoolean("holds"), verification.prettify());
            records = verification.getLong("records");
        }
        api.line("verification of a log of %,d records (%,d entries): %s ms (first, then 4 more) — target at most "
                + "1,000 ms", records, largeDelegates * 2L, verifications);

        long small = System.nanoTime();
        Congress congress = congress("Đảng bộ Sở Tài chính", delegates);
        api.line("setup: a grassroots committee of %d full members in 4 cells (roll by SQL), its cells' congresses and its"
                + " delegate congress scheduled, %d delegates entered and checked in over the API, the counting "
                + "committee of 2 tellers: %,d ms", delegates + 50, delegates, ms(small));

        // the congress: the committee, then (once its result is declared) the delegation
        List<Long> resultTimes = new ArrayList<>();
        Listed committee = listed("Ban Chấp hành", congress.id, "{\"office\": \"PARTY_COMMITTEE\", \"seats\": 15}",
                congress.delegates.subList(0, 19), 15);
        List<Long> congressLatencies = new ArrayList<>(count(List.of(committee)));
        List<UUID> members = elected(closeAndRead(committee, resultTimes));
        assertEquals(15, members.size(), "the committee fills its 15 seats");
        Listed delegation = listed("Đoàn đại biểu", congress.id,
                "{\"office\": \"DELEGATION\", \"seats\": 20, \"alternateSeats\": 3}",
                congress.delegates.subList(19, 45), 23);
        congressLatencies.addAll(count(List.of(delegation)));
        closeAndRead(delegation, resultTimes);

        // the new committee's first meeting: its 15 members vote, each ballot after the one before
        Listed standing = listed("Ban Thường vụ", congress.id, "{\"office\": \"STANDING_COMMITTEE\", \"seats\": 3}",
                members.subList(0, 4), 3);
        List<Long> meetingLatencies = new ArrayList<>(count(List.of(standing)));
        List<UUID> standingElected = elected(closeAndRead(standing, resultTimes));
        Listed secretary = listed("Bí thư", congress.id, "{\"office\": \"SECRETARY\", \"seats\": 1}",
                standingElected.subList(0, 2), 1);
        meetingLatencies.addAll(count(List.of(secretary)));
        List<UUID> secretaryElected = elected(closeAndRead(secretary, resultTimes));
        List<UUID> deputies = new ArrayList<>(standingElected);
        deputies.removeAll(secretaryElected);
        Listed deputy = listed("Phó Bí thư", congress.id, "{\"office\": \"DEPUTY_SECRETARY\", \"seats\": 1}",
                deputies.subList(0, 2), 1);
        meetingLatencies.addAll(count(List.of(deputy)));
        closeAndRead(deputy, resultTimes);
        Listed inspection = listed("Ủy ban Kiểm tra", congress.id,
                "{\"office\": \"INSPECTION_COMMISSION\", \"seats\": 3}", members.subList(4, 8), 3);
        meetingLatencies.addAll(count(List.of(inspection)));
        closeAndRead(inspection, resultTimes);

        List<Long> all = new ArrayList<>(congressLatencies);
        all.addAll(meetingLatencies);
        api.line("entries, all 6 elections: %s — target p95 at most 50 ms", percentiles(all));
        api.line("  the congress' two ballots (%d voters each): %s", delegates,
                percentiles(congressLatencies));
        api.line("  the first meeting's four ballots (15 voters each): %s", percentiles(meetingLatencies));
        Collections.sort(resultTimes);
        api.line("result after the last entry (closing + GET /elections/{id}/result, declared): %s ms for the 6 "
                + "elections, at most %d ms — target at most 1,000 ms", resultTimes, resultTimes.get(
                resultTimes.size() - 1));

        api.line("total %,d ms", ms(started));
        api.writeReport("election-benchmark.txt");
    }

    /**
     * A grassroots committee with 4 cells holding {@code delegates} + 50 full members (written with SQL into the
     * roll consumer's table), the cells' congresses and the committee's delegate congress with its structure, the
     * delegates entered and checked in, the counting committee of two tellers.
     */
    private Congress congress(String name, int delegates) throws Exception {
        Org bloc = RegistryFixtures.bloc("Đảng bộ Khối các cơ quan tỉnh");
        Org office = RegistryFixtures.grassrootsCommittee(bloc, name);
        List<Org> cells = new ArrayList<>();
        for (int c = 1; c <= 4; c++) {
            cells.add(RegistryFixtures.cell(office, "Chi bộ " + c));
        }
        RegistryFixtures.awaitKnown(bloc, office);
        RegistryFixtures.awaitKnown(cells.toArray(Org[]::new));
        List<UUID> members = roll(cells, delegates + 50);

        String round = RoundFixtures.withoutPilot(office);
        for (int c = 0; c < cells.size(); c++) {
            created(api.post("/congresses", """
                    {"roundId": "%s", "organisationId": "%s", "kind": "ALL_MEMBER", "startDate": "2020-04-%02d",
                     "days": 1, "term": "2020-2022"}""".formatted(round, cells.get(c).id(), 10 + c)));
        }
        String congress = JsonPath.from(created(api.post("/congresses", """
                {"roundId": "%s", "organisationId": "%s", "kind": "DELEGATE", "startDate": "2020-06-15", "days": 2,
                 "term": "2020-2025"}""".formatted(round, office.id()))).body()).getString("id");
        ok(api.put("/congresses/" + congress + "/election-structure", """
                {"committeeSize": 15, "standingCommitteeSize": 3, "deputySecretaries": 1,
                 "inspectionCommissionSize": 3}"""));
        List<UUID> chosen = members.subList(0, delegates);
        for (int from = 0; from < chosen.size(); from += 2000) {
            String entries = chosen.subList(from, Math.min(from + 2000, chosen.size())).stream()
                    .map(m -> "{\"memberId\": \"" + m + "\", \"role\": \"DELEGATE\"}")
                    .collect(Collectors.joining(", "));
            ok(api.post("/congresses/" + congress + "/delegates", "{\"delegates\": [" + entries + "]}"));
        }
        parallel(chosen.size(), i -> api.post("/congresses/" + congress + "/attendance/" + chosen.get(i) + "/check-in",
                null), 200);
        assertEquals(delegates, JsonPath.from(ok(api.get("/congresses/" + congress + "/vote-base")).body())
                .getInt("base"));
        ok(api.put("/congresses/" + congress + "/counting-committee", """
                {"tellersPerBallot": 2, "tellers": [
                  {"code": "T1", "fullName": "Phạm Thị Hoa", "role": "HEAD"},
                  {"code": "T2", "fullName": "Đỗ Văn Nam", "role": "MEMBER"}]}"""));
        return new Congress(congress, chosen);
    }

    /** Full members admitted in 2000, spread over the cells, written as the roll consumer stores them. */
    private List<UUID> roll(List<Org> cells, int count) throws Exception {
        List<UUID> members = new ArrayList<>();
        Random random = new Random(count);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("insert into member_roll (id, organisation_id, "
                    + "full_name, sex, birth_month, ethnicity, status, version, state, admitted_on, full_member_on) "
                    + "values (?, ?, ?, ?, ?, 'Kinh', 'FULL', 1, 'ACTIVE', date '2000-05-19', date '2001-05-19')")) {
                for (int i = 0; i < count; i++) {
                    UUID id = UUID.randomUUID();
                    boolean woman = random.nextBoolean();
                    insert.setObject(1, id);
                    insert.setObject(2, cells.get(i % cells.size()).id());
                    insert.setString(3, FAMILY[random.nextInt(FAMILY.length)] + " "
                            + (woman ? "Thị" : MIDDLE[random.nextInt(MIDDLE.length)]) + " "
                            + GIVEN[random.nextInt(GIVEN.length)]);
                    insert.setString(4, woman ? "FEMALE" : "MALE");
                    insert.setString(5, "%d-%02d".formatted(1972 + random.nextInt(14), 1 + random.nextInt(12)));
                    insert.addBatch();
                    members.add(id);
                }
                insert.executeBatch();
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("analyze member_roll");
            }
        }
        return members;
    }

    private static List<UUID> elected(JsonPath result) {
        return result.getList("elected.memberId", String.class).stream().map(UUID::fromString).toList();
    }

    /** Opens the election, nominates the names from the committee's list and approves the list. */
    private Listed listed(String name, String congress, String opening, List<UUID> names, int keep) {
        String election = JsonPath.from(created(api.post("/congresses/" + congress + "/elections", opening)).body())
                .getString("id");
        for (UUID member : names) {
            created(api.post("/elections/" + election + "/candidates", """
                    {"memberId": "%s", "source": "COMMITTEE_LIST", "nominatedBy": "Ban Chấp hành khóa trước"}"""
                    .formatted(member)));
        }
        ok(api.post("/elections/" + election + "/list/approval", "{}"));
        JsonPath list = JsonPath.from(ok(api.get("/elections/" + election + "/list")).body());
        JsonPath view = JsonPath.from(ok(api.get("/elections/" + election)).body());
        List<String> candidates = list.getList("onList.candidate.id");
        assertEquals(names.size(), candidates.size(), list.prettify());
        return new Listed(name, election, candidates, keep, view.getString("serialPrefix"), view.getInt("voters"),
                view.getInt("spareBallots"));
    }

    /**
     * The ballots issued (voters and spares) and returned (one a voter), then every returned ballot entered by both
     * tellers, all the elections' entries shuffled together and sent from the client threads at once.
     *
     * @return each entry's latency in ms
     */
    private List<Long> count(List<Listed> elections) throws Exception {
        List<Entry> entries = new ArrayList<>();
        for (Listed election : elections) {
            ok(api.put("/elections/" + election.id + "/ballots", """
                    {"issued": %d, "returned": %d}""".formatted(election.voters + election.spares, election.voters)));
            for (int i = 0; i < election.voters; i++) {
                List<String> kept = kept(election, i);
                for (String teller : List.of("T1", "T2")) {
                    entries.add(new Entry(election, election.serialPrefix + (i + 1), teller, kept));
                }
            }
        }
        Collections.shuffle(entries, new Random(11));
        long[] latencies = parallel(entries.size(), i -> {
            Entry e = entries.get(i);
            return api.post("/elections/" + e.election.id + "/entries", """
                    {"serial": "%s", "tellerCode": "%s", "kept": [%s]}""".formatted(e.serial, e.teller,
                    e.kept.stream().map(k -> "\"" + k + "\"").collect(Collectors.joining(", "))));
        }, 201);
        List<Long> list = new ArrayList<>();
        for (long l : latencies) {
            list.add(l);
        }
        return list;
    }

    /**
     * The names ballot {@code i} keeps: the first {@code keep} names in printed order, the j-th of them struck out
     * on the ballots whose number modulo 100 is below j (so their votes differ and fall with the order, each above
     * half), and on a ballot that struck some, one name from beyond the seats kept in their place. Always valid.
     */
    private static List<String> kept(Listed election, int i) {
        int r = i % 100;
        List<String> kept = new ArrayList<>();
        for (int j = 0; j < election.keep; j++) {
            if (r >= j || j == 0) {
                kept.add(election.candidates.get(j));
            }
        }
        int beyond = election.candidates.size() - election.keep;
        if (beyond > 0 && kept.size() < election.keep && r % 3 == 0) {
            kept.add(election.candidates.get(election.keep + (i % beyond)));
        }
        return kept;
    }

    /** Closes the count and reads the declared result; the time from the last entry's response on is recorded. */
    private JsonPath closeAndRead(Listed election, List<Long> times) {
        long started = System.nanoTime();
        ok(api.post("/elections/" + election.id + "/closing", null));
        JsonPath result = JsonPath.from(ok(api.get("/elections/" + election.id + "/result")).body());
        long took = ms(started);
        times.add(took);
        assertEquals("RESULT_DECLARED", result.getString("status"), result.prettify());
        api.line("%s: %d ballots entered twice; closed and result read %,d ms after the last entry; elected %d, "
                + "alternates %d, votes %s", election.name, election.voters, took, result.getList("elected").size(),
                result.getList("alternates").size(), result.getList("candidates.votes"));
        return result;
    }

    /** Sends {@code count} requests from the client threads; every answer must have {@code status}. */
    private long[] parallel(int count, IntFunction<HttpResponse<String>> request, int status) throws Exception {
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        Map<Integer, String> failures = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long one = System.nanoTime();
                    HttpResponse<String> response = request.apply(i);
                    latencies[i] = ms(one);
                    if (response.statusCode() != status) {
                        failures.putIfAbsent(i, response.statusCode() + " " + response.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        assertEquals(List.of(), failures.values().stream().limit(3).toList(), "every request answered " + status);
        return latencies;
    }

    private static String percentiles(List<Long> latencies) {
        List<Long> sorted = latencies.stream().sorted().toList();
        return "%,d requests, p50 %d ms, p95 %d ms, p99 %d ms, max %d ms".formatted(sorted.size(),
                at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted.get(sorted.size() - 1));
    }

    private static long at(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.ceil(sorted.size() * quantile) - 1);
    }
}
