package vn.dangbo.emulation.gathering;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.dangbo.emulation.gathering.GatheringFixtures.admin;
import static vn.dangbo.emulation.gathering.GatheringFixtures.officer;
import static vn.dangbo.emulation.gathering.GatheringFixtures.viewer;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.testing.RegistryPlayer;
import vn.dangbo.emulation.testing.RegistryPlayer.Org;

/**
 * The seminar and the meeting (§II.3, §II.7): scheduled from the plan's defaults inside its windows, half a day
 * (longer warns), one of each, rescheduled as an event that moves the movement's anchor and the task board with it.
 */
@QuarkusTest
@QuarkusTestResource(value = vn.dangbo.testsupport.quarkus.RealInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "emulation"), restrictToAnnotatedClass = false)
class GatheringSchedulingTest {

    private static RegistryPlayer registry;

    @BeforeAll
    static void registry() {
        registry = new RegistryPlayer();
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    private record Setting(Org bloc, String movementId) {
    }

    private static Setting setting(String name) {
        Org bloc = registry.organisation(Org.bloc("Đảng bộ Khối " + name));
        return new Setting(bloc, GatheringFixtures.launch(bloc.id()));
    }

    private static String events(Setting s) {
        return "/movements/" + s.movementId() + "/events";
    }

    @Test
    void theSeminarOnTheSecondOfMayIsRefusedNamingAprilsWindowAndNeedsADate() {
        Setting s = setting("(thử hội thảo ngoài tháng 4)");
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("kind", "SEMINAR", "date", "2024-05-02"))
                .when().post(events(s))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("date"))
                .body("detail", equalTo("Ngày 2/5/2024 nằm ngoài thời gian kế hoạch cho hội thảo (từ 1/4/2024 đến"
                        + " 30/4/2024)"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("kind", "SEMINAR"))
                .when().post(events(s))
                .then().statusCode(400).body("errors[0].field", equalTo("date"))
                .body("errors[0].message", containsString("từ 1/4/2024 đến 30/4/2024"));
        given().auth().oauth2(viewer()).when().get(events(s)).then().statusCode(200).body("$", empty());
    }

    @Test
    void theMeetingTakesThePlansDefaultsOnceAndIsAnnounced() {
        Setting s = setting("(thử gặp mặt)");
        String id = given().auth().oauth2(officer(s.bloc().id())).contentType(ContentType.JSON)
                .body(Map.of("kind", "MEETING"))
                .when().post(events(s))
                .then().statusCode(201)
                .body("kind", equalTo("MEETING"))
                .body("date", equalTo("2024-05-10"))
                .body("startsAt", equalTo("08:00"))
                .body("endsAt", equalTo("11:30"))
                .body("hours", equalTo(3.5f))
                .body("plannedCount", equalTo(350))
                .body("venue", equalTo("Hội trường lớn Trường Chính trị tỉnh"))
                .body("organiser", equalTo("Văn phòng Đảng ủy Khối"))
                .body("title", equalTo("Gặp mặt kỷ niệm 65 năm Ngày thành lập Đảng bộ Khối Cơ quan - Doanh nghiệp"
                        + " tỉnh Lào Cai"))
                .body("state", equalTo("SCHEDULED"))
                .body("warnings", empty())
                .extract().path("id");
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("kind", "MEETING", "date", "2024-05-11"))
                .when().post(events(s))
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("đã có buổi gặp mặt kỷ niệm (ngày 10/5/2024"));
        given().auth().oauth2(viewer()).when().get(events(s) + "/" + id)
                .then().statusCode(200).body("plannedCount", equalTo(350));
        given().auth().oauth2(viewer()).when().get(events(s)).then().statusCode(200).body("id", contains(id));

        JsonNode data = GatheringFixtures.published(GatheringEvents.SCHEDULED, id, 1).get(0);
        assertEquals(s.movementId(), data.at("/movement/id").asText());
        assertEquals("2024-05-10", data.at("/event/date").asText());
        assertEquals("08:00", data.at("/event/startsAt").asText());
        assertEquals(350, data.at("/event/plannedCount").asInt());
    }

    @Test
    void sixHoursWarnsWithoutRefusingAndAnEndBeforeTheStartIsRefused() {
        Setting s = setting("(thử hội thảo 6 giờ)");
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("kind", "SEMINAR", "date", "2024-04-19", "startsAt", "11:00", "endsAt", "08:00"))
                .when().post(events(s))
                .then().statusCode(400).body("errors[0].field", equalTo("endsAt"));
        String id = given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("kind", "SEMINAR", "date", "2024-04-19", "startsAt", "07:30", "endsAt", "13:30"))
                .when().post(events(s))
                .then().statusCode(201)
                .body("hours", equalTo(6.0f))
                .body("plannedCount", equalTo(300))
                .body("organiser", equalTo("Ban Tổ chức Đảng ủy Khối"))
                .body("warnings", contains("Thời gian hội thảo là 6 giờ (07:30 - 13:30), dài hơn nửa ngày theo kế"
                        + " hoạch (tối đa 5 giờ)"))
                .extract().path("id");
        given().auth().oauth2(viewer()).when().get(events(s) + "/" + id)
                .then().statusCode(200).body("warnings", hasSize(1));
        // the seminar's date is its anchor's now: the Ban Tổ chức's task is due that day, not at April's end
        assertEquals("2024-04-19", GatheringFixtures.tasks(s.movementId()).get("SEMINAR").get("dueOn"));
        given().auth().oauth2(viewer()).when().get("/movements/" + s.movementId())
                .then().statusCode(200).body("anchors.find { it.key == 'SEMINAR' }.date", equalTo("2024-04-19"));
    }

    @Test
    void reschedulingTheMeetingToTheSeventeenthMovesItsAnchorAndTheJournalAndArtsDeadlines() {
        Setting s = setting("(thử đổi lịch gặp mặt)");
        String id = GatheringFixtures.meeting(s.movementId());
        Map<String, Map<String, Object>> before = GatheringFixtures.tasks(s.movementId());
        assertEquals("2024-05-09", before.get("JOURNAL").get("dueOn"));
        assertEquals("2024-05-09", before.get("ARTS").get("dueOn"));

        given().auth().oauth2(viewer()).contentType(ContentType.JSON)
                .body(Map.of("date", "2024-05-17", "startsAt", "08:00", "endsAt", "11:30"))
                .when().put(events(s) + "/" + id + "/schedule").then().statusCode(403);
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("date", "2024-06-03", "startsAt", "08:00", "endsAt", "11:30"))
                .when().put(events(s) + "/" + id + "/schedule")
                .then().statusCode(422).body("errors[0].field", equalTo("date"))
                .body("detail", containsString("(từ 1/5/2024 đến 31/5/2024)"));
        given().auth().oauth2(officer(s.bloc().id())).contentType(ContentType.JSON)
                .body(Map.of("date", "2024-05-17", "startsAt", "14:00", "endsAt", "17:00"))
                .when().put(events(s) + "/" + id + "/schedule")
                .then().statusCode(200)
                .body("date", equalTo("2024-05-17"))
                .body("startsAt", equalTo("14:00"))
                .body("venue", equalTo("Hội trường lớn Trường Chính trị tỉnh"))
                .body("warnings", empty());

        Map<String, Map<String, Object>> after = GatheringFixtures.tasks(s.movementId());
        for (String key : new String[] {"JOURNAL", "JOURNAL_SUPPORT", "ARTS", "ARTS_SUPPORT"}) {
            assertEquals(LocalDate.parse((String) before.get(key).get("dueOn")).plusDays(7).toString(),
                    after.get(key).get("dueOn"), key + " follows the meeting");
        }
        assertEquals("2024-05-16", after.get("JOURNAL").get("dueOn"));
        assertEquals(before.get("SUMMARY_REPORT").get("dueOn"), after.get("SUMMARY_REPORT").get("dueOn"));
        given().auth().oauth2(viewer()).when().get("/movements/" + s.movementId())
                .then().statusCode(200).body("anchors.find { it.key == 'MEETING' }.date", equalTo("2024-05-17"));

        JsonNode moved = GatheringFixtures.published(GatheringEvents.RESCHEDULED, id, 1).get(0);
        assertEquals("2024-05-10", moved.at("/before/date").asText());
        assertEquals("08:00", moved.at("/before/startsAt").asText());
        assertEquals("2024-05-17", moved.at("/after/date").asText());
        assertEquals("14:00", moved.at("/after/startsAt").asText());
        assertEquals("2024-05-17", moved.at("/event/date").asText());
    }

    @Test
    void movingTheMeetingsAnchorMovesTheMeetingToo() {
        Setting s = setting("(thử dời mốc gặp mặt)");
        String id = GatheringFixtures.meeting(s.movementId());
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("date", "2024-06-03"))
                .when().put("/movements/" + s.movementId() + "/anchors/MEETING")
                .then().statusCode(422).body("errors[0].field", equalTo("date"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("date", "2024-05-24"))
                .when().put("/movements/" + s.movementId() + "/anchors/MEETING")
                .then().statusCode(200);
        given().auth().oauth2(viewer()).when().get(events(s) + "/" + id)
                .then().statusCode(200).body("date", equalTo("2024-05-24")).body("startsAt", equalTo("08:00"));
        JsonNode moved = GatheringFixtures.published(GatheringEvents.RESCHEDULED, id, 1).get(0);
        assertEquals("2024-05-10", moved.at("/before/date").asText());
        assertEquals("2024-05-24", moved.at("/after/date").asText());
    }

    @Test
    void aClosedEventCannotBeRescheduled() {
        Setting s = setting("(thử sự kiện đã kết thúc)");
        String id = GatheringFixtures.meeting(s.movementId());
        GatheringFixtures.close(id);
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("date", "2024-05-17", "startsAt", "08:00", "endsAt", "11:30"))
                .when().put(events(s) + "/" + id + "/schedule")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(viewer()).when().get(events(s) + "/" + id)
                .then().statusCode(200).body("date", equalTo("2024-05-10")).body("state", equalTo("CLOSED"));
    }

    @Test
    void theOfficeOfTheBlocWritesEveryoneSignedInReads() {
        Setting s = setting("(thử quyền sự kiện)");
        Org other = registry.organisation(Org.bloc("Đảng bộ Khối khác (thử quyền sự kiện)"));
        given().auth().oauth2(viewer()).contentType(ContentType.JSON).body(Map.of("kind", "MEETING"))
                .when().post(events(s)).then().statusCode(403);
        given().auth().oauth2(officer(other.id())).contentType(ContentType.JSON).body(Map.of("kind", "MEETING"))
                .when().post(events(s)).then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("kind", "MEETING"))
                .when().post(events(s)).then().statusCode(401);
        String id = GatheringFixtures.meeting(s.movementId());
        given().auth().oauth2(officer(other.id())).contentType(ContentType.JSON)
                .body(Map.of("date", "2024-05-17", "startsAt", "08:00", "endsAt", "11:30"))
                .when().put(events(s) + "/" + id + "/schedule").then().statusCode(403);
        for (String token : new String[] {admin(), officer(other.id()), viewer()}) {
            given().auth().oauth2(token).when().get(events(s)).then().statusCode(200).body("$", hasSize(1));
            given().auth().oauth2(token).when().get(events(s) + "/" + id).then().statusCode(200);
        }
        given().auth().oauth2(viewer()).when().get(events(s) + "/" + UUID.randomUUID()).then().statusCode(404);
    }
}
