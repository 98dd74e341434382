package vn.dangbo.emulation.gathering;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/** What the events' tests share: a launched movement, an event scheduled, its events read back and checked. */
final class GatheringFixtures {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = "/dangbo/emulation-service";
    private static final Path SCHEMAS = Path.of("src/main/resources/META-INF/resources/events/schemas");

    private GatheringFixtures() {
    }

    static String admin() {
        return RealInfrastructure.tokens().admin();
    }

    static String viewer() {
        return RealInfrastructure.tokens().viewer();
    }

    static String officer(UUID organisationId) {
        return RealInfrastructure.tokens().officer(organisationId.toString());
    }

    static String launch(UUID blocId) {
        return given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("planId", "2024-khoi-65-nam", "blocId", blocId.toString()))
                .when().post("/movements")
                .then().statusCode(201).extract().path("id");
    }

    /** Schedules the meeting with the plan's defaults; returns its id. */
    static String meeting(String movementId) {
        return given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("kind", "MEETING"))
                .when().post("/movements/" + movementId + "/events")
                .then().statusCode(201).extract().path("id");
    }

    /** The task board as its API answers it, by task key. */
    static Map<String, Map<String, Object>> tasks(String movementId) {
        List<Map<String, Object>> tasks = given().auth().oauth2(viewer())
                .when().get("/movements/" + movementId + "/tasks")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return tasks.stream().collect(Collectors.toMap(t -> (String) t.get("key"), Function.identity()));
    }

    /** Closes the event as attendance's close does (that feature is tested on its own). */
    static void close(String eventId) {
        try (Connection c = RealInfrastructure.postgres().connect("emulation");
                PreparedStatement s = c.prepareStatement("update gathering set state = 'CLOSED' where id = ?")) {
            s.setObject(1, UUID.fromString(eventId));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The records of {@code type} on emulation.events.v1 keyed by the event, each a CloudEvent valid per its schema. */
    static List<JsonNode> published(String type, String eventId, int count) {
        try (TopicReader reader = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(),
                GatheringEvents.TOPIC)) {
            List<ConsumerRecord<String, String>> records = reader.awaitRecords(
                    r -> type.equals(TopicReader.header(r, "ce_type")) && eventId.equals(r.key()), count,
                    Duration.ofSeconds(60));
            List<JsonNode> data = new ArrayList<>();
            for (ConsumerRecord<String, String> record : records) {
                EventSchemas.assertCloudEvent(record, type, SOURCE);
                EventSchemas.assertValid(SCHEMAS.resolve(type + ".json"), record.value());
                data.add(JSON.readTree(record.value()));
            }
            return data;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
