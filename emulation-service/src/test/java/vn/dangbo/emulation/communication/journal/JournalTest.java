package vn.dangbo.emulation.communication.journal;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.communication.CommunicationEvents;
import vn.dangbo.emulation.communication.Office;
import vn.dangbo.emulation.testing.RegistryPlayer;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/** §II.8: the journal's articles by source group, its photos, and its publication by the day before the meeting. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "emulation"),
        restrictToAnnotatedClass = false)
class JournalTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static RegistryPlayer registry;

    @BeforeAll
    static void registry() {
        registry = new RegistryPlayer();
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    private static String article(Office office, String group, String title) {
        return office.asOfficer()
                .body(Map.of("title", title, "author", "Nguyễn Văn An", "sourceGroup", group))
                .when().post(office.path("/journal/articles"))
                .then().statusCode(201).body("sourceGroup", equalTo(group)).extract().path("id");
    }

    @Test
    void aSourceGroupWithNoArticleWarnsAndPhotosAreKeptWithinTheLimit() {
        Office office = Office.of(registry, "Đảng bộ Khối (thử tập san)");
        String first = article(office, "STANDING", "Đảng bộ Khối 65 năm xây dựng và phát triển");
        article(office, "ADVISORY_BODIES", "Công tác tham mưu");
        article(office, "MASS_ORGANISATIONS", "Đoàn thể Khối");
        article(office, "GRASSROOTS", "Chi bộ Sở Tư pháp");
        office.asOfficer().body(Map.of("title", "Bài", "author", "Lê Văn Cường", "sourceGroup", "PRESS"))
                .when().post(office.path("/journal/articles"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("sourceGroup"));

        byte[] photo = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3};
        String photoId = office.asOfficer().contentType("image/jpeg").body(photo)
                .queryParam("fileName", "Lễ kỷ niệm 1959.jpg")
                .when().post(office.path("/journal/articles/" + first + "/photos"))
                .then().statusCode(201).body("sizeBytes", equalTo(6)).extract().path("id");
        byte[] read = io.restassured.RestAssured.given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get(office.path("/journal/photos/" + photoId))
                .then().statusCode(200).contentType("image/jpeg").extract().asByteArray();
        assertArrayEquals(photo, read);

        office.asOfficer().body(Map.of("maxPhotoBytes", 4, "title", "Tập san", "copies", 500,
                        "due", Map.of("anchor", "MEETING", "offsetDays", -1),
                        "sourceGroups", java.util.List.of(Map.of("code", "STANDING", "label", "Thường trực"),
                                Map.of("code", "ADVISORY_BODIES", "label", "Cơ quan tham mưu"),
                                Map.of("code", "MASS_ORGANISATIONS", "label", "Đoàn thể"),
                                Map.of("code", "GRASSROOTS", "label", "Cơ sở"),
                                Map.of("code", "AGENCIES", "label", "Các cơ quan, đơn vị, doanh nghiệp"))))
                .when().put(office.path("/settings/journal"))
                .then().statusCode(200);
        office.asOfficer().contentType("image/jpeg").body(photo).queryParam("fileName", "to.jpg")
                .when().post(office.path("/journal/articles/" + first + "/photos"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"))
                .body("detail", equalTo("Tệp to.jpg có dung lượng 6 byte, vượt giới hạn 4 byte của phong trào"));

        office.asOfficer().when().get(office.path("/journal"))
                .then().statusCode(200)
                .body("groups.articles", contains(1, 1, 1, 1, 0))
                .body("groups.photos", contains(1, 0, 0, 0, 0))
                .body("warnings", contains("Chưa có bài nào thuộc nhóm \"Các cơ quan, đơn vị, doanh nghiệp\""))
                .body("dueOn", equalTo("2024-05-09"));
    }

    @Test
    void theDueDateMovesWithTheMeetingAndTheJournalIsPublishedOnTime() throws Exception {
        Office office = Office.of(registry, "Đảng bộ Khối (thử tập san dời họp)");
        article(office, "AGENCIES", "Doanh nghiệp đồng hành");
        office.asOfficer().body(Map.of("date", "2024-05-17"))
                .when().put(office.path("/anchors/MEETING"))
                .then().statusCode(200);
        office.asOfficer().when().get(office.path("/journal"))
                .then().statusCode(200).body("dueOn", equalTo("2024-05-16"));
        office.asOfficer().body(Map.of("publishedOn", "2024-05-16", "copies", 500))
                .when().post(office.path("/journal/publish"))
                .then().statusCode(200)
                .body("publication.late", equalTo(false))
                .body("publication.dueOn", equalTo("2024-05-16"))
                .body("warnings", hasSize(4));
        office.asOfficer().body(Map.of("publishedOn", "2024-05-16", "copies", 500))
                .when().post(office.path("/journal/publish"))
                .then().statusCode(409).contentType("application/problem+json");

        try (TopicReader reader = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(),
                CommunicationEvents.TOPIC)) {
            ConsumerRecord<String, String> published = reader.awaitRecord(r -> office.movementId.equals(r.key())
                    && CommunicationEvents.JOURNAL_PUBLISHED.equals(TopicReader.header(r, "ce_type")),
                    Duration.ofSeconds(30));
            Office.assertPublished(published, CommunicationEvents.JOURNAL_PUBLISHED);
            JsonNode journal = JSON.readTree(published.value()).path("journal");
            assertEquals("2024-05-16", journal.path("dueOn").asText());
            assertEquals(false, journal.path("late").booleanValue());
            assertEquals(1, journal.path("sourceGroups").get(4).path("articles").intValue());
        }
    }

    @Test
    void publishedOnTheMeetingsDayIsLateAndFewerCopiesWarn() throws Exception {
        Office office = Office.of(registry, "Đảng bộ Khối (thử tập san muộn)");
        office.asOfficer().body(Map.of("publishedOn", "2024-05-10", "copies", 400))
                .when().post(office.path("/journal/publish"))
                .then().statusCode(200)
                .body("publication.late", equalTo(true))
                .body("publication.dueOn", equalTo("2024-05-09"))
                .body("warnings", org.hamcrest.Matchers.hasItems(
                        "Tập san xuất bản ngày 10/5/2024, sau thời hạn 9/5/2024",
                        "Tập san in 400 cuốn, ít hơn kế hoạch 500 cuốn"));
        try (TopicReader reader = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(),
                CommunicationEvents.TOPIC)) {
            ConsumerRecord<String, String> published = reader.awaitRecord(r -> office.movementId.equals(r.key())
                    && CommunicationEvents.JOURNAL_PUBLISHED.equals(TopicReader.header(r, "ce_type")),
                    Duration.ofSeconds(30));
            Office.assertPublished(published, CommunicationEvents.JOURNAL_PUBLISHED);
            assertEquals(true, JSON.readTree(published.value()).path("journal").path("late").booleanValue());
        }
        io.restassured.RestAssured.given().auth()
                .oauth2(RealInfrastructure.tokens().officer(java.util.UUID.randomUUID().toString()))
                .contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("title", "Bài", "author", "Lê Văn Cường", "sourceGroup", "STANDING"))
                .when().post(office.path("/journal/articles"))
                .then().statusCode(403);
    }
}
