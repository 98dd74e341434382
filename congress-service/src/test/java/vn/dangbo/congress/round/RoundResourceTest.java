package vn.dangbo.congress.round;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

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

/** The round API over HTTP: the seed plan entered as data, who may open a round, and the refusals. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "congress"),
        restrictToAnnotatedClass = false)
class RoundResourceTest {

    private static final String PROBLEM = "application/problem+json";

    private static Org bloc;
    private static Org office;
    private static Org cellI;
    private static Org otherOffice;

    @BeforeEach
    void organisations() {
        if (bloc == null) {
            bloc = RegistryFixtures.bloc("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh");
            office = RegistryFixtures.grassrootsCommittee(bloc, "Đảng bộ Văn phòng UBND tỉnh");
            cellI = RegistryFixtures.cell(office, "Chi bộ I");
            otherOffice = RegistryFixtures.grassrootsCommittee(bloc, "Đảng bộ Sở Tài chính");
            RegistryFixtures.awaitKnown(bloc, office, cellI, otherOffice);
        }
    }

    private static String seedBody() {
        return RoundFixtures.body(office, cellI, "2020-03-01", "2020-03-31", "2020-04-01", "2020-04-30",
                "2020-06-01", "2020-06-30");
    }

    @Test
    void anOfficerOfTheCommitteeEntersTheSeedPlan() {
        Response created = given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                .contentType(ContentType.JSON).body(seedBody())
                .post("/rounds")
                .then().statusCode(201)
                .body("conveningCommitteeId", equalTo(office.idText()))
                .body("conveningCommitteeName", equalTo("Đảng bộ Văn phòng UBND tỉnh"))
                .body("ruleSetId", equalTo("2020"))
                .body("ageReferenceMonths.GRASSROOTS", equalTo("2020-04"))
                .body("pilotOrganisationId", equalTo(cellI.idText()))
                .body("pilotWindow.from", equalTo("2020-03-01"))
                .body("pilotWindow.to", equalTo("2020-03-31"))
                .body("cellWindow.to", equalTo("2020-04-30"))
                .body("committeeWindow.from", equalTo("2020-06-01"))
                .body("cellTerm", equalTo("2020-2022"))
                .body("committeeTerm", equalTo("2020-2025"))
                .extract().response();
        String id = created.path("id");
        assertThat(created.header("Location"), endsWith("/rounds/" + id));

        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/rounds/{id}", id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("pilotWindow.to", equalTo("2020-03-31"))
                .body("committeeWindow.to", equalTo("2020-06-30"));
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/rounds")
                .then().statusCode(200)
                .body("id", hasItem(id));
    }

    @Test
    void aRoundWithoutAPilot() {
        String id = RoundFixtures.withoutPilot(office);
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/rounds/{id}", id)
                .then().statusCode(200)
                .body("pilotOrganisationId", nullValue())
                .body("pilotWindow", nullValue());
    }

    @Test
    void anOfficerOfAnotherCommitteeMayNotOpenIt() {
        given().auth().oauth2(RealInfrastructure.tokens().officer(otherOffice.idText()))
                .contentType(ContentType.JSON).body(seedBody())
                .post("/rounds")
                .then().statusCode(403)
                .contentType(PROBLEM);
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .contentType(ContentType.JSON).body(seedBody())
                .post("/rounds")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(seedBody())
                .post("/rounds")
                .then().statusCode(401);
    }

    @Test
    void anUnknownRuleSetIsNamed() {
        given().auth().oauth2(RealInfrastructure.tokens().admin())
                .contentType(ContentType.JSON).body(seedBody().replace("\"2020\"", "\"2030\""))
                .post("/rounds")
                .then().statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("ruleSetId"))
                .body("detail", equalTo("Không có bộ quy tắc đại hội với mã 2030; các bộ hiện có: 2020, 2025"));
    }

    @Test
    void aPilotAfterTheCellsIsRefused() {
        given().auth().oauth2(RealInfrastructure.tokens().admin())
                .contentType(ContentType.JSON)
                .body(RoundFixtures.body(office, cellI, "2020-05-01", "2020-05-31", "2020-04-01", "2020-04-30",
                        "2020-06-01", "2020-06-30"))
                .post("/rounds")
                .then().statusCode(422)
                .body("errors.field", hasItem("pilotWindow"))
                .body("detail", equalTo("Đại hội điểm (01/05/2020 - 31/05/2020) phải tổ chức trước đại hội các chi bộ "
                        + "(01/04/2020 - 30/04/2020)"));
    }

    @Test
    void aCommitteeWindowBeforeTheCellsIsRefused() {
        given().auth().oauth2(RealInfrastructure.tokens().admin())
                .contentType(ContentType.JSON)
                .body(RoundFixtures.body(office, null, null, null, "2020-04-01", "2020-04-30", "2020-03-01",
                        "2020-03-31"))
                .post("/rounds")
                .then().statusCode(422)
                .body("errors.field", hasItem("committeeWindow"));
    }

    @Test
    void aPilotOutsideTheCommitteeIsRefused() {
        Org strangerCell = RegistryFixtures.cell(otherOffice, "Chi bộ Thanh tra");
        RegistryFixtures.awaitKnown(strangerCell);
        given().auth().oauth2(RealInfrastructure.tokens().admin())
                .contentType(ContentType.JSON)
                .body(RoundFixtures.body(office, strangerCell, "2020-03-01", "2020-03-31", "2020-04-01",
                        "2020-04-30", "2020-06-01", "2020-06-30"))
                .post("/rounds")
                .then().statusCode(422)
                .body("errors.field", hasItem("pilotOrganisationId"));
    }

    @Test
    void aCellConvenesNoRound() {
        given().auth().oauth2(RealInfrastructure.tokens().admin())
                .contentType(ContentType.JSON)
                .body(RoundFixtures.body(cellI, null, null, null, "2020-04-01", "2020-04-30", "2020-06-01",
                        "2020-06-30"))
                .post("/rounds")
                .then().statusCode(422)
                .body("errors.field", hasItem("conveningCommitteeId"));
    }

    @Test
    void missingWindowsAndMalformedTermsAreNamed() {
        given().auth().oauth2(RealInfrastructure.tokens().admin())
                .contentType(ContentType.JSON)
                .body("""
                        {"conveningCommitteeId": "%s", "ruleSetId": "2020", "ageReferenceMonths": {"GRASSROOTS": "2020-04"},
                         "committeeWindow": {"from": "2020-06-01", "to": "2020-06-30"},
                         "cellTerm": "2020-22", "committeeTerm": "2020-2025"}
                        """.formatted(office.id()))
                .post("/rounds")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("cellWindow"))
                .body("errors.field", hasItem("cellTerm"));
    }

    @Test
    void anUnknownRoundIsNotFound() {
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/rounds/{id}", UUID.randomUUID())
                .then().statusCode(404)
                .contentType(PROBLEM);
    }
}
