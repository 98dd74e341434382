package vn.dangbo.congress.congress;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.RegistryFixtures;
import vn.dangbo.congress.RegistryFixtures.Org;
import vn.dangbo.congress.RoundFixtures;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/** A scheduled congress reaches congress.congresses.v1 as a CloudEvent whose data matches this service's schema. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "congress"),
        restrictToAnnotatedClass = false)
class CongressEventProducerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aCellCongressIsPublishedWithItsConvenerAndHigherBody() throws Exception {
        Org bloc = RegistryFixtures.bloc("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh");
        Org office = RegistryFixtures.grassrootsCommittee(bloc, "Đảng bộ Văn phòng UBND tỉnh");
        Org cell = RegistryFixtures.cell(office, "Chi bộ I");
        RegistryFixtures.awaitKnown(bloc, office, cell);
        String round = RoundFixtures.seed(office, cell);

        String id = given().auth().oauth2(RealInfrastructure.tokens().admin())
                .contentType(ContentType.JSON)
                .body("""
                        {"roundId": "%s", "organisationId": "%s", "kind": "ALL_MEMBER", "startDate": "2020-03-20",
                         "days": 1, "pilot": true, "term": "2020-2022"}
                        """.formatted(round, cell.id()))
                .post("/congresses")
                .then().statusCode(201)
                .extract().path("id");

        JsonNode data = published(id);
        JsonNode congress = data.get("congress");
        assertEquals(id, congress.get("id").asText());
        assertEquals(cell.idText(), congress.get("organisationId").asText());
        assertEquals("Chi bộ I", congress.get("organisationName").asText());
        assertEquals("CELL", congress.get("organisationType").asText());
        assertEquals("ALL_MEMBER", congress.get("kind").asText());
        assertEquals("2020-03-20", congress.get("startDate").asText());
        assertEquals("2020-03-20", congress.get("endDate").asText());
        assertEquals(1, congress.get("days").asInt());
        assertTrue(congress.get("pilot").asBoolean());
        assertEquals("2020-2022", congress.get("term").asText());
        assertEquals(0, congress.get("version").asLong());
        // a cell's congress is convened by its committee, whose own higher body heads the documents
        assertEquals(office.idText(), data.at("/convener/id").asText());
        assertEquals("Đảng bộ Văn phòng UBND tỉnh", data.at("/convener/name").asText());
        assertEquals("ĐU", data.at("/convener/shortCode").asText());
        assertEquals("GRASSROOTS_COMMITTEE", data.at("/convener/type").asText(), "the notice speaks as a committee");
        assertEquals(bloc.idText(), data.at("/higherBody/id").asText());
        assertEquals("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh", data.at("/higherBody/name").asText());
    }

    @Test
    void aCommitteeConvenesItsOwnCongress() throws Exception {
        Org bloc = RegistryFixtures.bloc("Đảng bộ Khối");
        Org office = RegistryFixtures.grassrootsCommittee(bloc, "Đảng bộ Văn phòng UBND tỉnh");
        RegistryFixtures.awaitKnown(bloc, office);
        String round = RoundFixtures.withoutPilot(office);

        String id = given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                .contentType(ContentType.JSON)
                .body("""
                        {"roundId": "%s", "organisationId": "%s", "kind": "ALL_MEMBER", "startDate": "2020-06-15",
                         "days": 2, "term": "2020-2025"}
                        """.formatted(round, office.id()))
                .post("/congresses")
                .then().statusCode(201)
                .extract().path("id");

        JsonNode data = published(id);
        assertEquals("2020-06-16", data.at("/congress/endDate").asText());
        assertEquals(false, data.at("/congress/pilot").asBoolean());
        assertEquals(office.idText(), data.at("/convener/id").asText());
        assertEquals("GRASSROOTS_COMMITTEE", data.at("/convener/type").asText());
        assertEquals(bloc.idText(), data.at("/higherBody/id").asText());
    }

    @Test
    void theTopOfTheTreeHasNoHigherBody() throws Exception {
        Org bloc = RegistryFixtures.bloc("Đảng bộ Khối");
        RegistryFixtures.awaitKnown(bloc);
        String round = RoundFixtures.open(bloc, null, null, null, "2020-07-01", "2020-07-31", "2020-09-01",
                "2020-09-30");

        // a bloc of fewer than 200 members holds an all-member congress (the rule set's threshold)
        String id = given().auth().oauth2(RealInfrastructure.tokens().admin())
                .contentType(ContentType.JSON)
                .body("""
                        {"roundId": "%s", "organisationId": "%s", "kind": "ALL_MEMBER", "startDate": "2020-09-10",
                         "days": 2, "term": "2020-2025"}
                        """.formatted(round, bloc.id()))
                .post("/congresses")
                .then().statusCode(201)
                .extract().path("id");

        JsonNode data = published(id);
        assertEquals(bloc.idText(), data.at("/convener/id").asText());
        assertEquals("BLOC_COMMITTEE", data.at("/convener/type").asText());
        assertTrue(data.get("higherBody").isNull());
    }

    /** The record of the congress on its topic: key = congress id, CloudEvents headers, data valid against our schema. */
    private static JsonNode published(String congressId) throws Exception {
        try (TopicReader reader = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(), CongressEvents.TOPIC)) {
            ConsumerRecord<String, String> record = reader.awaitRecord(r -> congressId.equals(r.key()),
                    Duration.ofSeconds(60));
            EventSchemas.assertCloudEvent(record, CongressEvents.SCHEDULED, "/dangbo/congress-service");
            assertEquals(congressId, TopicReader.header(record, "ce_subject"));
            EventSchemas.assertValid(ownSchema(), record.value());
            return JSON.readTree(record.value());
        }
    }

    private static Path ownSchema() {
        Path file = Path.of("src/main/resources/META-INF/resources/events/schemas", CongressEvents.SCHEDULED + ".json");
        assertTrue(file.toFile().isFile(), "schema file " + file.toAbsolutePath());
        return file;
    }
}
