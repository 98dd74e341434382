package vn.dangbo.emulation.attendance;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.TestClock;
import vn.dangbo.emulation.attendance.AttendanceFixture.Guest;
import vn.dangbo.emulation.communication.Office;
import vn.dangbo.emulation.gathering.Gathering;
import vn.dangbo.emulation.testing.RegistryPlayer;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/** Closing the attendance: final counts published once for docs-service's attendee list; the door then shut. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "emulation"),
        restrictToAnnotatedClass = false)
class AttendanceCloseTest {

    private static final ObjectMapper JSON = new ObjectMapper();
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

    @Test
    void closingPublishesTheAttendeesOnceAndShutsTheDoor() throws Exception {
        Office office = Office.of(registry, "Đảng bộ Khối (thử kết thúc điểm danh)");
        String event = fixture.event(office.movementId, Gathering.Kind.MEETING, LocalDate.of(2024, 5, 10), 350);
        Guest an = fixture.invitee(event, "Nguyễn Văn An", "Bí thư", "Chi bộ Sở Tài chính", "BLOC_COMMITTEE",
                "AWARD_RECIPIENTS");
        Guest binh = fixture.invitee(event, "Lê Thị Bình", "Bí thư", "Đảng bộ Công ty Điện lực", "BLOC_COMMITTEE");
        Guest cuong = fixture.invitee(event, "Phạm Văn Cường", "Bí thư", "Chi bộ Sở Y tế", "AWARD_RECIPIENTS");
        fixture.invitee(event, "Đỗ Thị Dung", "Bí thư", "Chi bộ Sở Xây dựng", "BLOC_COMMITTEE");
        reply(office, event, an, Map.of("answer", "ACCEPT"));
        reply(office, event, binh, Map.of("answer", "SUBSTITUTE",
                "substitute", Map.of("fullName", "Hoàng Văn Dũng", "title", "Phó Bí thư")));
        reply(office, event, cuong, Map.of("answer", "ACCEPT"));
        TestClock.standAt(Instant.parse("2024-05-10T00:40:00Z"));
        scan(office, event, an).statusCode(201);
        TestClock.standAt(Instant.parse("2024-05-10T00:42:00Z"));
        scan(office, event, binh).statusCode(201).body("invitee.substitute.fullName", equalTo("Hoàng Văn Dũng"));
        TestClock.standAt(Instant.parse("2024-05-10T04:30:00Z"));

        office.asOfficer().when().post(office.path("/events/" + event + "/attendance/close"))
                .then().statusCode(200)
                .body("state", equalTo("CLOSED")).body("checkedIn", equalTo(2)).body("accepted", equalTo(3));
        office.asOfficer().when().post(office.path("/events/" + event + "/attendance/close"))
                .then().statusCode(409);
        scan(office, event, cuong).statusCode(409);
        office.asOfficer().body(Map.of("answer", "DECLINE"))
                .when().post(office.path("/events/" + event + "/invitees/" + cuong.id() + "/reply"))
                .then().statusCode(409);

        try (TopicReader topic = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(),
                AttendanceEvents.TOPIC)) {
            List<ConsumerRecord<String, String>> closed = topic.awaitRecords(r -> event.equals(r.key())
                    && AttendanceEvents.CLOSED.equals(TopicReader.header(r, "ce_type")), 1, Duration.ofSeconds(30));
            assertEquals(1, closed.size());
            Office.assertPublished(closed.get(0), AttendanceEvents.CLOSED);
            JsonNode data = JSON.readTree(closed.get(0).value());
            assertEquals(office.movementId, data.path("movement").path("id").asText());
            assertEquals(office.bloc.id().toString(), data.path("issuer").path("id").asText());
            assertEquals("MEETING", data.path("event").path("kind").asText());
            assertEquals("2024-05-10", data.path("event").path("date").asText());
            assertEquals("08:00", data.path("event").path("startsAt").asText());
            assertEquals(350, data.path("plannedCount").asInt());
            assertEquals(4, data.path("invited").asInt());
            assertEquals(3, data.path("accepted").asInt());
            assertEquals(2, data.path("checkedIn").asInt());
            assertEquals("2024-05-10T11:30:00+07:00", data.path("closedAt").asText());
            // every group of the meeting in the settings' order (invitees section), with its label
            List<String> groups = new ArrayList<>();
            for (JsonNode g : data.path("groups")) {
                groups.add(g.path("code").asText() + " " + g.path("invited").asInt() + "/"
                        + g.path("accepted").asInt() + "/" + g.path("checkedIn").asInt());
            }
            assertEquals(List.of("PROVINCIAL_LEADERS 0/0/0", "DISTRICT_LEADERS 0/0/0", "FORMER_LEADERS 0/0/0",
                    "BLOC_COMMITTEE 3/2/2", "GRASSROOTS_SECRETARIES 0/0/0", "AWARD_RECIPIENTS 2/2/1",
                    "BLOC_STAFF 0/0/0"), groups);
            assertEquals("Các tập thể, cá nhân được khen thưởng", data.path("groups").get(5).path("label").asText());
            List<String> attendees = new ArrayList<>();
            for (JsonNode a : data.path("attendees")) {
                attendees.add(a.path("name").asText() + " | " + a.path("title").asText() + " | "
                        + a.path("substituteFor").asText() + " | " + a.path("checkedInAt").asText());
            }
            // Vietnamese order by given name: An before Dũng
            assertEquals(List.of("Nguyễn Văn An | Bí thư | null | 2024-05-10T07:40:00+07:00",
                    "Hoàng Văn Dũng | Phó Bí thư | Lê Thị Bình | 2024-05-10T07:42:00+07:00"), attendees);
            List<String> roles = new ArrayList<>();
            data.path("attendees").get(0).path("roles").forEach(r -> roles.add(r.asText()));
            assertEquals(2, roles.size(), data.toString());
            assertTrue(roles.contains("Ủy viên Ban Chấp hành Đảng bộ Khối Cơ quan - Doanh nghiệp tỉnh khóa XXIV"),
                    roles.toString());
        }
    }

    private static void reply(Office office, String event, Guest guest, Map<String, ?> body) {
        office.asOfficer().body(body)
                .when().post(office.path("/events/" + event + "/invitees/" + guest.id() + "/reply"))
                .then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse scan(Office office, String event, Guest guest) {
        return office.asOfficer().body(Map.of("token", guest.token()))
                .when().post(office.path("/events/" + event + "/check-ins")).then();
    }
}
