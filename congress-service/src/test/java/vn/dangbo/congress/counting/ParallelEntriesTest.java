package vn.dangbo.congress.counting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.RegistryFixtures.Org;
import vn.dangbo.congress.counting.CountingFixtures.ListedElection;
import vn.dangbo.congress.election.BallotKind;
import vn.dangbo.congress.election.Office;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * Parallel clients: 8 threads enter 120 ballots twice each (two tellers), every entry sent twice so the same
 * teller's entry races itself, into two elections at once. None is lost, none is doubled, every ballot is final,
 * and each election's log chains and recomputes to the same totals.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "congress"),
        restrictToAnnotatedClass = false)
class ParallelEntriesTest {

    private static final int BALLOTS = 120;

    @Inject
    CountingFixtures fixtures;

    private record Entry(ListedElection election, String serial, String teller, List<String> kept) {
    }

    @Test
    void parallelEntriesAreNeitherLostNorDoubledAndTheChainHolds() throws Exception {
        Org office = CountingFixtures.office("Đảng bộ Sở Giáo dục và Đào tạo");
        String congress = CountingFixtures.congress(office);
        CountingFixtures.committee(office, congress, 2);
        ListedElection committee = fixtures.listed(congress, Office.PARTY_COMMITTEE, 3, BallotKind.STRIKE_OUT,
                "Ứng viên Một", "Ứng viên Hai", "Ứng viên Ba", "Ứng viên Bốn");
        ListedElection delegation = fixtures.listed(congress, Office.DELEGATION, 2, BallotKind.STRIKE_OUT,
                "Đại biểu Một", "Đại biểu Hai", "Đại biểu Ba");
        String token = RealInfrastructure.tokens().officer(office.idText());

        Random random = new Random(12);
        List<Entry> entries = new ArrayList<>();
        for (ListedElection election : List.of(committee, delegation)) {
            for (int i = 1; i <= BALLOTS; i++) {
                List<String> ids = new ArrayList<>(election.candidates().stream().map(UUID::toString).toList());
                Collections.shuffle(ids, random);
                List<String> kept = ids.subList(0, 1 + random.nextInt(2));
                for (String teller : List.of("T1", "T2")) {
                    Entry entry = new Entry(election, "%03d".formatted(i), teller, kept);
                    entries.add(entry);
                    entries.add(entry);
                }
            }
        }
        Collections.shuffle(entries, random);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<long[]>> calls = entries.stream().<Callable<long[]>>map(e -> () -> {
            long started = System.nanoTime();
            int status = given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("serial", e.serial(), "tellerCode", e.teller(), "kept", e.kept()))
                    .post("/elections/{id}/entries", e.election().idText())
                    .then().extract().statusCode();
            return new long[] {status, System.nanoTime() - started};
        }).toList();
        List<long[]> results = new ArrayList<>();
        for (Future<long[]> result : pool.invokeAll(calls)) {
            results.add(result.get());
        }
        pool.shutdown();

        Map<Long, Long> statuses = results.stream().collect(Collectors.groupingBy(r -> r[0], Collectors.counting()));
        assertEquals(Map.of(201L, (long) BALLOTS * 4, 200L, (long) BALLOTS * 4), statuses,
                "each entry created once, its twin answered as a repeat");
        List<Long> millis = results.stream().map(r -> r[1] / 1_000_000).sorted().toList();
        System.out.printf("parallel entries: %d requests, p50 %d ms, p95 %d ms%n", millis.size(),
                millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.95)));

        for (ListedElection election : List.of(committee, delegation)) {
            given().auth().oauth2(RealInfrastructure.tokens().viewer())
                    .get("/elections/{id}/count", election.idText())
                    .then().statusCode(200)
                    .body("finalBallots", equalTo(BALLOTS))
                    .body("pending", equalTo(0))
                    .body("mismatches", equalTo(0))
                    .body("validBallots", equalTo(BALLOTS))
                    // the opening record and one per entry
                    .body("logRecords", equalTo(1 + BALLOTS * 2));
            given().auth().oauth2(RealInfrastructure.tokens().viewer())
                    .get("/elections/{id}/verification", election.idText())
                    .then().statusCode(200)
                    .body("holds", equalTo(true))
                    .body("records", equalTo(1 + BALLOTS * 2));
        }
    }
}
