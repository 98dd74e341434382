package vn.dangbo.emulation.attendance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.attendance.AttendanceFixture.Guest;
import vn.dangbo.emulation.communication.Office;
import vn.dangbo.emulation.gathering.Gathering;
import vn.dangbo.emulation.testing.RegistryPlayer;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/** Replies (item 4): by the invitee with their token or by the office, the counts, the reminders. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "emulation"),
        restrictToAnnotatedClass = false)
class ReplyFlowTest {

    private static final LocalDate MEETING_DAY = LocalDate.of(2024, 5, 10);
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

    @Test
    void aSubstituteNeedsTheirNameAndSeatsOverThePlannedCountWarnWithoutBeingRefused() {
        Office office = Office.of(registry, "Đảng bộ Khối (thử trả lời)");
        String event = fixture.event(office.movementId, Gathering.Kind.MEETING, MEETING_DAY, 2);
        Guest a = fixture.invitee(event, "Nguyễn Văn An", "Bí thư", "Chi bộ Sở Tài chính", "GRASSROOTS_SECRETARIES");
        Guest b = fixture.invitee(event, "Lê Thị Bình", "Bí thư", "Đảng bộ Công ty Điện lực",
                "GRASSROOTS_SECRETARIES", "AWARD_RECIPIENTS");
        Guest c = fixture.invitee(event, "Phạm Văn Cường", "Nguyên Bí thư", null, "FORMER_LEADERS");

        reply(office, event, a, Map.of("answer", "ACCEPT"))
                .statusCode(200).body("reply.answer", equalTo("ACCEPTED"))
                .body("reply.repliedVia", equalTo("OFFICE"))
                .body("reply.repliedBy", equalTo("officer-" + office.bloc.id()))
                .body("warnings", empty());
        reply(office, event, b, Map.of("answer", "SUBSTITUTE", "substitute", Map.of("title", "Phó Bí thư")))
                .statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("substitute.fullName"))
                .body("detail", equalTo("Cử người dự thay phải ghi họ tên người dự thay"));
        reply(office, event, a, Map.of("answer", "DECLINE", "substitute", Map.of("fullName", "Ai đó")))
                .statusCode(422).body("errors[0].field", equalTo("substitute"));
        reply(office, event, b, Map.of("answer", "SUBSTITUTE",
                        "substitute", Map.of("fullName", "Hoàng Văn Dũng", "title", "Phó Bí thư")))
                .statusCode(200).body("reply.answer", equalTo("SUBSTITUTE"))
                .body("invitee.substitute.fullName", equalTo("Hoàng Văn Dũng"))
                .body("warnings", empty());
        reply(office, event, c, Map.of("answer", "ACCEPT"))
                .statusCode(200).body("reply.answer", equalTo("ACCEPTED"))
                .body("warnings", contains("Số đại biểu nhận lời tham dự (3, kể cả người dự thay) vượt số dự kiến "
                        + "2 người"));

        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get(office.path("/events/" + event + "/replies"))
                .then().statusCode(200)
                .body("planned", equalTo(2))
                .body("total.invited", equalTo(3)).body("total.accepted", equalTo(2))
                .body("total.substitutes", equalTo(1)).body("total.declined", equalTo(0))
                .body("total.pending", equalTo(0))
                .body("groups.find { it.code == 'GRASSROOTS_SECRETARIES' }.invited", equalTo(2))
                .body("groups.find { it.code == 'AWARD_RECIPIENTS' }.substitutes", equalTo(1))
                .body("warnings[0]", equalTo("Số đại biểu nhận lời tham dự (3, kể cả người dự thay) vượt số dự kiến "
                        + "2 người"));
        // a decline frees the seat
        reply(office, event, c, Map.of("answer", "DECLINE")).statusCode(200).body("warnings", empty());
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get(office.path("/events/" + event + "/replies"))
                .then().statusCode(200).body("total.declined", equalTo(1)).body("warnings", empty());
    }

    @Test
    void theInviteeRepliesWithTheTokenAndTheRemindersListOnlyThoseWhoHaveNot() {
        Office office = Office.of(registry, "Đảng bộ Khối (thử nhắc trả lời)");
        String event = fixture.event(office.movementId, Gathering.Kind.MEETING, MEETING_DAY, 350);
        Guest binh = fixture.invitee(event, "Trần Văn Bình", "Bí thư", "Chi bộ Sở Y tế", "BLOC_COMMITTEE");
        Guest an = fixture.invitee(event, "Lê Thị An", "Bí thư", "Chi bộ Sở Xây dựng", "BLOC_COMMITTEE");
        Guest chau = fixture.invitee(event, "Đỗ Minh Châu", "Ủy viên", "Đảng ủy Khối", "BLOC_COMMITTEE");

        // no sign-in: the token is the credential
        given().contentType(ContentType.JSON).body(Map.of("answer", "ACCEPT"))
                .when().post("/invitations/" + chau.token() + "/reply")
                .then().statusCode(200)
                .body("invitee.fullName", equalTo("Đỗ Minh Châu"))
                .body("reply.answer", equalTo("ACCEPTED"))
                .body("reply.repliedVia", equalTo("TOKEN")).body("reply.repliedBy", nullValue())
                .body("warnings", empty());
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get(office.path("/events/" + event + "/reminders"))
                .then().statusCode(200)
                .body("count", equalTo(2))
                .body("invitees.fullName", contains("Lê Thị An", "Trần Văn Bình"))
                .body("invitees[0].id", equalTo(an.id()))
                .body("invitees[1].id", equalTo(binh.id()));
        // the office's reply needs write access on the bloc
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).contentType(ContentType.JSON)
                .body(Map.of("answer", "ACCEPT"))
                .when().post(office.path("/events/" + event + "/invitees/" + an.id() + "/reply"))
                .then().statusCode(403);
        given().when().get(office.path("/events/" + event + "/replies")).then().statusCode(401);
    }

    @Test
    void aWithdrawnInviteesTokenAndAnUnknownTokenAreRefused() {
        Office office = Office.of(registry, "Đảng bộ Khối (thử thu hồi)");
        String event = fixture.event(office.movementId, Gathering.Kind.SEMINAR, LocalDate.of(2024, 4, 20), 300);
        Guest gone = fixture.invitee(event, "Vũ Thị Hạnh", null, null, "EXTERNAL_GUESTS");
        fixture.withdraw(gone.id());
        given().contentType(ContentType.JSON).body(Map.of("answer", "ACCEPT"))
                .when().post("/invitations/" + gone.token() + "/reply")
                .then().statusCode(410).contentType("application/problem+json")
                .body("detail", equalTo("Giấy mời của đồng chí Vũ Thị Hạnh đã được thu hồi"));
        given().contentType(ContentType.JSON).body(Map.of("answer", "ACCEPT"))
                .when().post("/invitations/khong-phai-ma-that-0123456789abcdefghij/reply")
                .then().statusCode(404);
        reply(office, event, gone, Map.of("answer", "ACCEPT")).statusCode(410);
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get(office.path("/events/" + event + "/reminders"))
                .then().statusCode(200).body("count", equalTo(0));
    }

    private static io.restassured.response.ValidatableResponse reply(Office office, String event, Guest guest,
            Map<String, ?> body) {
        return office.asOfficer().body(body)
                .when().post(office.path("/events/" + event + "/invitees/" + guest.id() + "/reply"))
                .then();
    }
}
