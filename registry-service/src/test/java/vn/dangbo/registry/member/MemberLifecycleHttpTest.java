package vn.dangbo.registry.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.dangbo.registry.support.RegistryApi.admin;
import static vn.dangbo.registry.support.RegistryApi.memberBody;
import static vn.dangbo.registry.support.RegistryApi.organisation;
import static vn.dangbo.registry.support.RegistryApi.registerMember;
import static vn.dangbo.registry.support.RegistryApi.send;
import static vn.dangbo.registry.support.RegistryApi.step;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dangbo.registry.support.Topics;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class MemberLifecycleHttpTest {

    private static final LocalDate TODAY = LocalDate.now();

    UUID committee;
    UUID cellOne;
    UUID cellTwo;

    @BeforeEach
    void tree() {
        UUID bloc = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối", "ĐUK");
        committee = organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Tài nguyên", "ĐU");
        cellOne = organisation(committee, "CELL", "Chi bộ Văn phòng", "CB");
        cellTwo = organisation(committee, "CELL", "Chi bộ Thanh tra", "CB");
    }

    @Test
    void anAdmissionCreatesAProbationaryMemberAgedEighteenToSixty() {
        Map<String, Object> tooYoung = admission("Vàng Thị Mai", LocalDate.of(2007, 6, 2), LocalDate.of(2025, 6, 1));
        send(admin(), "POST", "/members/admissions", null, tooYoung).statusCode(422)
                .body("errors[0].field", equalTo("admittedOn"))
                .body("detail", containsString("17 tuổi"));
        Map<String, Object> tooOld = admission("Vàng Văn Sinh", LocalDate.of(1960, 1, 1), LocalDate.of(2021, 1, 2));
        send(admin(), "POST", "/members/admissions", null, tooOld).statusCode(422)
                .body("detail", containsString("không quá 60 tuổi"));

        Map<String, Object> body = admission("Vàng Thị Mai", LocalDate.of(2007, 6, 1), LocalDate.of(2025, 6, 1));
        String id = send(admin(), "POST", "/members/admissions", null, body).statusCode(201)
                .body("status", equalTo("PROBATIONARY"))
                .body("state", equalTo("ACTIVE"))
                .extract().path("id");
        given().auth().oauth2(admin()).get("/members/" + id + "/history").then()
                .body("kind", contains("ADMITTED"))
                .body("[0].decisionReference", equalTo("Quyết định số 30-QĐ/ĐU"));
        Topics.await("registry.members.v1", Topics.ofType(id, "vn.dangbo.registry.member.admitted.v1"), 1);
    }

    @Test
    void aTransferMovesTheMemberAndKeepsTheHistory() {
        String id = member(cellOne, "Trịnh Văn Quang");
        send(admin(), "POST", "/members/" + id + "/transfer", "\"0\"", Map.of("toOrganisationId", cellTwo,
                "effectiveDate", TODAY.toString(), "decisionReference", "Quyết định số 40-QĐ/ĐU"))
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("organisationId", equalTo(cellTwo.toString()));
        given().auth().oauth2(admin()).get("/members/" + id + "/history").then()
                .body("kind", contains("ADMITTED", "MADE_FULL", "TRANSFERRED"))
                .body("organisationId", contains(cellOne.toString(), cellOne.toString(), cellTwo.toString()));
        given().auth().oauth2(admin()).get("/organisations/" + cellOne + "/members").then().statusCode(200)
                .body("id", not(hasItem(id)));
        given().auth().oauth2(admin()).get("/organisations/" + cellTwo + "/members").then().statusCode(200)
                .body("id", hasItem(id));
        // the day before the transfer the member still counted in the first cell
        given().auth().oauth2(admin()).get("/organisations/" + cellOne + "/counts?date=" + TODAY.minusDays(1))
                .then().statusCode(200).body("full", equalTo(1));
        given().auth().oauth2(admin()).get("/organisations/" + cellOne + "/counts?date=" + TODAY)
                .then().body("full", equalTo(0));
        Topics.await("registry.members.v1", Topics.ofType(id, "vn.dangbo.registry.member.transferred.v1"), 1);
    }

    @Test
    void noLifecycleStepAppliesToAMemberWhoHasLeft() {
        String id = member(cellOne, "Lục Văn Thắng");
        send(admin(), "POST", "/members/" + id + "/expulsion", null, step(TODAY, "Quyết định số 41-QĐ/UBKT"))
                .statusCode(200)
                .body("state", equalTo("LEFT"))
                .body("leftReason", equalTo("EXPELLED"));
        send(admin(), "POST", "/members/" + id + "/exemption", null, step(TODAY, "Quyết định số 42-QĐ/ĐU"))
                .statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("đã ra khỏi danh sách (khai trừ"));
        send(admin(), "POST", "/members/" + id + "/transfer", null, Map.of("toOrganisationId", cellTwo,
                "effectiveDate", TODAY.toString(), "decisionReference", "Quyết định số 43-QĐ/ĐU")).statusCode(422);
        given().auth().oauth2(admin()).get("/organisations/" + cellOne + "/members").then().statusCode(200)
                .body("id", not(hasItem(id)));
        Topics.await("registry.members.v1", Topics.ofType(id, "vn.dangbo.registry.member.expelled.v1"), 1);
    }

    @Test
    void aStaleIfMatchOnAStepIs412() {
        String id = member(cellOne, "Hà Thị Nguyệt");
        send(admin(), "POST", "/members/" + id + "/exemption", "\"0\"", step(TODAY, "Quyết định số 44-QĐ/ĐU"))
                .statusCode(200).body("exempted", equalTo(true));
        send(admin(), "POST", "/members/" + id + "/exemption/end", "\"0\"", step(TODAY, "Quyết định số 45-QĐ/ĐU"))
                .statusCode(412).contentType("application/problem+json");
        send(admin(), "POST", "/members/" + id + "/exemption/end", "\"1\"", step(TODAY, "Quyết định số 45-QĐ/ĐU"))
                .statusCode(200).body("exempted", equalTo(false));
        Topics.await("registry.members.v1", Topics.ofType(id, "vn.dangbo.registry.member.exemption-ended.v1"), 1);
    }

    @Test
    void countsOfACellAndOfTheSubtreeWithTheElectionBase() {
        for (int i = 0; i < 4; i++) {
            member(cellOne, "Nguyễn Văn " + i);
        }
        Map<String, Object> young = memberBody(cellOne, "Hoàng Thị Hà", false);
        young.put("sex", "FEMALE");
        young.put("ethnicity", "Tày");
        young.put("birthDate", "2000-01-15");
        young.put("admittedOn", TODAY.minusMonths(2).toString());
        registerMember(admin(), young).statusCode(201);
        String attached = member(cellOne, "Bế Văn Đàn");
        String exempted = member(cellOne, "Phùng Văn Cường");
        member(cellTwo, "Tạ Thị Hồng");
        send(admin(), "POST", "/members/" + attached + "/attachment", null, Map.of("toOrganisationId", cellTwo,
                "effectiveDate", TODAY.toString(), "decisionReference", "Giấy giới thiệu số 12-GGT/ĐU"))
                .statusCode(200).body("attachedTo", equalTo(cellTwo.toString()));
        send(admin(), "POST", "/members/" + exempted + "/exemption", null, step(TODAY, "Quyết định số 46-QĐ/ĐU"))
                .statusCode(200);

        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/organisations/" + cellOne + "/counts?date=" + TODAY).then().statusCode(200)
                .body("scope", equalTo("self"))
                .body("total", equalTo(7))
                .body("full", equalTo(6))
                .body("probationary", equalTo(1))
                .body("bySex.FEMALE", equalTo(1))
                .body("ethnicMinorities", equalTo(1))
                .body("byAgeBand.'<30'", equalTo(1))
                .body("byAgeBand.'40-49'", equalTo(6))
                .body("electionBase", equalTo(4));
        given().auth().oauth2(admin())
                .get("/organisations/" + committee + "/counts?scope=subtree&date=" + TODAY).then().statusCode(200)
                .body("total", equalTo(8))
                .body("kinh", equalTo(7))
                .body("electionBase", nullValue());
        given().auth().oauth2(admin()).get("/organisations/" + committee + "/counts?scope=all").then()
                .statusCode(400).body("errors[0].field", equalTo("scope"));
    }

    @Test
    void officersTakeStepsOnlyForMembersOfTheirSubtree() {
        String id = member(cellOne, "Chu Văn Hậu");
        String outsider = RealInfrastructure.tokens().officer(cellTwo.toString());
        send(outsider, "POST", "/members/" + id + "/exemption", null, step(TODAY, "Quyết định số 47-QĐ/ĐU"))
                .statusCode(403);
        send(RealInfrastructure.tokens().officer(committee.toString()), "POST", "/members/" + id + "/exemption",
                null, step(TODAY, "Quyết định số 47-QĐ/ĐU")).statusCode(200);
    }

    private static String member(UUID cell, String name) {
        return registerMember(admin(), memberBody(cell, name, true)).statusCode(201).extract().path("id");
    }

    private Map<String, Object> admission(String name, LocalDate birth, LocalDate admitted) {
        Map<String, Object> body = memberBody(cellOne, name, false);
        body.remove("fullMemberOn");
        body.remove("partyCardNumber");
        body.put("birthDate", birth.toString());
        body.put("admittedOn", admitted.toString());
        body.put("decisionReference", "Quyết định số 30-QĐ/ĐU");
        return body;
    }
}
