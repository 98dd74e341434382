package vn.dangbo.congress.roll;

import com.fasterxml.jackson.databind.node.ObjectNode;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.dangbo.congress.RegistryFixtures.ORDERED_PARTITION;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.schema.EventSchemas;
import vn.dangbo.congress.RegistryFixtures;
import vn.dangbo.congress.RegistryFixtures.Org;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * The registry's events, as its schemas define them, sent to the real Kafka: the service's view of the
 * organisation tree and the member roll follows, and the election structure with it.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "congress"),
        restrictToAnnotatedClass = false)
class RegistryConsumerContractTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aCellWithNineFullMembersElectsACellCommitteeAndOneWithFiveASecretaryOnly() {
        Org bloc = RegistryFixtures.bloc("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh");
        Org office = RegistryFixtures.grassrootsCommittee(bloc, "Đảng bộ Văn phòng UBND tỉnh");
        Org cellOne = RegistryFixtures.cell(office, "Chi bộ I");
        Org cellTwo = RegistryFixtures.cell(office, "Chi bộ II");
        RegistryFixtures.members(cellOne, 9, 1);
        RegistryFixtures.members(cellTwo, 5, 0);

        RegistryFixtures.awaitCounts(cellOne, 9, 1);
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/organisations/{id}/election-structure", cellOne.id())
                .then().statusCode(200)
                .body("organisationId", equalTo(cellOne.idText()))
                .body("organisationName", equalTo("Chi bộ I"))
                .body("organisationType", equalTo("CELL"))
                .body("fullMembers", equalTo(9))
                .body("probationaryMembers", equalTo(1))
                .body("structure.ruleSet", equalTo("244-QĐ/TW; 35-CT/TW (2020)"))
                .body("structure.kind", equalTo("CELL_WITH_COMMITTEE"))
                .body("structure.ballots.office", contains("CELL_COMMITTEE", "SECRETARY", "DEPUTY_SECRETARY"))
                .body("structure.ballots[0].minSeats", equalTo(3))
                .body("structure.ballots[0].maxSeats", equalTo(7))
                .body("description", equalTo(
                        "Chi bộ có 9 đảng viên chính thức: bầu chi ủy từ 3 đến 7 đồng chí, sau đó bầu bí thư và một phó bí thư"));

        RegistryFixtures.awaitCounts(cellTwo, 5, 0);
        given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                .get("/organisations/{id}/election-structure", cellTwo.id())
                .then().statusCode(200)
                .body("fullMembers", equalTo(5))
                .body("probationaryMembers", equalTo(0))
                .body("structure.kind", equalTo("CELL_SECRETARY_ONLY"))
                .body("structure.ballots.office", contains("SECRETARY", "DEPUTY_SECRETARY"))
                .body("structure.ballots[1].optional", equalTo(true))
                .body("description", startsWith("Chi bộ có 5 đảng viên chính thức"));

        // the committee counts every member of its cells and gets the plan's office committee structure
        RegistryFixtures.awaitCounts(office, 14, 1);
        given().auth().oauth2(RealInfrastructure.tokens().admin())
                .get("/organisations/{id}/election-structure", office.id())
                .then().statusCode(200)
                .body("organisationType", equalTo("GRASSROOTS_COMMITTEE"))
                .body("structure.kind", equalTo("PARTY_COMMITTEE"))
                .body("structure.ballots.office", contains("PARTY_COMMITTEE", "STANDING_COMMITTEE", "SECRETARY",
                        "DEPUTY_SECRETARY", "INSPECTION_COMMISSION", "INSPECTION_CHAIR"))
                .body("structure.ballots[0].minSeats", nullValue())
                .body("structure.ballots[0].maxSeats", equalTo(15))
                .body("structure.ballots[1].maxSeats", equalTo(3))
                .body("structure.ballots[4].positions", contains("CHAIR", "VICE_CHAIR", "MEMBER"));

        // the bloc is known, but the plan sets no structure for it
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/organisations/{id}/election-structure", bloc.id())
                .then().statusCode(422)
                .contentType("application/problem+json");
    }

    @Test
    void aMemberWhoLeftIsNoLongerCounted() {
        Org bloc = RegistryFixtures.bloc("Đảng bộ Khối");
        Org cell = RegistryFixtures.organisation(bloc, "GRASSROOTS_CELL", "Chi bộ Sở Lao động", "CB");
        UUID leaving = UUID.randomUUID();
        RegistryFixtures.memberEvent(UUID.randomUUID().toString(), leaving, cell, true, 0, ORDERED_PARTITION);
        RegistryFixtures.member(cell, true, ORDERED_PARTITION);
        RegistryFixtures.awaitCounts(cell, 2, 0);

        String type = "vn.dangbo.registry.member.expelled.v1";
        ObjectNode data = (ObjectNode) readTree(RegistryFixtures.memberRegisteredData(leaving, cell, true, 1));
        ObjectNode member = (ObjectNode) data.get("member");
        member.put("state", "LEFT");
        member.put("leftReason", "EXPELLED");
        member.put("leftOn", "2024-03-01");
        member.putNull("attachedTo");
        member.put("exempted", false);
        data.put("effectiveDate", "2024-03-01");
        data.put("decisionReference", "Quyết định số 15-QĐ/ĐUK");
        EventSchemas.assertValid(EventSchemas.producerSchema("registry-service", type), data.toString());
        RegistryFixtures.send(RegistryFixtures.MEMBERS_TOPIC, ORDERED_PARTITION,
                RegistryFixtures.event(type, leaving.toString(), data.toString()));

        RegistryFixtures.awaitCounts(cell, 1, 0);
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anOlderStateArrivingLateChangesNothing() {
        Org bloc = RegistryFixtures.bloc("Đảng bộ Khối");
        Org cell = RegistryFixtures.organisation(bloc, "GRASSROOTS_CELL", "Chi bộ Sở Tư pháp", "CB");
        UUID memberId = UUID.randomUUID();
        RegistryFixtures.memberEvent(UUID.randomUUID().toString(), memberId, cell, true, 3, ORDERED_PARTITION);
        RegistryFixtures.memberEvent(UUID.randomUUID().toString(), memberId, cell, false, 1, ORDERED_PARTITION);
        RegistryFixtures.member(cell, false, ORDERED_PARTITION); // read after both

        RegistryFixtures.awaitCounts(cell, 1, 1);
    }

    @Test
    void anUnknownEventTypeIsRecordedAndIgnored() {
        Org bloc = RegistryFixtures.bloc("Đảng bộ Khối");
        Org cell = RegistryFixtures.organisation(bloc, "GRASSROOTS_CELL", "Chi bộ Sở Xây dựng", "CB");
        UUID memberId = UUID.randomUUID();
        String futureEventId = UUID.randomUUID().toString();
        RegistryFixtures.send(RegistryFixtures.MEMBERS_TOPIC, ORDERED_PARTITION,
                RegistryFixtures.event("vn.dangbo.registry.audit.recorded.v1", memberId.toString(),
                        "{\"member\":{\"id\":\"" + memberId
                                + "\"},\"commendation\":\"Huy hiệu 30 năm tuổi Đảng\"}")
                        .withId(futureEventId));
        RegistryFixtures.member(cell, true, ORDERED_PARTITION); // read after it

        RegistryFixtures.awaitCounts(cell, 1, 0);
        assertEquals(1L, inboxRows(futureEventId));
    }

    @Test
    void anUnknownOrganisationIsNotFound() {
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/organisations/{id}/election-structure", UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Không tìm thấy"));
    }

    private long inboxRows(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from inbox_event where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue());
    }
}
