package vn.dangbo.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static vn.dangbo.registry.support.RegistryApi.admin;
import static vn.dangbo.registry.support.RegistryApi.createOrganisation;
import static vn.dangbo.registry.support.RegistryApi.memberBody;
import static vn.dangbo.registry.support.RegistryApi.organisation;
import static vn.dangbo.registry.support.RegistryApi.registerMember;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.text.Normalizer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class RegistryHttpTest {

    UUID bloc;
    UUID office;
    UUID cell;

    @BeforeEach
    void tree() {
        bloc = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh", "ĐUK");
        office = organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Văn phòng UBND tỉnh", "ĐU");
        cell = organisation(office, "CELL", "Chi bộ I", "CB");
    }

    @Test
    void organisationsFormATreeWithTheirPath() {
        given().auth().oauth2(admin()).get("/organisations/" + cell).then().statusCode(200)
                .body("parentId", equalTo(office.toString()))
                .body("path", equalTo(java.util.List.of(bloc.toString(), office.toString(), cell.toString())))
                .body("name", equalTo("Chi bộ I"));
        given().auth().oauth2(admin()).get("/organisations/" + office + "/children").then().statusCode(200)
                .body("id", hasItem(cell.toString()));
    }

    @Test
    void aCellCannotHangDirectlyUnderTheBloc() {
        createOrganisation(admin(), bloc, "CELL", "Chi bộ lạc chỗ", "CB").statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"));
    }

    @Test
    void registersAMemberWithNamesInNfc() {
        String decomposed = Normalizer.normalize("Nguyễn Thị Ánh Tuyết", Normalizer.Form.NFD);
        Map<String, Object> body = memberBody(cell, decomposed, true);
        String id = registerMember(admin(), body).statusCode(201)
                .header("Location", containsString("/members/"))
                .body("status", equalTo("FULL"))
                .extract().path("id");
        given().auth().oauth2(admin()).get("/members/" + id).then().statusCode(200)
                .body("fullName", equalTo(Normalizer.normalize("Nguyễn Thị Ánh Tuyết", Normalizer.Form.NFC)))
                .body("nationalId", equalTo(body.get("nationalId")));
    }

    @Test
    void withoutFullMembershipDateTheMemberIsProbationary() {
        Map<String, Object> body = memberBody(cell, "Lò Văn Páo", false);
        body.put("admittedOn", java.time.LocalDate.now().minusMonths(3).toString());
        registerMember(admin(), body).statusCode(201).body("status", equalTo("PROBATIONARY"));
    }

    @Test
    void aProbationaryMemberBecomesFullOnlyAfterTwelveMonths() {
        java.time.LocalDate admitted = java.time.LocalDate.now().minusMonths(13);
        Map<String, Object> body = memberBody(cell, "Sùng A Chứ", false);
        body.put("admittedOn", admitted.toString());
        String id = registerMember(admin(), body).statusCode(201).extract().path("id");
        String path = "/members/" + id + "/full-membership";

        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("effectiveDate", admitted.plusMonths(12).minusDays(1).toString(),
                        "decisionReference", "Quyết định số 05-QĐ/ĐU"))
                .post(path).then().statusCode(422).body("errors[0].field", equalTo("effectiveDate"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("effectiveDate", admitted.plusMonths(12).toString(),
                        "decisionReference", "Quyết định số 05-QĐ/ĐU"))
                .post(path).then().statusCode(200)
                .body("status", equalTo("FULL"))
                .body("fullMemberOn", equalTo(admitted.plusMonths(12).toString()))
                .body("version", equalTo(1));
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("effectiveDate", admitted.plusMonths(12).toString(),
                        "decisionReference", "Quyết định số 06-QĐ/ĐU"))
                .post(path).then().statusCode(422).body("detail", containsString("không phải là đảng viên dự bị"));
    }

    @Test
    void admissionBefore18IsRefusedInVietnamese() {
        Map<String, Object> body = memberBody(cell, "Trần Văn Nhỏ", false);
        body.put("birthDate", "2000-06-15");
        body.put("admittedOn", "2018-06-14");
        registerMember(admin(), body).statusCode(422).contentType("application/problem+json")
                .body("title", equalTo("Vi phạm quy định"))
                .body("detail", containsString("18 tuổi"))
                .body("errors[0].field", equalTo("admittedOn"));
    }

    @Test
    void fullMembershipBeforeTwelveMonthsIsRefused() {
        Map<String, Object> body = memberBody(cell, "Phạm Thị Hoa", true);
        body.put("admittedOn", "2023-03-31");
        body.put("fullMemberOn", "2024-03-30");
        registerMember(admin(), body).statusCode(422)
                .body("errors[0].field", equalTo("fullMemberOn"))
                .body("detail", containsString("12 tháng"));
    }

    @Test
    void membersLiveInCellsOnly() {
        registerMember(admin(), memberBody(office, "Hoàng Văn Đức", true)).statusCode(422)
                .body("errors[0].field", equalTo("organisationId"));
    }

    @Test
    void aSecondRecordWithTheSameNationalIdIsAConflict() {
        Map<String, Object> body = memberBody(cell, "Vũ Văn Hải", true);
        registerMember(admin(), body).statusCode(201);
        Map<String, Object> again = memberBody(cell, "Vũ Văn Hải", true);
        again.put("nationalId", body.get("nationalId"));
        registerMember(admin(), again).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString((String) body.get("nationalId")));
    }

    @Test
    void validationErrorsNameEveryField() {
        Map<String, Object> body = memberBody(cell, " ", true);
        body.put("nationalId", "12345");
        body.remove("sex");
        registerMember(admin(), body).statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("fullName"))
                .body("errors.field", hasItem("nationalId"))
                .body("errors.field", hasItem("sex"))
                .body("errors.find { it.field == 'nationalId' }.message", equalTo("phải gồm đúng 12 chữ số"));
    }

    @Test
    void unknownFieldsAndMalformedJsonAre400NotServerErrors() {
        Map<String, Object> body = memberBody(cell, "Đỗ Minh Tâm", true);
        body.put("salary", 1000);
        registerMember(admin(), body).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("salary"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body("{\"fullName\": \"Đỗ")
                .post("/members").then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("JSON không hợp lệ"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body("{\"birthDate\": \"15/06/1990\"}")
                .post("/members").then().statusCode(400).body("errors.field", hasItem("birthDate"));
    }

    @Test
    void unknownIdsAre404ProblemsWithoutStackTraces() {
        given().auth().oauth2(admin()).get("/members/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Không tìm thấy"))
                .body(not(containsString("at vn.dangbo")));
        given().auth().oauth2(admin()).get("/members/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(admin()).get("/no-such-resource").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        given().auth().oauth2(admin()).delete("/organisations/" + bloc).then().statusCode(405)
                .contentType("application/problem+json").body("title", equalTo("Phương thức không được hỗ trợ"));
        given().auth().oauth2(admin()).contentType("text/plain").body("x").post("/members").then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void withoutATokenEveryBusinessEndpointIs401() {
        given().get("/organisations/" + bloc).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().contentType(ContentType.JSON).body(memberBody(cell, "Ai Đó", true)).post("/members").then()
                .statusCode(401);
        given().auth().oauth2("not.a.jwt").get("/organisations/" + bloc).then().statusCode(401);
    }

    @Test
    void healthMetricsOpenApiAndEventCatalogueArePublic() {
        given().get("/q/health/ready").then().statusCode(200).body("checks.name", hasItem("Kafka"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200).body(containsString("/organisations"));
        given().get("/events/asyncapi.yaml").then().statusCode(200).body(containsString("registry.members.v1"));
        given().get("/events/schemas/vn.dangbo.registry.member.registered.v1.json").then().statusCode(200)
                .body("properties.member", notNullValue());
    }

    @Test
    void viewersReadButNeverWriteNorSeePersonalIds() {
        String viewer = RealInfrastructure.tokens().viewer();
        String id = registerMember(admin(), memberBody(cell, "Ngô Thị Lan", true)).statusCode(201)
                .extract().path("id");
        given().auth().oauth2(viewer).get("/members/" + id).then().statusCode(200)
                .body("fullName", equalTo("Ngô Thị Lan"))
                .body("nationalId", nullValue())
                .body("phone", nullValue())
                .body("birthDate", nullValue());
        registerMember(viewer, memberBody(cell, "Ngô Văn Nam", true)).statusCode(403)
                .contentType("application/problem+json");
        createOrganisation(viewer, office, "CELL", "Chi bộ mới", "CB").statusCode(403);
    }

    @Test
    void officersChangeOnlyTheirOwnSubtree() {
        UUID otherCommittee = organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Tài chính", "ĐU");
        UUID otherCell = organisation(otherCommittee, "CELL", "Chi bộ Thanh tra", "CB");
        String officer = RealInfrastructure.tokens().officer(office.toString());

        registerMember(officer, memberBody(cell, "Bùi Văn Long", true)).statusCode(201);
        createOrganisation(officer, office, "CELL", "Chi bộ VII", "CB").statusCode(201);

        registerMember(officer, memberBody(otherCell, "Bùi Văn Long", true)).statusCode(403)
                .body("detail", containsString("được giao phụ trách"));
        createOrganisation(officer, otherCommittee, "CELL", "Chi bộ ngoài phạm vi", "CB").statusCode(403);
        createOrganisation(officer, null, "BLOC_COMMITTEE", "Đảng bộ Khối khác", "ĐUK").statusCode(403);
        // reading is not confined
        given().auth().oauth2(officer).get("/organisations/" + otherCell).then().statusCode(200);
    }
}
