package vn.dangbo.registry.member;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.dangbo.registry.support.RegistryApi.admin;
import static vn.dangbo.registry.support.RegistryApi.etag;
import static vn.dangbo.registry.support.RegistryApi.memberBody;
import static vn.dangbo.registry.support.RegistryApi.organisation;
import static vn.dangbo.registry.support.RegistryApi.registerMember;
import static vn.dangbo.registry.support.RegistryApi.send;
import static vn.dangbo.registry.support.RegistryApi.step;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * Counts of large subtrees (a bloc committee: the country, a province) come from tallies the database keeps;
 * those of smaller ones from the member rows. Both must agree with each other and with the members' histories,
 * at any date, after lifecycle steps and after a subtree moves.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class SubtreeCountsHttpTest {

    private static final LocalDate TODAY = LocalDate.now();

    UUID country;
    UUID provinceA;
    UUID provinceB;
    UUID committeeA;
    UUID cellA1;
    UUID cellA2;
    UUID cellB1;

    @BeforeEach
    void tree() {
        country = organisation(null, "BLOC_COMMITTEE", "Đảng bộ toàn quốc (kiểm thử)", "ĐB");
        provinceA = organisation(country, "BLOC_COMMITTEE", "Đảng bộ tỉnh Lào Cai", "TU");
        provinceB = organisation(country, "BLOC_COMMITTEE", "Đảng bộ tỉnh Yên Bái", "TU");
        committeeA = organisation(provinceA, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Y tế", "ĐU");
        cellA1 = organisation(committeeA, "CELL", "Chi bộ Phòng Tổ chức", "CB");
        cellA2 = organisation(committeeA, "CELL", "Chi bộ Phòng Kế hoạch", "CB");
        UUID committeeB = organisation(provinceB, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Tài chính", "ĐU");
        cellB1 = organisation(committeeB, "CELL", "Chi bộ Thanh tra", "CB");
    }

    @Test
    void aProvinceCountsItsMembersBySexEthnicityStatusAndAgeOnTheDate() {
        member(cellA1, "Nguyễn Văn Tròn", "MALE", "Kinh", TODAY.minusYears(30), true);
        member(cellA1, "Lò Thị Thiếu", "FEMALE", "Thái", TODAY.minusYears(30).plusDays(1), true);
        member(cellA2, "Trần Văn Sáu", "MALE", "Kinh", TODAY.minusYears(60), true);
        member(cellA2, "Hà Thị Dự", "FEMALE", "Tày", TODAY.minusYears(45), false);
        member(cellB1, "Phạm Văn Khác", "MALE", "Kinh", TODAY.minusYears(50).plusDays(1), true);

        JsonPath province = counts(provinceA, TODAY);
        assertEquals(4, province.getInt("total"));
        assertEquals(3, province.getInt("full"));
        assertEquals(1, province.getInt("probationary"));
        assertEquals(2, province.getInt("bySex.FEMALE"));
        assertEquals(2, province.getInt("kinh"));
        assertEquals(2, province.getInt("ethnicMinorities"));
        // 30 today is "30-39"; 30 tomorrow is still "<30"; 60 today is "60+"
        assertEquals(Map.of("<30", 1, "30-39", 1, "40-49", 1, "50-59", 0, "60+", 1), bands(province));

        JsonPath whole = counts(country, TODAY);
        assertEquals(5, whole.getInt("total"));
        assertEquals(Map.of("<30", 1, "30-39", 1, "40-49", 2, "50-59", 0, "60+", 1), bands(whole));
        // a day later the member born 50 years ago tomorrow reaches 50
        assertEquals(1, bands(counts(country, TODAY.plusDays(1))).get("50-59"));
        // the grassroots committee is counted from the member rows: the same figures as its province
        JsonPath committee = given().auth().oauth2(admin())
                .get("/organisations/" + committeeA + "/counts?scope=subtree&date=" + TODAY).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(province.getMap("bySex"), committee.getMap("bySex"));
        assertEquals(bands(province), bands(committee));
    }

    @Test
    void aPastDateCountsTheMembersWhereTheyStoodThen() {
        String moving = member(cellA1, "Vũ Văn Chuyển", "MALE", "Kinh", LocalDate.of(1980, 3, 1), true);
        String leaving = member(cellA2, "Đỗ Thị Đi", "FEMALE", "Kinh", LocalDate.of(1975, 6, 1), true);
        member(cellB1, "Bùi Văn Ở", "MALE", "Mường", LocalDate.of(1990, 1, 1), true);
        LocalDate transferOn = TODAY.minusDays(10);
        Map<String, Object> transfer = step(transferOn, "Quyết định số 15-QĐ/TU");
        transfer.put("toOrganisationId", cellB1.toString());
        send(admin(), "POST", "/members/" + moving + "/transfer", null, transfer).statusCode(200);
        send(admin(), "POST", "/members/" + leaving + "/removal", null, step(TODAY.minusDays(5),
                "Quyết định số 16-QĐ/ĐU")).statusCode(200);

        assertEquals(0, counts(provinceA, TODAY).getInt("total"));
        assertEquals(2, counts(provinceB, TODAY).getInt("total"));
        assertEquals(1, counts(provinceA, TODAY.minusDays(7)).getInt("total"), "removed five days ago");
        assertEquals(2, counts(provinceA, TODAY.minusDays(11)).getInt("total"), "transferred ten days ago");
        assertEquals(1, counts(provinceB, TODAY.minusDays(11)).getInt("total"));
        assertEquals(3, counts(country, TODAY.minusDays(11)).getInt("total"));
        assertEquals(2, counts(country, TODAY).getInt("total"));
        // before anyone was admitted
        assertEquals(0, counts(country, LocalDate.of(2000, 1, 1)).getInt("total"));
    }

    @Test
    void aCommitteeMovedToAnotherProvinceTakesItsMembersAlong() {
        member(cellA1, "Lê Văn Theo", "MALE", "Kinh", LocalDate.of(1980, 3, 1), true);
        member(cellA2, "Lê Thị Cùng", "FEMALE", "Nùng", LocalDate.of(1982, 3, 1), false);
        assertEquals(2, counts(provinceA, TODAY).getInt("total"));

        Map<String, Object> move = new LinkedHashMap<>();
        move.put("parentId", provinceB.toString());
        send(admin(), "POST", "/organisations/" + committeeA + "/move", etag("/organisations/" + committeeA), move)
                .statusCode(200);

        assertEquals(0, counts(provinceA, TODAY).getInt("total"));
        JsonPath b = counts(provinceB, TODAY);
        assertEquals(2, b.getInt("total"));
        assertEquals(1, b.getInt("probationary"));
        assertEquals(1, b.getInt("ethnicMinorities"));
        assertEquals(2, counts(country, TODAY).getInt("total"), "the country keeps them");
        // the members' subtree in searches follows the move too
        given().auth().oauth2(admin()).get("/members?organisationId=" + provinceB).then().statusCode(200)
                .body("items.fullName", org.hamcrest.Matchers.containsInAnyOrder("Lê Thị Cùng", "Lê Văn Theo"));
        given().auth().oauth2(admin()).get("/members?organisationId=" + provinceA).then().statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(0));
    }

    private static JsonPath counts(UUID organisation, LocalDate date) {
        return given().auth().oauth2(admin())
                .get("/organisations/" + organisation + "/counts?scope=subtree&date=" + date).then().statusCode(200)
                .extract().jsonPath();
    }

    private static Map<String, Integer> bands(JsonPath counts) {
        return counts.getMap("byAgeBand", String.class, Integer.class);
    }

    private static String member(UUID cell, String name, String sex, String ethnicity, LocalDate birth, boolean full) {
        Map<String, Object> body = memberBody(cell, name, full);
        body.put("sex", sex);
        body.put("ethnicity", ethnicity);
        body.put("birthDate", birth.toString());
        LocalDate admitted = birth.plusYears(25).isAfter(TODAY.minusYears(2)) ? TODAY.minusYears(2) : birth.plusYears(25);
        body.put("admittedOn", admitted.toString());
        body.put("fullMemberOn", full ? admitted.plusYears(1).toString() : null);
        return registerMember(admin(), body).statusCode(201).extract().path("id");
    }
}
