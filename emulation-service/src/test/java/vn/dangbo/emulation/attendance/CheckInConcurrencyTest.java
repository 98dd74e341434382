package vn.dangbo.emulation.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.TestClock;
import vn.dangbo.emulation.attendance.AttendanceFixture.Guest;
import vn.dangbo.emulation.communication.Office;
import vn.dangbo.emulation.gathering.Gathering;
import vn.dangbo.emulation.testing.RegistryPlayer;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * Ten scanners at the door at once, each person scanned three times (one a scanner's retry with the same nonce):
 * everyone checked in exactly once and the counts exact. (The lead's benchmark measures the time.)
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "emulation"),
        restrictToAnnotatedClass = false)
class CheckInConcurrencyTest {

    private static final int PEOPLE = 35;
    private static final int SCANNERS = 10;
    private static RegistryPlayer registry;

    @Inject
    AttendanceFixture fixture;

    @BeforeAll
    static void registry() {
        registry = new RegistryPlayer();
    }

    @AfterAll
    static void close() {
        registry.close();
        TestClock.reset();
    }

    /** One request of the door: whom, with which nonce. */
    private record Scan(Guest guest, String nonce) {
    }

    @Test
    void tenScannersAtOnceCheckEveryoneInOnceAndKeepTheCountsExact() throws Exception {
        Office office = Office.of(registry, "Đảng bộ Khối (thử 10 máy quét)");
        String event = fixture.event(office.movementId, Gathering.Kind.MEETING, LocalDate.of(2024, 5, 10), 350);
        List<Guest> guests = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            guests.add(fixture.invitee(event, "Đại biểu Số " + i, "Bí thư", "Chi bộ " + i,
                    i % 2 == 0 ? "BLOC_COMMITTEE" : "GRASSROOTS_SECRETARIES", "AWARD_RECIPIENTS"));
        }
        List<Scan> scans = new ArrayList<>();
        for (Guest guest : guests) {
            scans.add(new Scan(guest, guest.id() + ":a"));
            scans.add(new Scan(guest, guest.id() + ":a"));
            scans.add(new Scan(guest, guest.id() + ":b"));
        }
        Collections.shuffle(scans, new Random(14));
        TestClock.standAt(Instant.parse("2024-05-10T00:45:00Z"));

        ExecutorService door = Executors.newFixedThreadPool(SCANNERS);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (Scan scan : scans) {
                answers.add(door.submit(() -> RestAssured.given().auth().oauth2(office.officer)
                        .contentType("application/json")
                        .body(Map.of("token", scan.guest().token(), "nonce", scan.nonce()))
                        .when().post(office.path("/events/" + event + "/check-ins"))));
            }
            int firsts = 0;
            Map<String, Integer> firstsByNonce = new java.util.HashMap<>();
            for (int i = 0; i < scans.size(); i++) {
                Response answer = answers.get(i).get();
                int status = answer.statusCode();
                assertEquals(true, status == 201 || status == 200, answer.asString());
                if (status == 201) {
                    firsts++;
                    firstsByNonce.merge(scans.get(i).nonce(), 1, Integer::sum);
                }
            }
            // a person's first scan answers 201, and so does its retry with the same nonce; nothing else does
            assertEquals(PEOPLE, firstsByNonce.size());
            assertEquals(firsts, firstsByNonce.values().stream().mapToInt(Integer::intValue).sum());
        } finally {
            door.shutdownNow();
        }
        for (Guest guest : guests) {
            assertEquals(1, fixture.scans(guest.id(), true), guest.fullName());
            assertEquals(2, fixture.scans(guest.id(), false), guest.fullName());
        }
        RestAssured.given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get(office.path("/events/" + event + "/attendance"))
                .then().statusCode(200)
                .body("invited", org.hamcrest.Matchers.equalTo(PEOPLE))
                .body("checkedIn", org.hamcrest.Matchers.equalTo(PEOPLE))
                .body("groups.find { it.code == 'AWARD_RECIPIENTS' }.checkedIn", org.hamcrest.Matchers.equalTo(PEOPLE))
                .body("groups.find { it.code == 'BLOC_COMMITTEE' }.checkedIn", org.hamcrest.Matchers.equalTo(18))
                .body("groups.find { it.code == 'GRASSROOTS_SECRETARIES' }.checkedIn",
                        org.hamcrest.Matchers.equalTo(17));
    }
}
