package vn.dangbo.congress.ruleset;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/** The rule sets over HTTP: what a client reads of each round's numbers. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "congress"),
        restrictToAnnotatedClass = false)
class RuleSetResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void listsTheShippedRuleSetsWithTheirDocuments() {
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/rule-sets")
                .then().statusCode(200)
                .body("id", contains("2020", "2025"))
                .body("[0].label", equalTo("244-QĐ/TW; 35-CT/TW (2020)"))
                .body("[0].documents.code", contains("244-QĐ/TW", "35-CT/TW"))
                .body("[1].documents.code", hasItems("190-QĐ/TW", "45-CT/TW"))
                .body("[0].candidacy", equalTo(null));
    }

    @Test
    void oneRuleSetHasEveryNumber() {
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/rule-sets/{id}", "2025")
                .then().statusCode(200)
                .body("id", equalTo("2025"))
                .body("retirementAge.male.roadmap.startMonths", equalTo(723))
                .body("retirementAge.female.roadmap.capMonths", equalTo(720))
                .body("candidacy.firstTimeMonthsOfWork", equalTo(60))
                .body("candidacy.reElectionMonthsOfWork", equalTo(48))
                .body("bodies.cellCommitteeThreshold", equalTo(9))
                .body("congresses.delegateCongressFromMembers", equalTo(200))
                .body("surplus.maxPercent", equalTo(30))
                .body("voteBase.allMemberExclusions.code", hasItems("ABSENT_WITH_APPROVAL"));
    }

    @Test
    void anUnknownRuleSetIsNotFoundInVietnamese() {
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/rule-sets/{id}", "2015")
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("title", equalTo("Không tìm thấy"))
                .body("detail", equalTo("Không có bộ quy tắc đại hội với mã 2015; các bộ hiện có: 2020, 2025"));
    }

    @Test
    void withoutATokenIsUnauthorized() {
        given().get("/rule-sets").then().statusCode(401).contentType(PROBLEM);
    }
}
