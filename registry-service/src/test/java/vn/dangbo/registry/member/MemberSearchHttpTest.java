package vn.dangbo.registry.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.dangbo.registry.support.RegistryApi.admin;
import static vn.dangbo.registry.support.RegistryApi.memberBody;
import static vn.dangbo.registry.support.RegistryApi.organisation;
import static vn.dangbo.registry.support.RegistryApi.registerMember;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class MemberSearchHttpTest {

    UUID committee;
    UUID cell;

    @BeforeEach
    void tree() {
        UUID bloc = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối", "ĐUK");
        committee = organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Văn hóa", "ĐU");
        cell = organisation(committee, "CELL", "Chi bộ Bảo tàng", "CB");
        UUID otherCell = organisation(organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Du lịch", "ĐU"),
                "CELL", "Chi bộ Lữ hành", "CB");
        member(cell, "Nguyễn Văn An", "MALE", "Kinh", "1980-02-03");
        member(cell, "Trần Thị Ánh", "FEMALE", "Tày", "1991-07-20");
        member(cell, "Đỗ Văn Đức", "MALE", "Kinh", "1975-11-30");
        member(cell, "Bùi Văn An", "MALE", "Mường", "1988-01-01");
        member(otherCell, "Nguyễn Văn An", "MALE", "Kinh", "1980-02-03");
    }

    @Test
    void nameSearchIgnoresTonesAndMarksAndReadsDAsD() {
        given().auth().oauth2(admin()).get("/members?q=nguyen van an&organisationId=" + committee).then()
                .statusCode(200)
                .body("items.fullName", contains("Nguyễn Văn An"));
        given().auth().oauth2(admin()).get("/members?q=DO VAN DUC&organisationId=" + committee).then()
                .body("items.fullName", contains("Đỗ Văn Đức"));
        given().auth().oauth2(admin()).get("/members?q=đức&organisationId=" + committee).then()
                .body("items.fullName", contains("Đỗ Văn Đức"));
    }

    @Test
    void aSearchMatchesWordsFromTheirStartAndFollowsARenamedRecord() {
        given().auth().oauth2(admin()).get("/members?q=van an&organisationId=" + committee).then().statusCode(200)
                .body("items.fullName", contains("Bùi Văn An", "Nguyễn Văn An"));
        given().auth().oauth2(admin()).get("/members?q=an&organisationId=" + committee).then()
                .body("items.fullName", contains("Bùi Văn An", "Nguyễn Văn An", "Trần Thị Ánh"));
        given().auth().oauth2(admin()).get("/members?q=guyen&organisationId=" + committee).then()
                .body("items", hasSize(0));

        // a corrected name (re-import) is found by the new name only
        String id = given().auth().oauth2(admin()).get("/members?q=tran thi anh&organisationId=" + committee).then()
                .extract().path("items[0].id");
        String nationalId = given().auth().oauth2(admin()).get("/members/" + id).then().extract().path("nationalId");
        String csv = "organisationId,fullName,birthDate,sex,ethnicity,nationalId,admittedOn,fullMemberOn\n" + cell
                + ",Trần Thị Ánh Nguyệt,1991-07-20,Nữ,Tày," + nationalId + ",2010-05-19,2011-05-19\n";
        String job = given().auth().oauth2(admin()).contentType("text/csv; charset=UTF-8").body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/imports/members").then()
                .statusCode(202).extract().path("id");
        String report = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(
                () -> given().auth().oauth2(admin()).get("/imports/" + job).then().extract().asString(),
                body -> !body.contains("\"RECEIVED\"") && !body.contains("\"VALIDATING\"")
                        && !body.contains("\"IMPORTING\""));
        org.junit.jupiter.api.Assertions.assertTrue(report.contains("\"DONE\""), report);
        given().auth().oauth2(admin()).get("/members?q=anh nguyet&organisationId=" + committee).then()
                .body("items.id", contains(id));
        given().auth().oauth2(admin()).get("/members?q=tran thi anh nguyet&organisationId=" + committee).then()
                .body("items.id", contains(id));
        given().auth().oauth2(admin()).get("/members?q=nguyet&organisationId=" + committee).then()
                .body("items.id", contains(id));
    }

    @Test
    void resultsFollowVietnameseListOrderAndFiltersCombine() {
        given().auth().oauth2(admin()).get("/members?organisationId=" + committee).then()
                .body("items.fullName", contains("Bùi Văn An", "Nguyễn Văn An", "Trần Thị Ánh", "Đỗ Văn Đức"));
        given().auth().oauth2(admin()).get("/members?organisationId=" + committee + "&sex=MALE&ethnicity=kinh")
                .then().body("items.fullName", contains("Nguyễn Văn An", "Đỗ Văn Đức"));
        given().auth().oauth2(admin())
                .get("/members?organisationId=" + committee + "&bornFrom=1980-01-01&bornTo=1990-12-31").then()
                .body("items.fullName", contains("Bùi Văn An", "Nguyễn Văn An"));
        given().auth().oauth2(admin()).get("/members?organisationId=" + committee + "&status=PROBATIONARY").then()
                .body("items", hasSize(0));
    }

    @Test
    void keysetPagesFollowEachOtherWithoutGapsOrRepeats() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var page = given().auth().oauth2(RealInfrastructure.tokens().viewer())
                    .queryParam("organisationId", committee).queryParam("size", 3)
                    .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
                    .get("/members").then().statusCode(200)
                    .body("items[0].nationalId", nullValue())
                    .extract();
            seen.addAll(page.path("items.fullName"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        org.junit.jupiter.api.Assertions.assertEquals(
                List.of("Bùi Văn An", "Nguyễn Văn An", "Trần Thị Ánh", "Đỗ Văn Đức"), seen);
        given().auth().oauth2(admin()).get("/members?cursor=not-a-cursor").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        given().auth().oauth2(admin()).get("/members?size=1&organisationId=" + committee).then()
                .body("nextCursor", notNullValue());
    }

    private static void member(UUID cell, String name, String sex, String ethnicity, String birth) {
        Map<String, Object> body = memberBody(cell, name, true);
        body.put("sex", sex);
        body.put("ethnicity", ethnicity);
        body.put("birthDate", birth);
        registerMember(admin(), body).statusCode(201);
    }
}
