package vn.dangbo.congress.round;

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

/**
 * The round and the moves of a congress reach congress.congresses.v1 as CloudEvents whose data match this
 * service's schemas: round opened (key = round id), congress rescheduled and cancelled (key = congress id).
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "congress"),
        restrictToAnnotatedClass = false)
class RoundEventProducerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOPIC = "congress.congresses.v1";
    private static final String OPENED = "vn.dangbo.congress.round.opened.v1";
    private static final String SCHEDULED = "vn.dangbo.congress.congress.scheduled.v1";
    private static final String RESCHEDULED = "vn.dangbo.congress.congress.rescheduled.v1";
    private static final String CANCELLED = "vn.dangbo.congress.congress.cancelled.v1";
    private static final String HELD = "vn.dangbo.congress.congress.held.v1";

    @Test
    void theSeedRoundIsPublishedWhenOpened() throws Exception {
        Org bloc = RegistryFixtures.bloc("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh");
        Org office = RegistryFixtures.grassrootsCommittee(bloc, "Đảng bộ Văn phòng UBND tỉnh");
        Org cellI = RegistryFixtures.cell(office, "Chi bộ I");
        RegistryFixtures.awaitKnown(bloc, office, cellI);
        String round = RoundFixtures.seed(office, cellI);

        JsonNode data = published(round, OPENED);
        assertEquals(round, data.at("/round/id").asText());
        assertEquals(office.idText(), data.at("/round/conveningCommitteeId").asText());
        assertEquals("Đảng bộ Văn phòng UBND tỉnh", data.at("/round/conveningCommitteeName").asText());
        assertEquals("2020", data.at("/round/ruleSetId").asText());
        assertEquals("2020-04", data.at("/round/ageReferenceMonths/GRASSROOTS").asText());
        assertEquals(cellI.idText(), data.at("/round/pilotOrganisationId").asText());
        assertEquals("2020-03-31", data.at("/round/pilotWindow/to").asText());
        assertEquals("2020-04-01", data.at("/round/cellWindow/from").asText());
        assertEquals("2020-06-30", data.at("/round/committeeWindow/to").asText());
        assertEquals("2020-2022", data.at("/round/cellTerm").asText());
        assertEquals("2020-2025", data.at("/round/committeeTerm").asText());
    }

    @Test
    void aMovedAndACancelledCongressArePublishedWithTheirReasons() throws Exception {
        Org bloc = RegistryFixtures.bloc("Đảng bộ Khối");
        Org office = RegistryFixtures.grassrootsCommittee(bloc, "Đảng bộ Sở Công Thương");
        Org cell = RegistryFixtures.cell(office, "Chi bộ Phòng Quản lý thương mại");
        RegistryFixtures.awaitKnown(bloc, office, cell);
        String round = RoundFixtures.withoutPilot(office);
        String admin = RealInfrastructure.tokens().admin();
        String id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("""
                        {"roundId": "%s", "organisationId": "%s", "kind": "ALL_MEMBER", "startDate": "2020-04-10",
                         "days": 1, "term": "2020-2022"}
                        """.formatted(round, cell.id()))
                .post("/congresses").then().statusCode(201).extract().path("id");
        assertEquals(round, published(id, SCHEDULED).at("/congress/roundId").asText());

        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("{\"startDate\": \"2020-04-17\", \"days\": 1, \"reason\": \"Trùng lịch tiếp công dân\"}")
                .post("/congresses/{id}/reschedule", id).then().statusCode(200);
        JsonNode moved = published(id, RESCHEDULED);
        assertEquals("2020-04-17", moved.at("/congress/startDate").asText());
        assertEquals("2020-04-17", moved.at("/congress/endDate").asText());
        assertEquals(1, moved.at("/congress/version").asLong());
        assertEquals("2020-04-10", moved.get("previousStartDate").asText());
        assertEquals("2020-04-10", moved.get("previousEndDate").asText());
        assertEquals("Trùng lịch tiếp công dân", moved.get("reason").asText());
        assertEquals(office.idText(), moved.at("/convener/id").asText());

        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("{\"reason\": \"Sáp nhập chi bộ theo kế hoạch\"}")
                .post("/congresses/{id}/cancel", id).then().statusCode(200);
        JsonNode cancelled = published(id, CANCELLED);
        assertEquals("Sáp nhập chi bộ theo kế hoạch", cancelled.get("reason").asText());
        assertEquals(2, cancelled.at("/congress/version").asLong());
        assertEquals(bloc.idText(), cancelled.at("/higherBody/id").asText());
    }

    @Test
    void aCongressThatTookPlaceIsPublishedAsHeld() throws Exception {
        Org bloc = RegistryFixtures.bloc("Đảng bộ Khối");
        Org office = RegistryFixtures.grassrootsCommittee(bloc, "Đảng bộ Sở Giáo dục");
        RegistryFixtures.awaitKnown(bloc, office);
        String round = RoundFixtures.withoutPilot(office);
        String admin = RealInfrastructure.tokens().admin();
        String id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("""
                        {"roundId": "%s", "organisationId": "%s", "kind": "ALL_MEMBER", "startDate": "2020-06-15",
                         "days": 2, "term": "2020-2025"}
                        """.formatted(round, office.id()))
                .post("/congresses").then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin).post("/congresses/{id}/held", id).then().statusCode(200);

        JsonNode held = published(id, HELD);
        assertEquals(id, held.at("/congress/id").asText());
        assertEquals("2020-06-16", held.at("/congress/endDate").asText());
        assertEquals(office.idText(), held.at("/convener/id").asText());
    }

    @Test
    void theContractsAreServedAndListed() {
        String asyncapi = given().get("/events/asyncapi.yaml").then().statusCode(200).extract().asString();
        for (String type : new String[] {OPENED, RESCHEDULED, CANCELLED, HELD}) {
            assertTrue(asyncapi.contains("name: " + type), type + " in the AsyncAPI document");
            given().get("/events/schemas/" + type + ".json").then().statusCode(200);
        }
    }

    /** The record of this type for this key, with CloudEvents headers and data valid against our schema. */
    private static JsonNode published(String key, String type) throws Exception {
        try (TopicReader reader = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(), TOPIC)) {
            ConsumerRecord<String, String> record = reader.awaitRecord(
                    r -> key.equals(r.key()) && type.equals(TopicReader.header(r, "ce_type")), Duration.ofSeconds(60));
            EventSchemas.assertCloudEvent(record, type, "/dangbo/congress-service");
            assertEquals(key, TopicReader.header(record, "ce_subject"));
            Path schema = Path.of("src/main/resources/META-INF/resources/events/schemas", type + ".json");
            assertTrue(schema.toFile().isFile(), "schema file " + schema.toAbsolutePath());
            EventSchemas.assertValid(schema, record.value());
            return JSON.readTree(record.value());
        }
    }
}
