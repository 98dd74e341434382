package vn.dangbo.emulation.attendance;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.TestClock;
import vn.dangbo.emulation.attendance.AttendanceFixture.Guest;
import vn.dangbo.emulation.communication.Office;
import vn.dangbo.emulation.gathering.Gathering;
import vn.dangbo.emulation.testing.RegistryPlayer;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/** Check-in at the door (item 5): scans, second scans, offline scans, undo, lookup, live counts. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "emulation"),
        restrictToAnnotatedClass = false)
class CheckInTest {

    private static final LocalDate MEETING_DAY = LocalDate.of(2024, 5, 10);
    /** 07:45 in Hanoi on the meeting's day. */
    private static final Instant AT_THE_DOOR = Instant.parse("2024-05-10T00:45:00Z");
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
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void aSecondScanChangesNothingAndSaysWhenTheFirstWas() {
        Office office = Office.of(registry, "Đảng bộ Khối (thử quét lần hai)");
        String event = fixture.event(office.movementId, Gathering.Kind.MEETING, MEETING_DAY, 350);
        Guest guest = fixture.invitee(event, "Nguyễn Thị Lan", "Bí thư", "Chi bộ Sở Tư pháp", "BLOC_COMMITTEE");
        TestClock.standAt(AT_THE_DOOR);
        scan(office, event, Map.of("token", guest.token()))
                .statusCode(201)
                .body("firstScan", equalTo(true)).body("alreadyCheckedIn", equalTo(false))
                .body("checkedInAt", equalTo("2024-05-10T07:45:00+07:00"))
                .body("invitee.fullName", equalTo("Nguyễn Thị Lan"))
                .body("invitee.organisationName", equalTo("Chi bộ Sở Tư pháp"))
                .body("invitee.roles.code", contains("BLOC_COMMITTEE"));
        TestClock.standAt(AT_THE_DOOR.plusSeconds(25 * 60));
        scan(office, event, Map.of("token", guest.token()))
                .statusCode(200)
                .body("firstScan", equalTo(false)).body("alreadyCheckedIn", equalTo(true))
                .body("checkedInAt", equalTo("2024-05-10T07:45:00+07:00"))
                .body("message", equalTo("Đã điểm danh lúc 07:45"));
        attendance(office, event).body("checkedIn", equalTo(1));
        assertEquals(1, fixture.scans(guest.id(), true));
        assertEquals(2, fixture.scans(guest.id(), false));
    }

    @Test
    void theCodePrintedUnderTheQrCodeTypedByHandChecksIn() {
        Office office = Office.of(registry, "Đảng bộ Khối (thử nhập mã ngắn)");
        String event = fixture.event(office.movementId, Gathering.Kind.MEETING, MEETING_DAY, 350);
        String other = fixture.event(office.movementId, Gathering.Kind.SEMINAR, MEETING_DAY.minusDays(20), 300);
        Guest guest = fixture.invitee(event, "Lò Văn Sáu", "Bí thư", "Chi bộ Sở Xây dựng", "GRASSROOTS_SECRETARIES");
        Guest elsewhere = fixture.invitee(other, "Vàng Thị Mai", "Bí thư", "Chi bộ Sở Y tế", "GRASSROOTS_SECRETARIES");
        TestClock.standAt(AT_THE_DOOR);
        scan(office, event, Map.of("token", elsewhere.token().substring(0, 8))).statusCode(404);
        scan(office, event, Map.of("token", guest.token().substring(0, 7))).statusCode(404);
        scan(office, event, Map.of("token", guest.token().substring(0, 8)))
                .statusCode(201).body("invitee.fullName", equalTo("Lò Văn Sáu"));
        attendance(office, event).body("checkedIn", equalTo(1));
    }

    @Test
    void theSameNonceTwiceIsOneScanAnsweredTheSame() {
        Office office = Office.of(registry, "Đảng bộ Khối (thử quét lặp)");
        String event = fixture.event(office.movementId, Gathering.Kind.MEETING, MEETING_DAY, 350);
        Guest guest = fixture.invitee(event, "Hà Văn Tú", "Bí thư", "Chi bộ Kho bạc", "GRASSROOTS_SECRETARIES");
        TestClock.standAt(AT_THE_DOOR);
        Map<String, Object> first = Map.of("token", guest.token(), "nonce", "may-quet-2:0001");
        String answer = scan(office, event, first).statusCode(201).extract().asString();
        TestClock.standAt(AT_THE_DOOR.plusSeconds(600));
        assertEquals(answer, scan(office, event, first).statusCode(201).extract().asString());
        assertEquals(1, fixture.scans(guest.id(), false));
        scan(office, event, Map.of("token", guest.token(), "nonce", "may-quet-2:0002"))
                .statusCode(200).body("message", equalTo("Đã điểm danh lúc 07:45"));
        assertEquals(2, fixture.scans(guest.id(), false));
        assertEquals(1, fixture.scans(guest.id(), true));
    }

    @Test
    void anOfflineScanIsCheckedInAtItsOwnTimeNeitherInTheFutureNorBeforeTheDay() {
        Office office = Office.of(registry, "Đảng bộ Khối (thử quét ngoại tuyến)");
        String event = fixture.event(office.movementId, Gathering.Kind.MEETING, MEETING_DAY, 350);
        Guest guest = fixture.invitee(event, "Lý Văn Sơn", "Phó Bí thư", "Chi bộ Sở Nội vụ", "BLOC_COMMITTEE");
        TestClock.standAt(Instant.parse("2024-05-10T01:30:00Z"));
        scan(office, event, Map.of("token", guest.token(), "scannedAt", "2024-05-10T09:00:00+07:00"))
                .statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("scannedAt"))
                .body("detail", equalTo("Thời điểm quét 09:00 ngày 10/5/2024 ở tương lai"));
        scan(office, event, Map.of("token", guest.token(), "scannedAt", "2024-05-09T23:50:00+07:00"))
                .statusCode(422).body("detail", equalTo("Thời điểm quét 23:50 ngày 9/5/2024 trước ngày tổ chức "
                        + "10/5/2024"));
        scan(office, event, Map.of("token", guest.token(), "nonce", "offline-7", "scannedAt",
                        "2024-05-10T07:31:12+07:00"))
                .statusCode(201).body("checkedInAt", equalTo("2024-05-10T07:31:12+07:00"));
        scan(office, event, Map.of("inviteeId", guest.id()))
                .statusCode(200).body("message", equalTo("Đã điểm danh lúc 07:31"));
    }

    @Test
    void anUndoneCheckInIsCheckedInAgainByTheNextScan() {
        Office office = Office.of(registry, "Đảng bộ Khối (thử hủy điểm danh)");
        String event = fixture.event(office.movementId, Gathering.Kind.MEETING, MEETING_DAY, 350);
        Guest guest = fixture.invitee(event, "Bùi Thị Mai", "Bí thư", "Chi bộ Sở Công thương", "BLOC_COMMITTEE");
        TestClock.standAt(AT_THE_DOOR);
        scan(office, event, Map.of("token", guest.token())).statusCode(201);
        office.asOfficer().when().delete(office.path("/events/" + event + "/check-ins/" + guest.id()))
                .then().statusCode(204);
        attendance(office, event).body("checkedIn", equalTo(0));
        office.asOfficer().when().delete(office.path("/events/" + event + "/check-ins/" + guest.id()))
                .then().statusCode(404);
        TestClock.standAt(AT_THE_DOOR.plusSeconds(5 * 60));
        scan(office, event, Map.of("token", guest.token()))
                .statusCode(201).body("checkedInAt", equalTo("2024-05-10T07:50:00+07:00"));
        attendance(office, event).body("checkedIn", equalTo(1));
    }

    @Test
    void aLostCodeIsFoundByTheNameWithoutTones() {
        Office office = Office.of(registry, "Đảng bộ Khối (thử tìm tên)");
        String event = fixture.event(office.movementId, Gathering.Kind.MEETING, MEETING_DAY, 350);
        Guest a = fixture.invitee(event, "Nguyễn Văn A", "Bí thư", "Chi bộ Sở Tài nguyên", "BLOC_COMMITTEE");
        fixture.invitee(event, "Trần Thị Bích", "Bí thư", "Chi bộ Sở Văn hóa", "BLOC_COMMITTEE");
        TestClock.standAt(AT_THE_DOOR);
        RestAssured.given().auth().oauth2(office.officer).queryParam("q", "nguyen van a")
                .when().get(office.path("/events/" + event + "/invitees/lookup"))
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].invitee.fullName", equalTo("Nguyễn Văn A"))
                .body("items[0].checkedIn", equalTo(false)).body("items[0].checkedInAt", nullValue());
        scan(office, event, Map.of("inviteeId", a.id())).statusCode(201);
        RestAssured.given().auth().oauth2(office.officer).queryParam("q", "NGUYỄN  văn a")
                .when().get(office.path("/events/" + event + "/invitees/lookup"))
                .then().statusCode(200)
                .body("items[0].checkedIn", equalTo(true))
                .body("items[0].checkedInAt", equalTo("2024-05-10T07:45:00+07:00"));
    }

    @Test
    void aPersonInThreeGroupsCountsOnceInTheTotalAndOnceInEachGroup() {
        Office office = Office.of(registry, "Đảng bộ Khối (thử đếm)");
        String event = fixture.event(office.movementId, Gathering.Kind.MEETING, MEETING_DAY, 350);
        Guest three = fixture.invitee(event, "Đặng Văn Hùng", "Bí thư", "Chi bộ Sở Giao thông", "BLOC_COMMITTEE",
                "CHOSEN_CELL_SECRETARIES", "AWARD_RECIPIENTS");
        Guest one = fixture.invitee(event, "Cao Thị Yến", "Bí thư", "Chi bộ Sở Ngoại vụ", "BLOC_COMMITTEE");
        office.asOfficer().body(Map.of("answer", "ACCEPT"))
                .when().post(office.path("/events/" + event + "/invitees/" + one.id() + "/reply"))
                .then().statusCode(200);
        TestClock.standAt(AT_THE_DOOR);
        scan(office, event, Map.of("token", three.token())).statusCode(201);
        attendance(office, event)
                .body("invited", equalTo(2)).body("accepted", equalTo(1)).body("checkedIn", equalTo(1))
                .body("groups.find { it.code == 'BLOC_COMMITTEE' }.invited", equalTo(2))
                .body("groups.find { it.code == 'BLOC_COMMITTEE' }.accepted", equalTo(1))
                .body("groups.find { it.code == 'BLOC_COMMITTEE' }.checkedIn", equalTo(1))
                .body("groups.find { it.code == 'CHOSEN_CELL_SECRETARIES' }.checkedIn", equalTo(1))
                .body("groups.find { it.code == 'AWARD_RECIPIENTS' }.invited", equalTo(1));
    }

    @Test
    void aTokenOfAnotherEventOrOfAWithdrawnInviteeIsRefusedAtTheDoor() {
        Office office = Office.of(registry, "Đảng bộ Khối (thử mã sự kiện khác)");
        String meeting = fixture.event(office.movementId, Gathering.Kind.MEETING, MEETING_DAY, 350);
        String seminar = fixture.event(office.movementId, Gathering.Kind.SEMINAR, LocalDate.of(2024, 4, 20), 300);
        Guest atTheSeminar = fixture.invitee(seminar, "Mai Văn Phúc", "Bí thư", "Chi bộ Sở Khoa học",
                "BLOC_COMMITTEE");
        Guest withdrawn = fixture.invitee(meeting, "Tạ Thị Quyên", null, null, "BLOC_COMMITTEE");
        fixture.withdraw(withdrawn.id());
        TestClock.standAt(AT_THE_DOOR);
        scan(office, meeting, Map.of("token", atTheSeminar.token()))
                .statusCode(404).body("detail", equalTo("Mã giấy mời không thuộc sự kiện này"));
        scan(office, meeting, Map.of("inviteeId", atTheSeminar.id())).statusCode(404);
        scan(office, meeting, Map.of("token", withdrawn.token())).statusCode(410);
        scan(office, meeting, Map.of("nonce", "x")).statusCode(400);
        RestAssured.given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .contentType("application/json").body(Map.of("token", withdrawn.token()))
                .when().post(office.path("/events/" + meeting + "/check-ins"))
                .then().statusCode(403);
        attendance(office, meeting).body("checkedIn", equalTo(0)).body("invited", equalTo(0));
    }

    private static ValidatableResponse scan(Office office, String event, Map<String, ?> body) {
        return office.asOfficer().body(new HashMap<>(body))
                .when().post(office.path("/events/" + event + "/check-ins")).then();
    }

    private static ValidatableResponse attendance(Office office, String event) {
        return RestAssured.given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get(office.path("/events/" + event + "/attendance")).then().statusCode(200);
    }
}
