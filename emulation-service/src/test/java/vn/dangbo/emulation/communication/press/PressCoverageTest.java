package vn.dangbo.emulation.communication.press;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.TestClock;
import vn.dangbo.emulation.communication.CommunicationEvents;
import vn.dangbo.emulation.communication.Office;
import vn.dangbo.emulation.testing.RegistryPlayer;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/** §II.2: a press item every month from January; a month that ended with none is flagged, and announced once. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "emulation"),
        restrictToAnnotatedClass = false)
class PressCoverageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static RegistryPlayer registry;

    @Inject
    PressMonthScan scan;

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

    private static String item(Office office, String kind, String publishedOn, String title) {
        return office.asOfficer()
                .body(Map.of("outlet", "Báo Lào Cai", "kind", kind, "publishedOn", publishedOn, "title", title,
                        "link", "https://baolaocai.vn/" + publishedOn))
                .when().post(office.path("/press-items"))
                .then().statusCode(201).body("kind", equalTo(kind)).extract().path("id");
    }

    @Test
    void marchWithoutAnItemIsFlaggedOnceMarchHasEndedAndAnnouncedOnce() throws Exception {
        // the scheduled scan reads the same clock: it never sees this movement at another moment
        TestClock.standAt(OffsetDateTime.parse("2024-03-31T23:59:00+07:00").toInstant());
        Office office = Office.of(registry, "Đảng bộ Khối (thử tin bài)");
        String december = item(office, "NEWS", "2023-12-20", "Phát động phong trào thi đua");
        item(office, "ARTICLE", "2024-01-15", "Chi bộ Sở Tư pháp hưởng ứng phong trào");
        item(office, "REPORT", "2024-02-03", "Phóng sự: 65 năm Đảng bộ Khối");
        String april = item(office, "NEWS", "2024-04-02", "Sơ kết phong trào thi đua");

        office.asOfficer().when().get(office.path("/press/months"))
                .then().statusCode(200)
                .body("months.month", contains("2024-01", "2024-02", "2024-03", "2024-04", "2024-05"))
                .body("months.items", contains(1, 1, 0, 1, 0))
                .body("months.find { it.month == '2024-03' }.missed", equalTo(false))
                .body("warnings", hasSize(0));
        scan.announceMissed();
        assertEquals(List.of(), announced(office.movementId), "nothing is announced on 31/3");

        TestClock.standAt(OffsetDateTime.parse("2024-04-01T00:00:00+07:00").toInstant());
        office.asOfficer().when().get(office.path("/press/months"))
                .then().statusCode(200)
                .body("months.findAll { it.missed }.month", contains("2024-03"))
                .body("warnings", contains("tháng 3/2024 không có tin, bài nào về phong trào"));
        scan.announceMissed();
        assertEquals(0, scan.announceMissed(), "a second scan announces nothing more");
        assertEquals(List.of("2024-03"), announced(office.movementId));

        try (TopicReader reader = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(),
                CommunicationEvents.TOPIC)) {
            ConsumerRecord<String, String> missed = reader.awaitRecord(r -> office.movementId.equals(r.key())
                    && CommunicationEvents.PRESS_MONTH_MISSED.equals(TopicReader.header(r, "ce_type")),
                    Duration.ofSeconds(30));
            Office.assertPublished(missed, CommunicationEvents.PRESS_MONTH_MISSED);
            assertEquals("2024-03", JSON.readTree(missed.value()).path("month").asText());
            ConsumerRecord<String, String> recorded = reader.awaitRecord(r -> april.equals(r.key()),
                    Duration.ofSeconds(30));
            Office.assertPublished(recorded, CommunicationEvents.PRESS_ITEM_RECORDED);
            ConsumerRecord<String, String> early = reader.awaitRecord(r -> december.equals(r.key()),
                    Duration.ofSeconds(30));
            Office.assertPublished(early, CommunicationEvents.PRESS_ITEM_RECORDED);
            assertEquals(false, JSON.readTree(early.value()).path("item").path("counts").booleanValue());
        }
    }

    @Test
    void anItemBeforeJanuaryIsKeptButNotCountedAndAnUnknownKindIsRefused() {
        Office office = Office.of(registry, "Đảng bộ Khối (thử loại tin bài)");
        item(office, "NEWS", "2023-12-05", "Tin phát động");
        office.asOfficer().when().get(office.path("/press-items"))
                .then().statusCode(200).body("counts", contains(false)).body("kindLabel", contains("Tin"));
        office.asOfficer()
                .body(Map.of("outlet", "Báo Lào Cai", "kind", "PODCAST", "publishedOn", "2024-01-05",
                        "title", "Bài nói"))
                .when().post(office.path("/press-items"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"));
        office.asOfficer()
                .body(Map.of("outlet", "Báo Lào Cai", "kind", "NEWS", "title", "Không ngày"))
                .when().post(office.path("/press-items"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString(
                        "publishedOn")));
    }

    @Test
    void onlyTheBlocsOfficeRecordsButEveryRoleReads() {
        Office office = Office.of(registry, "Đảng bộ Khối (thử quyền tin bài)");
        io.restassured.RestAssured.given().auth()
                .oauth2(RealInfrastructure.tokens().officer(UUID.randomUUID().toString()))
                .contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("outlet", "Báo Lào Cai", "kind", "NEWS", "publishedOn", "2024-01-05", "title", "Tin"))
                .when().post(office.path("/press-items"))
                .then().statusCode(403);
        io.restassured.RestAssured.given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get(office.path("/press/months"))
                .then().statusCode(200).body("months", hasSize(5));
    }

    private static List<String> announced(String movementId) throws SQLException {
        List<String> months = new ArrayList<>();
        try (Connection c = RealInfrastructure.postgres().connect("emulation");
                PreparedStatement s = c.prepareStatement(
                        "select month from press_month_announced where movement_id = ? order by month")) {
            s.setObject(1, UUID.fromString(movementId));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    months.add(rs.getString(1));
                }
            }
        }
        return months;
    }
}
