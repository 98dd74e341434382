package vn.dangbo.emulation.work;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.TestClock;
import vn.dangbo.emulation.testing.RegistryPlayer;
import vn.dangbo.emulation.testing.RegistryPlayer.Org;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * What the service publishes on {@code emulation.movements.v1}, read back from Kafka: CloudEvents records whose data
 * match the published schemas (single reports and imported ones alike), keyed by the work or the summary.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "emulation"),
        restrictToAnnotatedClass = false)
class MovementEventsTest {

    private static final Path SCHEMAS = Path.of("src/main/resources/META-INF/resources/events/schemas");
    private static final String SOURCE = "/dangbo/emulation-service";

    private final RegistryPlayer registry = new RegistryPlayer();

    @AfterAll
    static void resetClock() {
        TestClock.reset();
    }

    @Test
    void worksAndSummariesArePublishedAsTheirSchemasSay() {
        TestClock.standAt(Instant.parse("2024-01-02T03:00:00Z"));
        String admin = RealInfrastructure.tokens().admin();
        Org bloc = registry.organisation(Org.bloc("Đảng bộ Khối (thử sự kiện)"));
        Org cell = registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Giáo dục", "CB"));
        String movement = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("planId", "2024-khoi-65-nam", "blocId", bloc.id().toString()))
                .when().post("/movements").then().statusCode(201).extract().path("id");
        String work = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("organisationId", cell.id().toString(), "title", "Chuyển đổi số trường học",
                        "categoryCode", "CORE_TASK", "targetDate", "2024-04-30"))
                .when().post("/movements/" + movement + "/works").then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("reportedOn", "2024-01-20", "percent", 40, "text", "Đã số hóa 40% hồ sơ"))
                .when().post("/movements/" + movement + "/works/" + work + "/progress").then().statusCode(201);
        given().auth().oauth2(admin).contentType("text/csv")
                .body("workId,reportedOn,percent,text\n" + work + ",2024-03-01,100,Hoàn thành\n")
                .when().post("/movements/" + movement + "/progress-reports/import").then().statusCode(200);
        TestClock.standAt(Instant.parse("2024-04-10T03:00:00Z"));
        String summary = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("organisationId", cell.id().toString(), "text", "Báo cáo tổng kết"))
                .when().post("/movements/" + movement + "/summaries").then().statusCode(201).extract().path("id");

        try (TopicReader topic = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(), WorkEvents.TOPIC)) {
            List<ConsumerRecord<String, String>> ofWork = topic.awaitRecords(r -> work.equals(r.key()), 4,
                    Duration.ofSeconds(30));
            assertEquals(List.of(WorkEvents.REGISTERED, WorkEvents.PROGRESSED, WorkEvents.PROGRESSED,
                    WorkEvents.COMPLETED), ofWork.stream().map(r -> TopicReader.header(r, "ce_type")).toList());
            ConsumerRecord<String, String> submitted = topic.awaitRecord(r -> summary.equals(r.key()),
                    Duration.ofSeconds(30));
            for (ConsumerRecord<String, String> record : concat(ofWork, submitted)) {
                String type = TopicReader.header(record, "ce_type");
                EventSchemas.assertCloudEvent(record, type, SOURCE);
                EventSchemas.assertValid(SCHEMAS.resolve(type + ".json"), record.value());
            }
            assertEquals("vn.dangbo.emulation.summary.submitted.v1", TopicReader.header(submitted, "ce_type"));
        } finally {
            registry.close();
        }
    }

    private static List<ConsumerRecord<String, String>> concat(List<ConsumerRecord<String, String>> records,
            ConsumerRecord<String, String> one) {
        List<ConsumerRecord<String, String>> all = new java.util.ArrayList<>(records);
        all.add(one);
        return all;
    }
}
