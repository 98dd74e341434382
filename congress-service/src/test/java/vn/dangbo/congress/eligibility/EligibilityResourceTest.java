package vn.dangbo.congress.eligibility;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.RegistryFixtures;
import vn.dangbo.congress.RegistryFixtures.Org;
import vn.dangbo.congress.RegistryFixtures.Position;
import vn.dangbo.congress.RoundFixtures;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * Personnel eligibility over HTTP: the age cut-offs derived from the round's rule set, and a candidate check
 * reading the member roll the registry's events keep, re-election included (the member's current positions).
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "congress"),
        restrictToAnnotatedClass = false)
class EligibilityResourceTest {

    private static final String POSITION_ASSIGNED = "vn.dangbo.registry.member.position-assigned.v1";

    private static Org office;
    private static Org cell;
    private static String round;

    @BeforeEach
    void seedRound() {
        if (round == null) {
            Org bloc = RegistryFixtures.bloc("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh");
            office = RegistryFixtures.grassrootsCommittee(bloc, "Đảng bộ Văn phòng UBND tỉnh");
            cell = RegistryFixtures.cell(office, "Chi bộ Tổng hợp");
            RegistryFixtures.awaitKnown(bloc, office, cell);
            round = RoundFixtures.withoutPilot(office); // rule set 2020, grassroots reference 4/2020
        }
    }

    @Test
    void theSeedsAgeCutOffsComeFromTheRuleSet() {
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/rounds/{id}/age-cut-offs", round)
                .then().statusCode(200)
                .body("roundId", equalTo(round))
                .body("ruleSetId", equalTo("2020"))
                .body("levels", hasSize(1))
                .body("levels[0].level", equalTo("GRASSROOTS"))
                .body("levels[0].referenceMonth", equalTo("2020-04"))
                .body("levels[0].menFirstTime", equalTo("1965-04"))
                .body("levels[0].womenFirstTime", equalTo("1970-04"))
                .body("levels[0].menReElection", equalTo("1962-10"))
                .body("levels[0].womenReElection", equalTo("1967-10"));
    }

    @Test
    void anUnknownRoundIsNotFound() {
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/rounds/{id}/age-cut-offs", UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Không tìm thấy"));
    }

    @Test
    void aSittingCommitteeMemberHasTheReElectionThresholdANewcomerTheFirstTimeOne() {
        UUID sitting = RegistryFixtures.member(cell, true, "MALE", "1962-10",
                List.of(new Position(office.id(), "COMMITTEE_MEMBER", "2015-06-20", null)));
        // a past seat in the body, and a current one in another body, make no re-election
        List<Position> newcomerPositions = List.of(
                new Position(office.id(), "COMMITTEE_MEMBER", "2010-06-20", "2015-06-20"),
                new Position(cell.id(), "SECRETARY", "2017-04-10", null));
        UUID newcomer = RegistryFixtures.member(cell, true, "MALE", "1962-10", newcomerPositions);

        candidate(sitting)
                .body("reElection", equalTo(true))
                .body("eligible", equalTo(true))
                .body("level", equalTo("GRASSROOTS"))
                .body("referenceMonth", equalTo("2020-04"))
                .body("monthsOfWorkLeft", equalTo(30))
                .body("monthsOfWorkRequired", equalTo(30))
                .body("retirementMonth", equalTo("2022-10"))
                .body("reason", equalTo("Đủ tuổi tái cử cấp ủy: còn 30 tháng công tác đến tháng nghỉ hưu 10/2022 "
                        + "(tính từ tháng 4/2020), cần ít nhất 30 tháng"));
        candidate(newcomer)
                .body("reElection", equalTo(false))
                .body("eligible", equalTo(false))
                .body("monthsOfWorkLeft", equalTo(30))
                .body("monthsOfWorkRequired", equalTo(60))
                .body("reason", equalTo("Không đủ tuổi tham gia cấp ủy lần đầu: chỉ còn 30 tháng công tác đến tháng "
                        + "nghỉ hưu 10/2022 (tính từ tháng 4/2020), cần ít nhất 60 tháng"));

        // the registry assigns the newcomer a seat in the body: the roll follows, and so does the threshold
        Position seat = new Position(office.id(), "COMMITTEE_MEMBER", "2020-01-15", null);
        ObjectNode data = (ObjectNode) readTree(RegistryFixtures.memberRegisteredData(newcomer, cell, true, "MALE",
                "1962-10", List.of(newcomerPositions.get(0), newcomerPositions.get(1), seat), 1));
        ObjectNode member = (ObjectNode) data.get("member");
        member.put("state", "ACTIVE");
        member.putNull("leftReason");
        member.putNull("leftOn");
        member.putNull("attachedTo");
        member.put("exempted", false);
        member.putObject("education");
        data.set("position", data.at("/member/positions/2").deepCopy());
        data.put("decisionReference", "Quyết định số 20-QĐ/ĐUK chuẩn y");
        EventSchemas.assertValid(EventSchemas.producerSchema("registry-service", POSITION_ASSIGNED), data.toString());
        RegistryFixtures.send(RegistryFixtures.MEMBERS_TOPIC, null,
                RegistryFixtures.event(POSITION_ASSIGNED, newcomer.toString(), data.toString()));
        await("the newcomer's seat reaches the roll").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> request(newcomer).extract().jsonPath().getBoolean("reElection"));
        candidate(newcomer)
                .body("eligible", equalTo(true))
                .body("monthsOfWorkRequired", equalTo(30));
    }

    @Test
    void aProbationaryMemberIsNeverACandidate() {
        UUID probationary = RegistryFixtures.member(cell, false, "FEMALE", "1990-03", List.of());

        candidate(probationary)
                .body("membership", equalTo("PROBATIONARY"))
                .body("eligible", equalTo(false))
                .body("monthsOfWorkLeft", nullValue())
                .body("reason", equalTo("Đảng viên dự bị không được giới thiệu ứng cử, đề cử vào cấp ủy"));
    }

    @Test
    void aLevelWithoutReferenceMonthIsRefused() {
        UUID member = RegistryFixtures.member(cell, true, "FEMALE", "1975-05", null);
        awaitOnRoll(member);
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .queryParam("organisationId", office.idText())
                .queryParam("level", "BLOC")
                .get("/rounds/{id}/candidates/{memberId}", round, member)
                .then().statusCode(422)
                .contentType("application/problem+json");
    }

    /** The candidate check for the office committee, once the member is on the roll. */
    private static ValidatableResponse candidate(UUID member) {
        awaitOnRoll(member);
        return request(member).statusCode(200)
                .body("memberId", equalTo(member.toString()))
                .body("organisationId", equalTo(office.idText()));
    }

    private static void awaitOnRoll(UUID member) {
        await("member " + member + " on the roll").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> request(member).extract().statusCode() == 200);
    }

    private static ValidatableResponse request(UUID member) {
        return given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .queryParam("organisationId", office.idText())
                .get("/rounds/{id}/candidates/{memberId}", round, member)
                .then();
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
