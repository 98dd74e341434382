package vn.dangbo.congress.congress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.RegistryFixtures;
import vn.dangbo.congress.RegistryFixtures.Org;
import vn.dangbo.congress.RoundFixtures;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/** The congress API over HTTP: who may schedule what, and the problems a client reads. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "congress"),
        restrictToAnnotatedClass = false)
class CongressResourceTest {

    private static final String PROBLEM = "application/problem+json";

    private static Org bloc;
    private static Org officeA;
    private static Org cellA;
    private static Org officeB;
    private static Org cellB;
    private static String roundA;
    private static String roundB;

    @BeforeEach
    void organisations() {
        if (bloc == null) {
            bloc = RegistryFixtures.bloc("Đảng bộ Khối");
            officeA = RegistryFixtures.grassrootsCommittee(bloc, "Đảng bộ Văn phòng UBND tỉnh");
            cellA = RegistryFixtures.cell(officeA, "Chi bộ I");
            officeB = RegistryFixtures.grassrootsCommittee(bloc, "Đảng bộ Sở Tài chính");
            cellB = RegistryFixtures.cell(officeB, "Chi bộ Thanh tra");
            RegistryFixtures.awaitKnown(bloc, officeA, cellA, officeB, cellB);
            roundA = RoundFixtures.withoutPilot(officeA);
            roundB = RoundFixtures.withoutPilot(officeB);
        }
    }

    private static String cellCongress(Org cell, int days) {
        return """
                {"roundId": "%s", "organisationId": "%s", "kind": "ALL_MEMBER", "startDate": "2020-04-10", "days": %d,
                 "pilot": false, "term": "2020-2022"}
                """.formatted(cell == cellB ? roundB : roundA, cell.id(), days);
    }

    @Test
    void withoutATokenIsUnauthorized() {
        given().contentType(ContentType.JSON).body(cellCongress(cellA, 1))
                .post("/congresses")
                .then().statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer");
        given().get("/congresses/{id}", UUID.randomUUID())
                .then().statusCode(401)
                .contentType(PROBLEM);
    }

    @Test
    void aViewerMayNotSchedule() {
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .contentType(ContentType.JSON).body(cellCongress(cellA, 1))
                .post("/congresses")
                .then().statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    void anOfficerSchedulesOnlyInsideTheirSubtree() {
        String officerOfA = RealInfrastructure.tokens().officer(officeA.idText());
        given().auth().oauth2(officerOfA)
                .contentType(ContentType.JSON).body(cellCongress(cellB, 1))
                .post("/congresses")
                .then().statusCode(403)
                .contentType(PROBLEM)
                .body("title", equalTo("Không có quyền"));

        Response created = given().auth().oauth2(officerOfA)
                .contentType(ContentType.JSON).body(cellCongress(cellA, 1))
                .post("/congresses")
                .then().statusCode(201)
                .body("id", notNullValue())
                .body("organisationId", equalTo(cellA.idText()))
                .body("organisationName", equalTo("Chi bộ I"))
                .body("status", equalTo("SCHEDULED"))
                .body("endDate", equalTo("2020-04-10"))
                .extract().response();
        String id = created.path("id");
        assertThat(created.header("Location"), endsWith("/congresses/" + id));

        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/congresses/{id}", id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("kind", equalTo("ALL_MEMBER"))
                .body("term", equalTo("2020-2022"))
                .body("days", equalTo(1));
    }

    @Test
    void aMissingOrganisationIsNamed() {
        given().auth().oauth2(RealInfrastructure.tokens().admin())
                .contentType(ContentType.JSON)
                .body("""
                        {"roundId": "%s", "kind": "ALL_MEMBER", "startDate": "2020-04-10", "days": 1,
                         "term": "2020-2022"}
                        """.formatted(roundA))
                .post("/congresses")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("organisationId"));
    }

    @Test
    void anUnknownFieldIsNamed() {
        given().auth().oauth2(RealInfrastructure.tokens().admin())
                .contentType(ContentType.JSON)
                .body("""
                        {"roundId": "%s", "organisationId": "%s", "kind": "ALL_MEMBER", "startDate": "2020-04-10",
                         "days": 1, "term": "2020-2022", "venue": "Hội trường Văn phòng"}
                        """.formatted(roundA, cellA.id()))
                .post("/congresses")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("venue"));
    }

    @Test
    void aMalformedTermIsNamed() {
        given().auth().oauth2(RealInfrastructure.tokens().admin())
                .contentType(ContentType.JSON)
                .body("""
                        {"roundId": "%s", "organisationId": "%s", "kind": "ALL_MEMBER", "startDate": "2020-04-10",
                         "days": 1, "term": "2020-22"}
                        """.formatted(roundA, cellA.id()))
                .post("/congresses")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("term"));
    }

    @Test
    void aCellCongressOfTwoDaysBreaksThePlan() {
        given().auth().oauth2(RealInfrastructure.tokens().admin())
                .contentType(ContentType.JSON).body(cellCongress(cellA, 2))
                .post("/congresses")
                .then().statusCode(422)
                .contentType(PROBLEM)
                .body("title", equalTo("Vi phạm quy định"))
                .body("errors.field", hasItem("days"))
                .body("detail", equalTo("Đại hội chi bộ tổ chức không quá 01 ngày; đề nghị 2 ngày"));
    }

    @Test
    void aCommitteeCongressOfThreeDaysBreaksThePlan() {
        given().auth().oauth2(RealInfrastructure.tokens().admin())
                .contentType(ContentType.JSON)
                .body("""
                        {"roundId": "%s", "organisationId": "%s", "kind": "ALL_MEMBER", "startDate": "2020-06-15",
                         "days": 3, "term": "2020-2025"}
                        """.formatted(roundA, officeA.id()))
                .post("/congresses")
                .then().statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("days"));
    }

    @Test
    void anUnknownOrganisationBreaksThePlan() {
        given().auth().oauth2(RealInfrastructure.tokens().admin())
                .contentType(ContentType.JSON).body(cellCongress(RegistryFixtures.unpublished(officeA, "CELL",
                        "Chi bộ chưa thành lập", null), 1))
                .post("/congresses")
                .then().statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("organisationId"));
    }

    @Test
    void aDissolvedOrganisationHoldsNoCongress() {
        Org dissolved = RegistryFixtures.unpublished(officeA, "CELL", "Chi bộ đã giải thể", null);
        RegistryFixtures.sendOrganisationCreated(dissolved, "DISSOLVED", 0, null);
        RegistryFixtures.awaitKnown(dissolved);
        given().auth().oauth2(RealInfrastructure.tokens().admin())
                .contentType(ContentType.JSON).body(cellCongress(dissolved, 1))
                .post("/congresses")
                .then().statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("organisationId"));
    }

    @Test
    void theEventContractsAreServed() {
        given().get("/events/asyncapi.yaml")
                .then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("address: congress.congresses.v1"));
        given().get("/events/schemas/vn.dangbo.congress.congress.scheduled.v1.json")
                .then().statusCode(200)
                .body("$id", equalTo("urn:dangbo:event:vn.dangbo.congress.congress.scheduled.v1"));
    }

    @Test
    void anUnknownCongressIsNotFound() {
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/congresses/{id}", UUID.randomUUID())
                .then().statusCode(404)
                .contentType(PROBLEM);
    }
}
