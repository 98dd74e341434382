package vn.dangbo.congress.election;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.RegistryFixtures;
import vn.dangbo.congress.RegistryFixtures.Org;
import vn.dangbo.congress.RoundFixtures;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * The structure a congress elects over HTTP: counted from the roll as it stood on the congress's first day, and
 * the structure its office states, each refusal naming the field and the limit.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "congress"),
        restrictToAnnotatedClass = false)
class CongressElectionStructureResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String REMOVED = "vn.dangbo.registry.member.removed.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Org office;
    private static Org cellA;
    private static Org cellB;
    private static String cellACongress;
    private static String cellBCongress;
    private static String officeCongress;
    private static String cancelledCongress;

    @BeforeEach
    void plan() {
        if (office != null) {
            return;
        }
        Org bloc = RegistryFixtures.bloc("Đảng bộ Khối các cơ quan tỉnh");
        office = RegistryFixtures.grassrootsCommittee(bloc, "Đảng bộ Văn phòng UBND tỉnh");
        cellA = RegistryFixtures.cell(office, "Chi bộ II");
        cellB = RegistryFixtures.cell(office, "Chi bộ III");
        Org otherOffice = RegistryFixtures.grassrootsCommittee(bloc, "Đảng bộ Sở Nội vụ");
        Org otherCell = RegistryFixtures.cell(otherOffice, "Chi bộ Văn phòng Sở");
        RegistryFixtures.awaitKnown(bloc, office, cellA, cellB, otherOffice, otherCell);

        // Chi bộ II on 15/4/2020: 7 full members of long standing and one full member who left after the
        // congress count as full (8); two made full after it count as probationary; one admitted after it and
        // one who left before it do not count. Today the roll shows 9 full and 1 probationary member.
        for (int i = 0; i < 6; i++) {
            member(cellA, "2015-03-02", "2016-03-02", null, 0);
        }
        member(cellA, "2019-04-15", "2020-04-15", null, 0); // made full on the congress's first day: full
        removed(cellA, "2015-03-02", "2016-03-02", "2020-05-10");
        removed(cellA, "2015-03-02", "2016-03-02", "2020-03-01");
        member(cellA, "2019-05-04", "2020-05-04", null, 0);
        member(cellA, "2019-05-04", "2020-04-16", null, 0);
        member(cellA, "2020-04-20", null, null, 0); // sent last on the one partition: when counted, all are
        RegistryFixtures.awaitCounts(cellA, 9, 1);
        RegistryFixtures.members(cellB, 9, 0);
        RegistryFixtures.awaitCounts(cellB, 9, 0);

        String round = RoundFixtures.withoutPilot(office);
        cellACongress = schedule(round, cellA, "2020-04-15", 1, "2020-2022");
        cellBCongress = schedule(round, cellB, "2020-04-16", 1, "2020-2022");
        officeCongress = schedule(round, office, "2020-06-10", 2, "2020-2025");

        String otherRound = RoundFixtures.withoutPilot(otherOffice);
        cancelledCongress = schedule(otherRound, otherCell, "2020-04-20", 1, "2020-2022");
        given().auth().oauth2(RealInfrastructure.tokens().admin())
                .contentType(ContentType.JSON).body("{\"reason\": \"Chi bộ sáp nhập\"}")
                .post("/congresses/{id}/cancel", cancelledCongress)
                .then().statusCode(200);
    }

    @Test
    void theStructureIsCountedFromTheRollAtTheCongressDate() {
        // the organisation's structure today: 9 full members, a cell committee
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/organisations/{id}/election-structure", cellA.id())
                .then().statusCode(200)
                .body("fullMembers", equalTo(9))
                .body("structure.kind", equalTo("CELL_WITH_COMMITTEE"));

        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/congresses/{id}/election-structure", cellACongress)
                .then().statusCode(200)
                .body("congressId", equalTo(cellACongress))
                .body("organisationName", equalTo("Chi bộ II"))
                .body("ruleSetId", equalTo("2020"))
                .body("countedOn", equalTo("2020-04-15"))
                .body("fullMembers", equalTo(8))
                .body("probationaryMembers", equalTo(2))
                .body("structure.kind", equalTo("CELL_SECRETARY_ONLY"))
                .body("structure.ruleSet", equalTo("244-QĐ/TW; 35-CT/TW (2020)"))
                .body("description", equalTo(
                        "Chi bộ có 8 đảng viên chính thức (dưới 9): không bầu chi ủy, bầu bí thư; nếu cần bầu một phó bí thư"))
                .body("stated", nullValue());
    }

    @Test
    void aCellUnderNineAtItsCongressDateElectsNoCellCommittee() {
        refused(cellACongress, "{\"committeeSize\": 5, \"deputySecretaries\": 1}", "committeeSize",
                "Chi bộ có dưới 9 đảng viên chính thức (có 8) không bầu chi ủy; đề nghị 5 chi ủy viên");
        refused(cellACongress, "{\"deputySecretaries\": 2}", "deputySecretaries",
                "Chi bộ không có chi ủy bầu bí thư, nếu cần thêm phó bí thư: số phó bí thư tối đa là 1; đề nghị 2");

        given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                .contentType(ContentType.JSON).body("{\"deputySecretaries\": 0}")
                .put("/congresses/{id}/election-structure", cellACongress)
                .then().statusCode(200)
                .body("stated.deputySecretaries", equalTo(0))
                .body("stated.committeeSize", nullValue())
                .body("statedProblem", nullValue());
    }

    @Test
    void aCellOfNineElectsACellCommitteeOfThreeToSevenAndOneDeputy() {
        refused(cellBCongress, "{\"committeeSize\": 8, \"deputySecretaries\": 1}", "committeeSize",
                "Số lượng chi ủy tối đa là 7; đề nghị 8");
        refused(cellBCongress, "{\"committeeSize\": 2, \"deputySecretaries\": 1}", "committeeSize",
                "Số lượng chi ủy tối thiểu là 3; đề nghị 2");
        refused(cellBCongress, "{\"committeeSize\": 5, \"deputySecretaries\": 2}", "deputySecretaries",
                "Chi bộ có chi ủy bầu 1 phó bí thư; đề nghị 2");
        refused(cellBCongress, "{\"committeeSize\": 5, \"standingCommitteeSize\": 3, \"deputySecretaries\": 1}",
                "standingCommitteeSize", "Chi bộ không bầu Ban Thường vụ; đề nghị 3 ủy viên");

        given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                .contentType(ContentType.JSON).body("{\"committeeSize\": 5, \"deputySecretaries\": 1}")
                .put("/congresses/{id}/election-structure", cellBCongress)
                .then().statusCode(200);
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/congresses/{id}/election-structure", cellBCongress)
                .then().statusCode(200)
                .body("fullMembers", equalTo(9))
                .body("structure.kind", equalTo("CELL_WITH_COMMITTEE"))
                .body("stated.committeeSize", equalTo(5))
                .body("stated.deputySecretaries", equalTo(1))
                .body("statedBy", notNullValue())
                .body("statedProblem", nullValue());
    }

    @Test
    void thePartyCommitteeStatesItsBodiesWithinTheRuleSetsLimits() {
        refused(officeCongress, committee(16, 3, 1, 3), "committeeSize",
                "Số lượng ủy viên Ban Chấp hành tối đa là 15; đề nghị 16");
        refused(officeCongress, committee(15, 4, 1, 3), "standingCommitteeSize",
                "Số lượng ủy viên Ban Thường vụ là 3; đề nghị 4");
        refused(officeCongress, committee(15, 3, 2, 3), "deputySecretaries", "Số lượng phó bí thư là 1; đề nghị 2");
        refused(officeCongress, committee(15, 3, 1, 5), "inspectionCommissionSize",
                "Số lượng ủy viên Ủy ban Kiểm tra là 3 (chủ nhiệm, phó chủ nhiệm, ủy viên); đề nghị 5");

        given().auth().oauth2(RealInfrastructure.tokens().admin())
                .contentType(ContentType.JSON).body(committee(15, 3, 1, 3))
                .put("/congresses/{id}/election-structure", officeCongress)
                .then().statusCode(200)
                .body("structure.kind", equalTo("PARTY_COMMITTEE"))
                .body("stated.committeeSize", equalTo(15))
                .body("stated.standingCommitteeSize", equalTo(3))
                .body("stated.inspectionCommissionSize", equalTo(3));
    }

    @Test
    void onlyAnOfficerOfTheOrganisationStatesTheStructure() {
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .contentType(ContentType.JSON).body("{\"committeeSize\": 5, \"deputySecretaries\": 1}")
                .put("/congresses/{id}/election-structure", cellBCongress)
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(RealInfrastructure.tokens().officer(UUID.randomUUID().toString()))
                .contentType(ContentType.JSON).body("{\"committeeSize\": 5, \"deputySecretaries\": 1}")
                .put("/congresses/{id}/election-structure", cellBCongress)
                .then().statusCode(403).contentType(PROBLEM)
                .body("title", equalTo("Không có quyền"));
    }

    @Test
    void aCancelledCongressElectsNothing() {
        given().auth().oauth2(RealInfrastructure.tokens().admin())
                .contentType(ContentType.JSON).body("{\"committeeSize\": 5, \"deputySecretaries\": 1}")
                .put("/congresses/{id}/election-structure", cancelledCongress)
                .then().statusCode(409).contentType(PROBLEM)
                .body("detail", equalTo("Đại hội " + cancelledCongress + " đã hủy, không nêu cơ cấu bầu cử được"));
    }

    @Test
    void anUnknownCongressIsNotFound() {
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/congresses/{id}/election-structure", UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM);
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private static void refused(String congress, String body, String field, String message) {
        given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                .contentType(ContentType.JSON).body(body)
                .put("/congresses/{id}/election-structure", congress)
                .then().statusCode(422).contentType(PROBLEM)
                .body("detail", equalTo(message))
                .body("errors.field", hasItem(field));
    }

    private static String committee(int size, int standing, int deputies, int inspection) {
        return """
                {"committeeSize": %d, "standingCommitteeSize": %d, "deputySecretaries": %d,
                 "inspectionCommissionSize": %d}
                """.formatted(size, standing, deputies, inspection);
    }

    private static String schedule(String round, Org org, String startDate, int days, String term) {
        return given().auth().oauth2(RealInfrastructure.tokens().admin())
                .contentType(ContentType.JSON)
                .body("""
                        {"roundId": "%s", "organisationId": "%s", "kind": "ALL_MEMBER", "startDate": "%s",
                         "days": %d, "pilot": false, "term": "%s"}
                        """.formatted(round, org.id(), startDate, days, term))
                .post("/congresses")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** A member on the registry's roll with these dates (fullMemberOn null: still probationary). */
    private static void member(Org cell, String admittedOn, String fullMemberOn, String leftOn, long version) {
        UUID id = UUID.randomUUID();
        ObjectNode data = JSON.createObjectNode();
        data.set("member", state(id, cell, admittedOn, fullMemberOn, leftOn, version));
        send(RegistryFixtures.MEMBER_REGISTERED, id, data);
    }

    /** A full member removed from the list on {@code leftOn}. */
    private static void removed(Org cell, String admittedOn, String fullMemberOn, String leftOn) {
        UUID id = UUID.randomUUID();
        ObjectNode data = JSON.createObjectNode();
        data.set("member", state(id, cell, admittedOn, fullMemberOn, leftOn, 3));
        data.put("effectiveDate", leftOn);
        data.put("decisionReference", "Quyết định số 12-QĐ/ĐU");
        send(REMOVED, id, data);
    }

    private static ObjectNode state(UUID id, Org cell, String admittedOn, String fullMemberOn, String leftOn,
            long version) {
        ObjectNode m = JSON.createObjectNode();
        m.put("id", id.toString());
        m.put("organisationId", cell.idText());
        m.put("fullName", "Trần Văn Bình " + id.toString().substring(0, 4));
        m.put("sex", "MALE");
        m.put("birthMonth", "1975-06");
        m.put("ethnicity", "Kinh");
        m.put("status", fullMemberOn == null ? "PROBATIONARY" : "FULL");
        m.put("admittedOn", admittedOn);
        m.put("fullMemberOn", fullMemberOn);
        m.put("state", leftOn == null ? "ACTIVE" : "LEFT");
        m.put("leftReason", leftOn == null ? null : "REMOVED");
        m.put("leftOn", leftOn);
        m.putNull("attachedTo");
        m.put("exempted", false);
        m.put("version", version);
        return m;
    }

    /** Validated against the registry's schema, then sent on the one partition so they are applied in order. */
    private static void send(String type, UUID member, ObjectNode data) {
        EventSchemas.assertValid(EventSchemas.producerSchema("registry-service", type), data.toString());
        RegistryFixtures.send(RegistryFixtures.MEMBERS_TOPIC, RegistryFixtures.ORDERED_PARTITION,
                RegistryFixtures.event(type, member.toString(), data.toString()));
    }
}
