package vn.dangbo.congress.congress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.RegistryFixtures;
import vn.dangbo.congress.RegistryFixtures.Org;
import vn.dangbo.congress.RoundFixtures;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * The agenda derived from the congress (GET /congresses/{id}/agenda) and what scheduled.v1 carries for the
 * programme and the attendee list, validated against this service's schema.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "congress"),
        restrictToAnnotatedClass = false)
class CongressAgendaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FOUR = List.of("review-and-directions", "comments-on-higher-documents",
            "committee-election", "delegation-election");
    private static final List<String> THREE = FOUR.subList(0, 3);

    @Test
    void aCellOfAnAllMemberCommitteeHasThreeItemsAndTheCommitteeFourWithItsMembersExpected() throws Exception {
        Org bloc = RegistryFixtures.bloc("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh");
        Org office = RegistryFixtures.grassrootsCommittee(bloc, "Đảng bộ Văn phòng UBND tỉnh");
        Org cellI = RegistryFixtures.cell(office, "Chi bộ I");
        Org cellII = RegistryFixtures.cell(office, "Chi bộ II");
        RegistryFixtures.awaitKnown(bloc, office, cellI, cellII);
        RegistryFixtures.members(cellI, 2, 1);
        RegistryFixtures.members(cellII, 1, 0);
        RegistryFixtures.awaitCounts(cellI, 2, 1);
        RegistryFixtures.awaitCounts(cellII, 1, 0);
        String round = RoundFixtures.seed(office, cellI);

        String pilot = schedule(round, cellI, "ALL_MEMBER", "2020-03-20", 1, "2020-2022");
        // the committee's congress is not scheduled yet: 4 members, under 200, it will be all-member
        agenda(pilot).body("level", equalTo("CELL"))
                .body("agendaId", equalTo("2020-office"))
                .body("committeeKind", equalTo("ALL_MEMBER"))
                .body("committeeKindExpected", equalTo(true))
                .body("items.code", contains(THREE.toArray()))
                .body("items.number", contains(1, 2, 3))
                .body("items[2].text", equalTo("Bầu cấp ủy nhiệm kỳ 2020 - 2022"));

        JsonNode cellEvent = published(pilot);
        assertEquals(THREE, codes(cellEvent.get("agenda")));
        assertEquals("Bầu cấp ủy nhiệm kỳ 2020 - 2022", cellEvent.at("/agenda/2/text").asText());
        JsonNode cellAttendees = cellEvent.get("attendees");
        assertEquals(3, cellAttendees.size());
        long probationary = 0;
        for (JsonNode attendee : cellAttendees) {
            assertEquals("Chi bộ I", attendee.get("cellName").asText());
            assertTrue(attendee.get("fullName").asText().startsWith("Nguyễn Thị Hồng "));
            assertFalse(attendee.has("birthMonth"), "no personal data of the roll");
            probationary += "PROBATIONARY".equals(attendee.get("status").asText()) ? 1 : 0;
        }
        assertEquals(1, probationary);

        schedule(round, cellII, "ALL_MEMBER", "2020-04-15", 1, "2020-2022");
        String committee = schedule(round, office, "ALL_MEMBER", "2020-06-15", 2, "2020-2025");
        agenda(committee).body("level", equalTo("COMMITTEE"))
                .body("committeeKind", equalTo("ALL_MEMBER"))
                .body("items.code", contains(FOUR.toArray()))
                .body("items[2].text", equalTo("Bầu cấp ủy nhiệm kỳ 2020 - 2025"));
        // the committee's congress now stands: the cell's agenda is read from its kind
        agenda(pilot).body("committeeKindExpected", equalTo(false)).body("items", hasSize(3));

        JsonNode committeeEvent = published(committee);
        assertEquals(FOUR, codes(committeeEvent.get("agenda")));
        List<String> cells = new ArrayList<>();
        committeeEvent.get("attendees").forEach(a -> cells.add(a.get("cellName").asText()));
        assertEquals(List.of("Chi bộ I", "Chi bộ I", "Chi bộ I", "Chi bộ II"), cells, "the subtree's roll, by cell");
    }

    @Test
    void aCellOfACommitteeOfTwoHundredMembersElectsItsDelegationAndTheDelegateCongressHasNoAttendees()
            throws Exception {
        Org bloc = RegistryFixtures.bloc("Đảng bộ Khối");
        Org hospital = RegistryFixtures.grassrootsCommittee(bloc, "Đảng bộ Bệnh viện Đa khoa tỉnh");
        Org ward = RegistryFixtures.cell(hospital, "Chi bộ Khoa Nội");
        RegistryFixtures.awaitKnown(bloc, hospital, ward);
        RegistryFixtures.members(ward, 200, 0);
        RegistryFixtures.awaitCounts(ward, 200, 0);
        String round = RoundFixtures.withoutPilot(hospital);

        String cell = schedule(round, ward, "ALL_MEMBER", "2020-04-10", 1, "2020-2022");
        // 200 members (the rule set's threshold): the committee will hold a delegate congress
        agenda(cell).body("level", equalTo("CELL"))
                .body("committeeKind", equalTo("DELEGATE"))
                .body("committeeKindExpected", equalTo(true))
                .body("items.code", contains(FOUR.toArray()))
                .body("items[2].text", equalTo("Bầu cấp ủy nhiệm kỳ 2020 - 2022"));
        assertEquals(200, published(cell).get("attendees").size(), "a cell's congress is all-member");

        String committee = schedule(round, hospital, "DELEGATE", "2020-06-10", 2, "2020-2025");
        agenda(committee).body("level", equalTo("COMMITTEE")).body("items.code", contains(FOUR.toArray()));
        agenda(cell).body("committeeKind", equalTo("DELEGATE")).body("committeeKindExpected", equalTo(false));
        JsonNode event = published(committee);
        assertEquals(FOUR, codes(event.get("agenda")));
        assertTrue(event.get("attendees").isNull(), "delegates are elected later");
    }

    @Test
    void anUnknownCongressHasNoAgenda() {
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/congresses/{id}/agenda", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static String schedule(String round, Org org, String kind, String start, int days, String term) {
        return given().auth().oauth2(RealInfrastructure.tokens().admin())
                .contentType(ContentType.JSON)
                .body("""
                        {"roundId": "%s", "organisationId": "%s", "kind": "%s", "startDate": "%s", "days": %d,
                         "term": "%s"}
                        """.formatted(round, org.id(), kind, start, days, term))
                .post("/congresses")
                .then().statusCode(201)
                .extract().path("id");
    }

    private static ValidatableResponse agenda(String congressId) {
        return given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/congresses/{id}/agenda", congressId)
                .then().statusCode(200)
                .body("congressId", equalTo(congressId));
    }

    private static List<String> codes(JsonNode agenda) {
        List<String> codes = new ArrayList<>();
        agenda.forEach(item -> codes.add(item.get("code").asText()));
        return codes;
    }

    /** scheduled.v1 of the congress as published, valid against this service's schema. */
    private static JsonNode published(String congressId) throws Exception {
        try (TopicReader reader = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(), CongressEvents.TOPIC)) {
            ConsumerRecord<String, String> record = reader.awaitRecord(r -> congressId.equals(r.key()),
                    Duration.ofSeconds(60));
            EventSchemas.assertCloudEvent(record, CongressEvents.SCHEDULED, "/dangbo/congress-service");
            EventSchemas.assertValid(Path.of("src/main/resources/META-INF/resources/events/schemas",
                    CongressEvents.SCHEDULED + ".json"), record.value());
            return JSON.readTree(record.value());
        }
    }
}
